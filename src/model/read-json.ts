/**
 * JSON text to a value, without the words of a failure: parse-json.ts says where and why the text
 * stops being JSON, and loads only where a model is not JSON (model/read-scorecard.ts).
 */
export type JsonRead = { ok: true; value: unknown } | { ok: false; json: string; error?: unknown };

/** The value of `text`; a failure keeps the text as read (no byte order mark) and JSON.parse's error (none for blank text). */
export function readJson(text: string): JsonRead {
  if (!text.trim()) return { ok: false, json: text };
  // A byte order mark is how some editors start a UTF-8 file; JSON.parse rejects it.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return { ok: false, json, error };
  }
}
