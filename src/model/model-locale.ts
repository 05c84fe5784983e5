/**
 * The `locale` a model names, read without validating it: an object's field, or JSON text's.
 * What an element needs before it parses a model — to load that language's labels first — and
 * what the server renders in. Undefined when the model names none or is no JSON.
 */
export function modelLocale(model: unknown): string | undefined {
  if (model === last.model) return last.locale;
  let value = model;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = undefined;
    }
  }
  const locale = (value as { locale?: unknown } | null | undefined)?.locale;
  last = { model, locale: typeof locale === 'string' && locale !== '' ? locale : undefined };
  return last.locale;
}

/** The last model asked about: an element asks at every update, and JSON text is parsed once. */
let last: { model: unknown; locale: string | undefined } = { model: undefined, locale: undefined };
