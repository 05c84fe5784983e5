/**
 * Where JSON text stops being JSON (line and column) and why, in the words a person fixing the
 * file needs: the words of `readJson`'s failure (read-json.ts).
 */
import { describeError, type ModelIssue } from './issues.js';
import type { JsonRead } from './read-json.js';

/** Where and why JSON text that `readJson` could not read stops being JSON, as a model's issue. */
export function jsonIssue(failure: Extract<JsonRead, { ok: false }>): ModelIssue {
  const { json, error } = failure;
  if (!json.trim()) return { path: '', message: 'the model is empty: expected a JSON object' };
  // The kit names the mistake itself, in the same words in every engine (each engine words
  // JSON.parse's errors its own way, and V8 gives no position for an unexpected token).
  const syntax = jsonSyntaxError(json);
  const reason = syntax.reason ?? engineReason(error);
  const { line, column } = lineAndColumn(json, syntax.at);
  const closes = json[syntax.at] === '}' || json[syntax.at] === ']';
  const hint = closes && /,\s*$/.test(json.slice(Math.max(0, syntax.at - 200), syntax.at)) ? ' (JSON allows no comma after the last item)' : '';
  return { path: '', message: `invalid JSON at line ${line}, column ${column}: ${reason}${hint}` };
}

/**
 * What JSON.parse said, without the position each engine writes its own way (V8, SpiderMonkey,
 * JavaScriptCore), for what the scanner below does not catch (nesting too deep for the engine).
 */
function engineReason(error: unknown): string {
  return describeError(error)
    .replace(/^JSON(\.parse| Parse error):\s*/, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ (in JSON )?at position \d+/, '')
    .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * The offset of the first character that makes `text` invalid JSON (its length when the text ends
 * too soon) and what is wrong there, in V8's words; no reason when the scanner finds the text valid.
 * Iterative, so that deeply nested input cannot overflow the stack.
 */
function jsonSyntaxError(text: string): { at: number; reason?: string } {
  let i = 0;
  let reason: string | undefined;
  const open: string[] = [];
  const failed = (why: string): false => {
    reason = why;
    return false;
  };
  const unexpected = (): string => (i < text.length ? `Unexpected token '${text[i]}'` : 'Unexpected end of JSON input');
  const error = (why = unexpected()) => ({ at: i, reason: reason ?? why });
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const scanString = (): boolean => {
    if (text[i] !== '"') return failed(unexpected());
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return failed('Bad control character in string literal');
      if (c !== '\\') i++;
      else if (text[i + 1] === 'u') {
        let digits = 0;
        while (digits < 4 && /[\dA-Fa-f]/.test(text[i + 2 + digits] ?? '')) digits++;
        i += 2 + digits;
        if (digits < 4) return failed('Bad Unicode escape');
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i += 2;
      else {
        i = Math.min(i + 1, text.length);
        return failed('Bad escaped character');
      }
    }
    return failed('Unterminated string in JSON');
  };
  const scanKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"') return failed(i < text.length ? 'Expected double-quoted property name' : unexpected());
    if (!scanString()) return false;
    skipSpace();
    if (text[i] !== ':') return failed(i < text.length ? "Expected ':' after property name" : unexpected());
    i++;
    return true;
  };
  const scanScalar = (): boolean => {
    if (text[i] === '"') return scanString();
    const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.exec(text)) {
      i = number.lastIndex;
      return true;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text[i] !== word[0]) continue;
      let k = 0;
      while (k < word.length && text[i + k] === word[k]) k++;
      i = Math.min(i + k, text.length);
      return k === word.length || failed(unexpected());
    }
    return failed(unexpected());
  };
  for (;;) {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        open.push(c);
        if (c === '{' && !scanKey()) return error();
        continue;
      }
    } else if (!scanScalar()) return error();
    // After a value: a comma, the end of its container, or (at the top) the end of the text.
    for (;;) {
      skipSpace();
      const container = open.at(-1);
      if (!container) return i < text.length ? error('Unexpected non-whitespace character after JSON') : { at: i };
      if (text[i] === ',') {
        i++;
        if (container === '{' && !scanKey()) return error();
        break;
      }
      if (i >= text.length) return error();
      if (text[i] !== (container === '{' ? '}' : ']'))
        return error(container === '{' ? "Expected ',' or '}' after property value" : "Expected ',' or ']' after array element");
      open.pop();
      i++;
    }
  }
}
