/**
 * Bundle sizes, min+gzip: the whole kit (`src/index.ts`) and its core (`src/core.ts`) bundled by
 * esbuild from the sources with everything they import (lit, d3 modules, zod), minified, production
 * conditions, then gzip level 9 — what `dist/bsc-kit.js` holds, without needing a build first. Budgets from
 * docs/architecture.md §5. Also: each element alone (every `src/elements/bsc-*.ts`), and the peers the benches
 * compare with (ECharts' gauge, tree-shaken). An entry whose source is missing, or does not build
 * yet, is reported as pending.
 */
import { minifyCssLiteralsEsbuild } from '../scripts/minify-css-literals.mjs';
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

const ELEMENTS_DIR = 'src/elements';
const GAUGE = `${ELEMENTS_DIR}/bsc-kpi-gauge.ts`;

/** Every element module: `src/elements/bsc-*.ts`, without the styles and the base class. */
function elementFiles(root) {
  const dir = join(root, ELEMENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^bsc-[\w-]+\.ts$/.test(f) && !f.endsWith('.styles.ts') && f !== 'bsc-element.ts')
    .sort()
    .map((f) => `${ELEMENTS_DIR}/${f}`);
}

/**
 * What to measure, in report order. `exports` rows come from package.json; an export that is not
 * listed here is measured too, without a budget. `entry` is a file; `stdin` a module made here
 * (`label` says what it holds).
 */
function plan(root) {
  const elements = elementFiles(root);
  const rows = [
    { name: 'bsc-kit (whole kit)', entry: 'src/index.ts', budget: 50 * KB, note: 'for comparison: Chart.js tree-shaken 57 KB, ECharts gauge+line 175 KB' },
    {
      // What the whole kit weighs with every element registered, whatever src/index.ts imports today.
      name: 'bsc-kit, every element registered',
      kitWithElements: true,
      label: `src/index.ts + ${ELEMENTS_DIR}/bsc-*.ts`,
      stdin: [`export * from './src/index.ts';`, ...elements.map((e) => `import './${e}';`)].join('\n'),
      budget: 50 * KB,
      note: `src/index.ts and every element module (${elements.length}) in one bundle: the whole kit once src/index.ts registers every element`,
    },
    { name: 'bsc-kit/core', entry: 'src/core.ts', note: 'model + engine + format, no DOM; no budget of its own' },
    { name: 'bsc-kpi-gauge alone', entry: GAUGE, budget: 20 * KB },
    ...elements.filter((e) => e !== GAUGE).map((e) => ({ name: `${e.slice(ELEMENTS_DIR.length + 1, -3)} alone`, entry: e })),
    {
      name: 'autoloader (bsc-kit/cdn/autoload.js), first load',
      entry: 'src/autoload.ts',
      note: 'the autoloader and every built-in translation; each element loads the first time the page shows it',
    },
    { name: 'autoloader, a page with one gauge', entry: 'src/autoload.ts', label: `src/autoload.ts + import('${GAUGE}')`, pageWith: [GAUGE], note: 'the first load and what bsc-kpi-gauge loads' },
    {
      name: 'autoloader, a page with a scorecard',
      entry: 'src/autoload.ts',
      label: `src/autoload.ts + import('${ELEMENTS_DIR}/bsc-scorecard.ts')`,
      pageWith: [`${ELEMENTS_DIR}/bsc-scorecard.ts`],
      note: 'the first load and what bsc-scorecard loads; its strategy map and trend chart load when shown',
    },
    { name: 'model layer alone', entry: 'src/model/index.ts', note: 'zod/mini schema + validation; part of core' },
    {
      name: `peer: ECharts ${peerVersion(root, 'echarts')} gauge, SVG renderer`,
      entry: 'bench/peers/echarts-gauge.ts',
      note: "tree-shaken: `echarts/core` + `GaugeChart` + `SVGRenderer`, no component (what gauges.bench.ts draws with); compare with bsc-kpi-gauge alone",
    },
    {
      name: `peer: ECharts ${peerVersion(root, 'echarts')} gauge, canvas renderer`,
      label: 'echarts/core + GaugeChart + CanvasRenderer',
      stdin: "import * as echarts from 'echarts/core';\nimport { GaugeChart } from 'echarts/charts';\nimport { CanvasRenderer } from 'echarts/renderers';\necharts.use([GaugeChart, CanvasRenderer]);\nexport { echarts };",
      note: 'the same with the canvas renderer',
    },
  ];
  return rows;
}

function peerVersion(root, name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '(not installed)';
  }
}

/** How the library build bundles (vite.config.ts): minified, production Lit, CSS in css`` minified too. */
export const esbuildProduction = {
  plugins: [minifyCssLiteralsEsbuild],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'silent',
};

/**
 * Bundles one entry in memory, with code splitting as a browser loads it: { min, gzip, onDemand,
 * top: [{ name, bytes }] }. `min`/`gzip` are what the page loads first — the entry and the chunks
 * it imports statically (each gzipped on its own, as a server sends them); `onDemand` the chunks
 * only a dynamic `import()` loads (a chart the scorecard shows when asked, d3-zoom). `top` = the
 * largest inputs of the first load, minified bytes. `entry` is a path, or `{ stdin }`: a module's
 * source, resolved from `root`. `pageWith`: modules the entry imports dynamically that the page
 * loads too (an autoloader's elements); their chunks count as first load.
 */
export async function bundleSize(root, entry, { pageWith = [] } = {}) {
  const input =
    typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.stdin, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' } };
  const result = await build({ ...esbuildProduction, absWorkingDir: root, ...input, write: false, metafile: true, splitting: true, outdir: 'out' });
  const outputs = result.metafile.outputs;
  // A chunk that a dynamic import() loads has an entryPoint too (the imported module): match the entry's own.
  const entryPoint = typeof entry === 'string' ? entry : 'entry.ts';
  const entryOutput = Object.keys(outputs).find((path) => outputs[path].entryPoint === entryPoint && path.endsWith('.js'));
  if (!entryOutput) throw new Error(`bundleSize: no output for the entry ${entryPoint}`);
  const first = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryOutput);
  for (const module of pageWith) {
    const chunk = Object.keys(outputs).find((path) => outputs[path].entryPoint === module && path.endsWith('.js'));
    if (!chunk) throw new Error(`bundleSize: ${entryPoint} loads no chunk for ${module}`);
    visit(chunk);
  }
  const files = new Map(result.outputFiles.map((file) => [relativeOutput(root, file.path), file.contents]));
  const sizeOf = (paths) => paths.reduce((sum, path) => ({ min: sum.min + files.get(path).length, gzip: sum.gzip + gzipSync(files.get(path), { level: 9 }).length }), { min: 0, gzip: 0 });
  const jsPaths = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  const initial = sizeOf(jsPaths.filter((path) => first.has(path)));
  const later = sizeOf(jsPaths.filter((path) => !first.has(path)));
  const byPackage = new Map();
  for (const path of first) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      if (input === '<stdin>' || input.endsWith('entry.ts')) continue;
      const name = packageOf(input);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  const inputs = Object.keys(result.metafile.inputs);
  return { ...initial, onDemand: later.min ? later : undefined, top, inputs };
}

/** esbuild's outputFiles carry absolute paths; its metafile, paths relative to the working directory. */
function relativeOutput(root, path) {
  return path.startsWith(root) ? path.slice(root.length).replace(/^\//, '') : path;
}

/** `node_modules/d3-array/src/x.js` → `d3-array`; `src/engine/x.ts` → `src/engine`. */
function packageOf(path) {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) return parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
  return parts.slice(0, 2).join('/');
}

/** Every size row: { name, entry, min?, gzip?, budget?, note?, pending?, top? }. */
export async function measureSizes(root) {
  const rows = [];
  for (const p of plan(root)) {
    const row = { name: p.name, entry: p.label ?? p.entry, budget: p.budget, note: p.note, kitWithElements: p.kitWithElements };
    if (!p.stdin && (!p.entry || !existsSync(join(root, p.entry)))) {
      rows.push({ ...row, pending: 'no entry yet' });
      continue;
    }
    try {
      const { inputs: _inputs, ...size } = await bundleSize(root, p.stdin ? { stdin: p.stdin } : p.entry, { pageWith: p.pageWith });
      Object.assign(row, size);
    } catch (error) {
      const first = error.errors?.[0];
      row.pending = first ? `does not build yet: ${first.text}${first.location ? ` (${first.location.file})` : ''}` : `does not build: ${error.message}`;
    }
    rows.push(row);
  }
  const kit = rows.find((r) => r.name === 'bsc-kit (whole kit)');
  const core = rows.find((r) => r.name === 'bsc-kit/core');
  const withElements = rows.find((r) => r.kitWithElements);
  if (kit?.gzip !== undefined && withElements?.gzip !== undefined && kit.min === withElements.min) {
    // src/index.ts registers every element: the second row would repeat the first.
    rows.splice(rows.indexOf(withElements), 1);
    kit.note = `registers every element of ${ELEMENTS_DIR}; ${kit.note}`;
  } else if (kit?.gzip !== undefined && kit.min === core?.min) {
    kit.note = `the same bundle as bsc-kit/core so far: src/index.ts registers no element yet (see the next row for the kit with every element); ${kit.note}`;
  }
  for (const row of rows) delete row.kitWithElements;
  return rows;
}
