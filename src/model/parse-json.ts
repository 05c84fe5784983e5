/**
 * JSON text to a value, or an issue that says where the text stops being JSON (line and column)
 * and why, in the words a person fixing the file needs.
 */
import { describeError, type ModelIssue } from './issues.js';

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: ModelIssue[] } {
  if (!text.trim()) return { ok: false, issues: [{ path: '', message: 'the model is empty: expected a JSON object' }] };
  // A byte order mark is how some editors start a UTF-8 file; JSON.parse rejects it.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const reason = describeError(error)
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ (in JSON )?at position \d+/, '')
      .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '');
    // V8 gives no position for an unexpected token, so find the place by scanning the text ourselves.
    const position = jsonErrorPosition(json);
    const { line, column } = lineAndColumn(json, position);
    const closes = json[position] === '}' || json[position] === ']';
    const hint = closes && /,\s*$/.test(json.slice(Math.max(0, position - 200), position)) ? ' (JSON allows no comma after the last item)' : '';
    return { ok: false, issues: [{ path: '', message: `invalid JSON at line ${line}, column ${column}: ${reason}${hint}` }] };
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * The offset of the first character that makes `text` invalid JSON (its length when the text ends
 * too soon). Iterative, so that deeply nested input cannot overflow the stack.
 */
function jsonErrorPosition(text: string): number {
  let i = 0;
  const open: string[] = [];
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const scanString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c !== '\\') i++;
      else if (text[i + 1] === 'u') {
        let digits = 0;
        while (digits < 4 && /[\dA-Fa-f]/.test(text[i + 2 + digits] ?? '')) digits++;
        i += 2 + digits;
        if (digits < 4) return false;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i += 2;
      else {
        i = Math.min(i + 1, text.length);
        return false;
      }
    }
    return false;
  };
  const scanKey = (): boolean => {
    skipSpace();
    if (!scanString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
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
      return k === word.length;
    }
    return false;
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
        if (c === '{' && !scanKey()) return i;
        continue;
      }
    } else if (!scanScalar()) return i;
    // After a value: a comma, the end of its container, or (at the top) the end of the text.
    for (;;) {
      skipSpace();
      const container = open.at(-1);
      if (!container) return i;
      if (text[i] === ',') {
        i++;
        if (container === '{' && !scanKey()) return i;
        break;
      }
      if (text[i] !== (container === '{' ? '}' : ']')) return i;
      open.pop();
      i++;
    }
  }
}
