/**
 * Bundle sizes, min+gzip: the whole kit (`src/index.ts`) and its core (`src/core.ts`) bundled by
 * esbuild from the sources with everything they import (lit, d3 modules, zod), minified, production
 * conditions, then gzip level 9 — what `dist/bsc-kit.js` holds, without needing a build first. Budgets from
 * docs/architecture.md §5. Also: each element alone (every `src/elements/bsc-*.ts`), and the peers the benches
 * compare with (ECharts' gauge, tree-shaken). An entry whose source is missing, or does not build
 * yet, is reported as pending.
 */
import { minifyTemplatesEsbuild } from '../scripts/minify-templates.mjs';
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
    {
      name: 'bsc-kit (whole kit)',
      entry: 'src/index.ts',
      note: 'code split at its dynamic imports, unlike dist/bsc-kit.js (see the budgets above); for comparison: Chart.js tree-shaken 57 KB, ECharts gauge+line 175 KB',
    },
    {
      // What the whole kit weighs with every element registered, whatever src/index.ts imports today.
      name: 'bsc-kit, every element registered',
      kitWithElements: true,
      label: `src/index.ts + ${ELEMENTS_DIR}/bsc-*.ts`,
      stdin: [`export * from './src/index.ts';`, ...elements.map((e) => `import './${e}';`)].join('\n'),
      note: `src/index.ts and every element module (${elements.length}) in one bundle: the whole kit once src/index.ts registers every element`,
    },
    { name: 'bsc-kit/core', entry: 'src/core.ts', note: 'model + engine + format, no DOM; no budget of its own' },
    { name: 'bsc-kpi-gauge alone', entry: GAUGE, budget: 18 * KB, note: 'the budget of a gauge from the npm entry, bundled with lit (see the budgets above)' },
    ...elements.filter((e) => e !== GAUGE).map((e) => ({ name: `${e.slice(ELEMENTS_DIR.length + 1, -3)} alone`, entry: e })),
    {
      name: 'autoloader (bsc-kit/cdn/autoload.js), first load',
      entry: 'src/autoload.ts',
      note: 'the autoloader alone; each element, and each language but English, loads the first time the page shows it',
    },
    {
      name: 'autoloader, a page with one gauge (esbuild)',
      entry: 'src/autoload.ts',
      label: `src/autoload.ts + import('${GAUGE}')`,
      pageWith: [GAUGE],
      note: "esbuild's split, for comparison with the budgeted row above (Rolldown's, as shipped)",
    },
    { name: 'model layer alone', entry: 'src/model/index.ts', note: 'zod/mini schema + validation; part of core' },
    {
      name: `peer: ECharts ${peerVersion(root, 'echarts')} gauge, SVG renderer`,
      entry: 'bench/peers/echarts-gauge.ts',
      note: 'tree-shaken: `echarts/core` + `GaugeChart` + `SVGRenderer`, no component (what gauges.bench.ts draws with); compare with bsc-kpi-gauge alone',
    },
    {
      name: `peer: ECharts ${peerVersion(root, 'echarts')} gauge, canvas renderer`,
      label: 'echarts/core + GaugeChart + CanvasRenderer',
      stdin:
        "import * as echarts from 'echarts/core';\nimport { GaugeChart } from 'echarts/charts';\nimport { CanvasRenderer } from 'echarts/renderers';\necharts.use([GaugeChart, CanvasRenderer]);\nexport { echarts };",
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

/**
 * The budgets of docs/architecture.md §5: what a reader's browser downloads before a page shows,
 * min+gzip, each file gzipped on its own as a server sends it. `autoload` rows are pages that load
 * the kit through `dist/cdn/autoload.js` (built here from the sources as `npm run build` does) and
 * show one element; `alone` bundles an element from its npm entry with lit, as a user's bundler
 * does (esbuild); `standalone` is `dist/bsc-kit.js`, one file (a language but English loads on
 * demand from dist/bsc-kit/ beside it). `pack:check` checks the same budgets on the files of the
 * packed package, and fails on a missed one.
 *
 * `knownOver`: a row that misses its budget today, with the ceiling it must not pass meanwhile
 * (`pack:check` fails above it, so it cannot grow unnoticed) and what is left to do. Remove it
 * once the row is within budget; `pack:check` says so when it is.
 */
export const PAGE_BUDGETS = [
  {
    key: 'gauge-page',
    name: 'a page with one bsc-kpi-gauge, through the autoloader',
    autoload: GAUGE,
    budget: 20 * KB,
  },
  {
    key: 'scorecard-page',
    name: 'a page with one bsc-scorecard (default layout), through the autoloader',
    autoload: `${ELEMENTS_DIR}/bsc-scorecard.ts`,
    budget: 50 * KB,
  },
  {
    key: 'gauge-alone',
    name: 'bsc-kpi-gauge alone from its npm entry, with lit',
    alone: GAUGE,
    budget: 18 * KB,
  },
  {
    key: 'whole-kit',
    name: 'dist/bsc-kit.js, everything in one file',
    standalone: true,
    budget: 90 * KB,
  },
];

/**
 * Each budgeted page: { name, entry, files, min, gzip, onDemand?, budget }. `onDemand` = what the
 * page's own code may import later (a language, export, a chart it shows when asked), not the
 * elements the page does not show.
 */
export async function measurePages(root) {
  const { build: viteBuild } = await import('vite');
  const builds = new Map();
  const built = (mode) => {
    if (!builds.has(mode)) {
      builds.set(
        mode,
        viteBuild({ root, configFile: join(root, 'vite.config.ts'), mode, logLevel: 'silent', build: { write: false } }).then((result) =>
          (Array.isArray(result) ? result[0] : result).output.filter((output) => output.type === 'chunk'),
        ),
      );
    }
    return builds.get(mode);
  };
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const rows = [];
  for (const page of PAGE_BUDGETS) {
    const row = { name: page.name, budget: page.budget, knownOver: page.knownOver };
    if (page.alone) {
      const size = await bundleSize(root, page.alone);
      Object.assign(row, { entry: page.alone, files: size.files, min: size.min, gzip: size.gzip, onDemand: size.onDemand, top: size.top });
    } else if (page.standalone) {
      // The one file; a language but English loads from dist/bsc-kit/ beside it, on demand.
      const chunks = await built('standalone');
      const [file] = chunks.filter((chunk) => chunk.isEntry);
      const beside = chunks.filter((chunk) => !chunk.isEntry);
      const onDemand = beside.length
        ? { min: beside.reduce((sum, chunk) => sum + chunk.code.length, 0), gzip: beside.reduce((sum, chunk) => sum + gz(chunk.code), 0) }
        : undefined;
      Object.assign(row, { entry: `dist/${file.fileName} (vite build --mode standalone)`, files: 1, min: file.code.length, gzip: gz(file.code), onDemand });
    } else {
      const chunks = await built('autoload');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      const element = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(page.autoload));
      if (!element) throw new Error(`measurePages: the autoloader loads no chunk for ${page.autoload}`);
      const first = new Set();
      const visit = (name) => {
        if (first.has(name)) return;
        first.add(name);
        for (const imported of byName.get(name).imports) visit(imported);
      };
      visit(entry.fileName);
      visit(element.fileName);
      // What the page's code imports on demand; the autoloader's own dynamic imports are the other elements.
      const later = new Set();
      const visitLater = (name) => {
        if (first.has(name) || later.has(name)) return;
        later.add(name);
        for (const imported of [...byName.get(name).imports, ...byName.get(name).dynamicImports]) visitLater(imported);
      };
      for (const name of first) if (name !== entry.fileName) for (const imported of byName.get(name).dynamicImports) visitLater(imported);
      const sum = (names) =>
        [...names].reduce((total, name) => ({ min: total.min + byName.get(name).code.length, gzip: total.gzip + gz(byName.get(name).code) }), {
          min: 0,
          gzip: 0,
        });
      Object.assign(row, {
        entry: `dist/cdn/${entry.fileName} + ${page.autoload}`,
        files: first.size,
        ...sum(first),
        onDemand: later.size ? sum(later) : undefined,
      });
    }
    rows.push(row);
  }
  return rows;
}

/** How the library build bundles (vite.config.ts): minified, production Lit, its templates minified too (scripts/minify-templates.mjs). */
export const esbuildProduction = {
  plugins: [minifyTemplatesEsbuild],
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
 * only a dynamic `import()` loads (a chart the scorecard shows when asked, a language, export). `top` = the
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
  const sizeOf = (paths) =>
    paths.reduce((sum, path) => ({ min: sum.min + files.get(path).length, gzip: sum.gzip + gzipSync(files.get(path), { level: 9 }).length }), {
      min: 0,
      gzip: 0,
    });
  const jsPaths = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  const initial = { ...sizeOf(jsPaths.filter((path) => first.has(path))), files: jsPaths.filter((path) => first.has(path)).length };
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
