/**
 * The model reference's rows: every field of the JSON Schema (src/model/scorecard.schema.json,
 * generated from the zod schema) as a path, its type in words, whether it is required, its
 * default and its description. Plain data, so the MDX page only lays it out.
 */

/** The parts of JSON Schema that `scorecardJsonSchema()` writes. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

export interface SchemaField {
  /** `perspectives[].objectives[].kpis[].target`: `[]` marks an item of an array. */
  path: string;
  /** The field's name alone, for the first column. */
  name: string;
  depth: number;
  type: string;
  required: boolean;
  default?: string;
  description: string;
}

/** Every field under the schema's root, depth first, in the schema's order (the order a model is written in). */
export function schemaFields(root: SchemaNode): SchemaField[] {
  const fields: SchemaField[] = [];
  visit(root, '', 0, fields);
  return fields;
}

function visit(node: SchemaNode, path: string, depth: number, fields: SchemaField[]): void {
  const object = objectOf(node);
  if (!object?.properties) return;
  const required = new Set(object.required ?? []);
  for (const [name, field] of Object.entries(object.properties)) {
    if (name === '$schema') continue;
    const fieldPath = path ? `${path}.${name}` : name;
    fields.push({
      path: fieldPath,
      name,
      depth,
      type: typeOf(field),
      required: required.has(name),
      ...(field.default === undefined ? {} : { default: JSON.stringify(field.default) }),
      description: field.description ?? '',
    });
    const items = field.items && objectOf(field.items);
    if (items) visit(items, `${fieldPath}[]`, depth + 1, fields);
    else visit(field, fieldPath, depth + 1, fields);
  }
}

/** The object a node describes: itself, or the object among its alternatives (`target`: a number or a band). */
function objectOf(node: SchemaNode): SchemaNode | undefined {
  if (node.properties) return node;
  return node.anyOf?.find((alternative) => alternative.properties);
}

/** A field's type in a reader's words: `"up" | "down"`, `number (1–12)`, `array of objects`. */
export function typeOf(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
  const type = Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any');
  if (type === 'array') return `array of ${node.items ? plural(typeOf(node.items)) : 'values'}`;
  if (type === 'object' && node.properties) return `object {${Object.keys(node.properties).join(', ')}}`;
  const bounds = node.minimum !== undefined || node.maximum !== undefined ? ` (${node.minimum ?? '…'}–${node.maximum ?? '…'})` : '';
  return `${type}${bounds}`;
}

function plural(type: string): string {
  if (type.startsWith('object')) return 'objects';
  if (/^(string|number|integer|boolean)$/.test(type)) return `${type}s`;
  return type;
}
