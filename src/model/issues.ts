/** What is wrong with a model, where: `perspectives[0].objectives[1].kpis[2].redFlag`. */
export interface ModelIssue {
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** `['perspectives', 0, 'objectives']` → `perspectives[0].objectives`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** What a caught error says, for an issue's message. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
