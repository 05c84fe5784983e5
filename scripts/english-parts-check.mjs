/**
 * Checks that every module that shows a word of the kit imports, itself or through its static
 * imports, the English part that holds it (`src/format/english/*.ts`, or the reading's words in
 * `src/format/labels.ts`): a module loaded on its own must bring its words along, or an English
 * page shows nothing where the word should be. Reads `labels.word` (any `…labels.word`), the
 * `satisfies Record<…, keyof Labels>` maps, and `statusLabel`/`statusInSentence`. Exits 1 on a miss.
 */
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';

const ENGLISH_DIR = 'src/format/english';
const elements = readdirSync('src/elements')
  .filter((file) => /^bsc-[\w-]+\.ts$/.test(file) && !file.endsWith('.styles.ts'))
  .map((file) => `src/elements/${file}`);
const { metafile } = await build({
  entryPoints: [...elements, 'src/index.ts', 'src/import/index.ts'],
  bundle: true,
  write: false,
  metafile: true,
  splitting: true,
  format: 'esm',
  outdir: 'out',
  logLevel: 'silent',
});

/** The words each part registers: the keys of its table, one a line. */
const wordsOf = (text) => [...text.matchAll(/^\s+(\w+): ['`]/gm)].map((match) => match[1]);
const labels = readFileSync('src/format/labels.ts', 'utf8');
const parts = new Map([['src/format/labels.ts', wordsOf(labels.slice(labels.indexOf('export const READING_WORDS')))]]);
for (const file of readdirSync(ENGLISH_DIR))
  if (file !== 'index.ts') parts.set(`${ENGLISH_DIR}/${file}`, wordsOf(readFileSync(`${ENGLISH_DIR}/${file}`, 'utf8')));
const everyWord = new Set([...parts.values()].flat());
const STATUS_WORDS = ['exceeding', 'onTrack', 'atRisk', 'offTrack', 'noData', 'noTarget'];

function staticClosure(module, seen = new Set()) {
  if (seen.has(module)) return seen;
  seen.add(module);
  for (const imported of metafile.inputs[module]?.imports ?? []) if (imported.kind === 'import-statement') staticClosure(imported.path, seen);
  return seen;
}

function wordsShownBy(text) {
  const shown = new Set([...text.matchAll(/\b\w*[lL]abels\??\.(\w+)/g)].map((match) => match[1]));
  for (const map of text.matchAll(/=\s*\{([^}]*)\}\s*as const satisfies Record<[^>]*keyof Labels>/g))
    for (const value of map[1].matchAll(/'(\w+)'/g)) shown.add(value[1]);
  if (/\bstatus(Label|InSentence)\(/.test(text)) for (const word of STATUS_WORDS) shown.add(word);
  return [...shown].filter((word) => everyWord.has(word));
}

let misses = 0;
for (const module of Object.keys(metafile.inputs)) {
  if (!module.startsWith('src/') || module.startsWith('src/format/locales/') || module.startsWith(ENGLISH_DIR) || module === 'src/format/labels.ts') continue;
  const reachable = new Set([...staticClosure(module)].flatMap((imported) => parts.get(imported) ?? []));
  const missing = wordsShownBy(readFileSync(module, 'utf8')).filter((word) => !reachable.has(word));
  if (missing.length > 0) {
    misses++;
    console.error(`[english-parts] ${module} shows ${missing.join(', ')} without importing the part that holds ${missing.length > 1 ? 'them' : 'it'}`);
  }
}
if (misses > 0) process.exit(1);
console.log(`[english-parts] every module imports the English parts of the words it shows (${parts.size} parts, ${everyWord.size} words)`);
