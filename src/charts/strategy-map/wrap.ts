const ELLIPSIS = '…';

/**
 * Breaks a title into lines no wider than `width`: at spaces, and inside a word too long for a line
 * (German compounds, or Japanese, which has no spaces). Past `maxLines` the last line ends in "…".
 */
export function wrap(title: string, width: number, measure: (text: string) => number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    for (const char of Array.from(word)) {
      if (current && measure(current + char) > width) {
        lines.push(current);
        current = '';
      }
      current += char;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = Array.from(kept[maxLines - 1]!);
  while (last.length && measure(`${last.join('').trimEnd()}${ELLIPSIS}`) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').trimEnd()}${ELLIPSIS}`;
  return kept;
}
