/**
 * Bundle sizes, min+gzip: each entry of package.json `exports` bundled by esbuild with everything it
 * imports (lit, d3 modules, zod), minified, production conditions, then gzip level 9. Budgets from
 * DESIGN §5. An entry whose source is missing, or does not build yet, is reported as pending.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/**
 * What to measure, in report order. `exports` rows come from package.json; an export that is not
 * listed here is measured too, without a budget. `entries` are the element entries DESIGN §5 has
 * budgets for, looked up at the first path that exists (pending until one does).
 */
const BUDGETS = [
  { name: 'bsc-kit (whole kit)', exportKey: '.', budget: 50 * KB, note: 'for comparison: Chart.js tree-shaken 57 KB, ECharts gauge+line 175 KB' },
  { name: 'bsc-kit/core', exportKey: './core', note: 'model + engine + format, no DOM; no budget of its own' },
  {
    name: 'bsc-kpi-gauge alone',
    exportKey: './kpi-gauge',
    candidates: ['src/elements/kpi-gauge.ts', 'src/elements/bsc-kpi-gauge.ts', 'src/elements/kpi-gauge/index.ts'],
    budget: 20 * KB,
  },
  { name: 'model layer alone', candidates: ['src/model/index.ts'], note: 'zod/mini schema + validation; part of core' },
];

export const esbuildProduction = {
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

/** Bundles one entry in memory: { min, gzip, top: [{ name, bytes }] } (top = largest inputs, minified bytes). */
export async function bundleSize(root, entry) {
  const result = await build({ ...esbuildProduction, absWorkingDir: root, entryPoints: [entry], write: false, metafile: true, outdir: 'out' });
  const js = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const code = Buffer.concat(js.map((file) => Buffer.from(file.contents)));
  const byPackage = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, top };
}

/** `node_modules/d3-array/src/x.js` → `d3-array`; `src/engine/x.ts` → `src/engine`. */
function packageOf(path) {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) return parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
  return parts.slice(0, 2).join('/');
}

/** Every size row: { name, entry, min?, gzip?, budget?, note?, pending? , top? }. */
export async function measureSizes(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const exportsMap = typeof pkg.exports === 'string' ? { '.': pkg.exports } : (pkg.exports ?? {});
  const plans = BUDGETS.map((b) => ({ ...b, entry: entryOf(exportsMap[b.exportKey]) ?? b.candidates?.find((c) => existsSync(join(root, c))) }));
  for (const [key, value] of Object.entries(exportsMap)) {
    if (!plans.some((p) => p.exportKey === key)) plans.push({ name: `bsc-kit${key.slice(1)}`, exportKey: key, entry: entryOf(value) });
  }
  const rows = [];
  for (const plan of plans) {
    const row = { name: plan.name, entry: plan.entry, budget: plan.budget, note: plan.note };
    if (!plan.entry || !existsSync(join(root, plan.entry))) {
      rows.push({ ...row, pending: 'no entry yet' });
      continue;
    }
    try {
      Object.assign(row, await bundleSize(root, plan.entry));
    } catch (error) {
      const first = error.errors?.[0];
      row.pending = first ? `does not build yet: ${first.text}${first.location ? ` (${first.location.file})` : ''}` : `does not build: ${error.message}`;
    }
    rows.push(row);
  }
  const kit = rows.find((r) => r.name === BUDGETS[0].name);
  const core = rows.find((r) => r.name === BUDGETS[1].name);
  if (kit?.gzip !== undefined && kit.min === core?.min) kit.note = `the same bundle as bsc-kit/core so far (src/index.ts registers no element yet); ${kit.note}`;
  return rows;
}

function entryOf(value) {
  if (typeof value === 'string') return value.replace(/^\.\//, '');
  if (value && typeof value === 'object') return entryOf(value.production ?? value.import ?? value.browser ?? value.default);
  return undefined;
}
