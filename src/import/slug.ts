/**
 * Ids for nodes the table names only by title: the title in lower case, accents dropped, every run
 * of other characters a `-` ("Grow revenue & margin" → `grow-revenue-margin`). The same titles in
 * the same order give the same ids on every run; a second node whose title makes an id already
 * taken gets `-2`, `-3` ….
 */
export function slug(title: string): string {
  const id = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'node';
}

/** An id from `title` that is not in `taken`, added to it. */
export function uniqueSlug(title: string, taken: Set<string>): string {
  const base = slug(title);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
