#!/usr/bin/env node
/**
 * `npm run bench`: bundles every `bench/*.bench.ts` with esbuild (production, minified), serves the
 * bundles on 127.0.0.1, runs each in its own page of Debian's headless Chromium, measures bundle
 * sizes, and writes `bench/RESULTS.md`.
 *
 *   node bench/run.mjs                 every bench and the sizes → bench/RESULTS.md
 *   node bench/run.mjs evaluate        only benches whose name contains "evaluate" ("sizes" names the size table)
 *   node bench/run.mjs --profile evaluate
 *                                      records every timed run with console.profile (identifiers kept),
 *                                      prints the functions with the most self time per row and saves
 *                                      bench/.out/<name>.<row>.cpuprofile (open in Chrome DevTools)
 *   --timeout=<seconds>                per bench (default 120)
 *
 * A partial or profiled run prints its tables and writes them to bench/.out/RESULTS.md, leaving the
 * full results alone. Exit code 1 when a bench throws or times out; a missed budget is reported as
 * "over budget" but does not fail the run (the machines are shared and noisy).
 */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType, arch } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, chromiumPath } from '../test/support/chromium.mjs';
import { esbuildProduction, measurePages, measureSizes, KB } from './sizes.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(benchDir, '..');
const outDir = join(benchDir, '.out');

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const timeoutSeconds = Number(args.find((a) => a.startsWith('--timeout='))?.split('=')[1] ?? 120);
const filters = args.filter((a) => !a.startsWith('--'));
const selected = (name) => !filters.length || filters.some((f) => name.includes(f));
const partial = filters.length > 0 || profile;

const started = performance.now();
const log = (...parts) => console.log('[bench]', ...parts);

// ---------------------------------------------------------------------------------------------
// Everything that has to be closed, closed once, on success, error, SIGINT or SIGTERM.
const resources = { browser: null, server: null, userDataDir: null };
let closing = null;
let interrupted = false;
function closeAll() {
  closing ??= (async () => {
    const { browser, server, userDataDir } = resources;
    if (browser) {
      const process_ = browser.process();
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      if (process_ && process_.exitCode === null && process_.signalCode === null) process_.kill('SIGKILL');
    }
    if (server) {
      server.closeAllConnections?.();
      await new Promise((r) => server.close(() => r()));
    }
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  })();
  return closing;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: closing Chromium and the server`);
    closeAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const benches = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => ({ name: f.slice(0, -'.bench.ts'.length), file: f }))
    .filter((b) => selected(b.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const withSizes = selected('sizes');
  if (!benches.length && !withSizes) {
    log(`nothing matches ${filters.map((f) => `"${f}"`).join(', ')}`);
    return 1;
  }

  mkdirSync(outDir, { recursive: true });
  const environment = nodeEnvironment();

  let sizes = null;
  let pages = null;
  if (withSizes) {
    log('bundle sizes…');
    pages = await measurePages(root);
    sizes = await measureSizes(root);
  }

  const results = [];
  if (benches.length) {
    log(`bundling ${benches.map((b) => b.file).join(', ')}`);
    await build({
      ...esbuildProduction,
      // A profile needs readable function names; the timings of a profiled run are not reported as results.
      ...(profile ? { minify: false, sourcemap: 'linked' } : {}),
      absWorkingDir: root,
      entryPoints: Object.fromEntries(benches.map((b) => [b.name, join(benchDir, b.file)])),
      outdir: outDir,
      logLevel: 'warning',
    });

    const server = await serve(outDir, benches);
    resources.server = server;
    const base = `http://127.0.0.1:${server.address().port}`;

    resources.userDataDir = mkdtempSync(join(tmpdir(), 'bsc-kit-bench-'));
    const browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      pipe: true,
      userDataDir: resources.userDataDir,
      // --expose-gc lets the harness collect garbage before each timed run (never inside one).
      args: [...chromiumFlags, '--js-flags=--expose-gc'],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      protocolTimeout: (timeoutSeconds + 30) * 1000,
    });
    resources.browser = browser;
    environment.chromium = await browser.version();
    log(`${environment.chromium}, pages on ${base}`);

    for (const b of benches) {
      if (interrupted) break;
      results.push(await runBench(browser, base, b));
    }
  }
  if (interrupted) return 130; // never write results of an interrupted run

  environment.loadAfter = loadavg()[0];
  const seconds = (performance.now() - started) / 1000;
  const markdown = report({ environment, pages, sizes, results, seconds });
  const target = partial ? join(outDir, 'RESULTS.md') : join(benchDir, 'RESULTS.md');
  writeFileSync(target, markdown);
  if (partial) console.log(`\n${markdown}`);
  log(`wrote ${relative(root, target)} in ${seconds.toFixed(1)} s`);

  const failed = results.filter((r) => r.error);
  for (const r of failed) log(`FAILED ${r.name}: ${r.error}`);
  const over = [...(pages ?? []), ...(sizes ?? [])]
    .filter((s) => s.budget !== undefined && s.gzip > s.budget)
    .concat(results.flatMap((r) => overBudget(r.result)));
  if (over.length) log(`over budget (reported, not failing): ${over.map((o) => o.name).join('; ')}`);
  return failed.length ? 1 : 0;
}

async function runBench(browser, base, { name }) {
  log(`${name}…`);
  const t0 = performance.now();
  const page = await browser.newPage();
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => {});
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') log(`  [${name}] console.error: ${text}`);
    else log(`  [${name}] ${text}`);
  });
  page.on('pageerror', (error) => fail(new Error(`uncaught in the page: ${error?.message ?? error}`)));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) fail(new Error(`${response.status()} for ${response.url()}`));
  });
  let timer;
  const profiles = new Map();
  if (profile) {
    const session = await page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    session.on('Profiler.consoleProfileFinished', ({ title, profile: cpu }) => {
      if (!profiles.has(title)) profiles.set(title, []);
      profiles.get(title).push(cpu);
    });
    await page.evaluateOnNewDocument(() => {
      window.__benchProfile = true;
    });
  }
  try {
    const run = (async () => {
      await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__benchResult !== undefined, { timeout: timeoutSeconds * 1000, polling: 100 });
      return page.evaluate(() => window.__benchResult);
    })();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutSeconds} s`)), timeoutSeconds * 1000);
    });
    const result = await Promise.race([run, failed, timeout]);
    if (profile) saveProfiles(name, profiles);
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { name, result };
  } catch (error) {
    const message = (error?.message ?? String(error)).split('\n')[0];
    log(`${name} FAILED: ${message}`);
    return { name, error: message };
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}

/**
 * Saves the CPU profiles of a bench's timed runs (one file per row: its last run) and prints, per
 * row, the functions with the most self time over all its runs.
 */
function saveProfiles(name, profiles) {
  // The unminified bundle marks where each module starts ("// src/engine/kpi.ts"): name functions by source file.
  const modules = [];
  readFileSync(join(outDir, `${name}.js`), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ ((?:src|bench|node_modules)\/\S+)$/.exec(line);
      if (m) modules.push([i, m[1]]);
    });
  const sourceOf = (line) => {
    let found = null;
    for (const [start, path] of modules) if (start <= line) found = path;
    return found;
  };
  let index = 0;
  for (const [title, cpus] of profiles) {
    const file = join(outDir, `${name}.${++index}.cpuprofile`);
    writeFileSync(file, JSON.stringify(cpus.at(-1)));
    const self = new Map();
    for (const cpu of cpus) {
      const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
      cpu.samples.forEach((id, i) => {
        const { callFrame: f } = byId.get(id);
        const where = f.url ? ` ${(f.url.endsWith(`/${name}.js`) && sourceOf(f.lineNumber)) || `${f.url.split('/').pop()}:${f.lineNumber + 1}`}` : '';
        const key = `${f.functionName || '(anonymous)'}${where}`;
        self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas[i + 1] ?? 0) / 1000);
      });
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const top = [...self]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    log(`profile of "${title}", ${cpus.length} runs, ${(total / cpus.length).toFixed(1)} ms sampled per run → ${relative(root, file)}`);
    for (const [key, ms] of top) console.log(`  ${(ms / cpus.length).toFixed(2).padStart(8)} ms/run ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}

// ---------------------------------------------------------------------------------------------
/**
 * A static server for bench/.out on 127.0.0.1 (ephemeral port) plus one HTML page per bench. Pages
 * are cross-origin isolated (COOP + COEP), which gives performance.now() a resolution of microseconds.
 */
function serve(dir, benches) {
  const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html', '.json': 'application/json' };
  const pages = new Map(benches.map((b) => [`/${b.name}.html`, pageHtml(b.name)]));
  const server = createServer((request, response) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages.has(path)) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(pages.get(path));
      return;
    }
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file) || request.method !== 'GET') {
      response.writeHead(path === '/favicon.ico' ? 204 : 404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

function pageHtml(name) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: ${name}</title>
<link rel="icon" href="data:,"></head>
<body><script type="module" src="./${name}.js"></script></body></html>
`;
}

// ---------------------------------------------------------------------------------------------
function nodeEnvironment() {
  const cpu = cpus();
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = [
    'lit',
    '@lit/context',
    'zod',
    ...Object.keys(pkg.dependencies ?? {})
      .filter((n) => n.startsWith('d3-'))
      .sort(),
    'esbuild',
    'puppeteer-core',
    'echarts',
  ];
  const versions = names.map((n) => {
    try {
      return `${n} ${JSON.parse(readFileSync(join(root, 'node_modules', n, 'package.json'), 'utf8')).version}`;
    } catch {
      return `${n} (not installed)`;
    }
  });
  return {
    date: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC'),
    machine: `${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    os: `${osRelease ? `${osRelease}, ` : ''}${osType()} ${release()} ${arch()}`,
    node: process.version,
    chromium: null,
    versions,
    loadBefore: loadavg()[0],
    loadAfter: null,
  };
}

// ---------------------------------------------------------------------------------------------
/** Milliseconds for reading: µs below 0.1 ms, three significant figures or so above. */
function ms(value, unit = 'ms') {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  if (unit !== 'ms') return `${value.toPrecision(3)} ${unit}`;
  if (value < 0.1) return `${(value * 1000).toPrecision(value < 0.001 ? 2 : 3)} µs`;
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ms`;
}

function range(row) {
  if (row.p25 === undefined) return row.min === undefined ? '—' : `${ms(row.min, row.unit)} – ${ms(row.max, row.unit)}`;
  return `${ms(row.p25, row.unit)} – ${ms(row.p75, row.unit)}`;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (value, budget, knownOver) =>
  budget === undefined
    ? '—'
    : value <= budget
      ? 'within budget'
      : knownOver && value <= knownOver.ceiling
        ? `**over budget** (known, ceiling ${kb(knownOver.ceiling)}: ${knownOver.left})`
        : '**over budget**';
/** Flags a row whose interquartile range is wider than half its median: too noisy to read much into. */
const NOISY = 0.5;
const noisy = (row) => row.p25 !== undefined && row.median > 0 && (row.p75 - row.p25) / row.median > NOISY;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function overBudget(result) {
  if (!result) return [];
  return [
    ...result.rows.filter((r) => r.budget !== undefined && r.median > r.budget),
    ...result.ratios.filter((r) => r.budget !== undefined && r.value > r.budget),
  ];
}

function report({ environment, pages, sizes, results, seconds }) {
  const e = environment;
  const lines = [
    '# bsc-kit benchmarks',
    '',
    `Written by \`npm run bench\` (\`bench/run.mjs\`) on ${e.date}; the whole run took ${seconds.toFixed(0)} s.${partial ? ` **Partial run** (${[...filters.map((f) => `"${f}"`), profile ? 'profiled' : ''].filter(Boolean).join(', ')}).` : ''}`,
    '',
    '| | |',
    '|---|---|',
    `| machine | ${cell(e.machine)} |`,
    `| load | 1-minute load average ${e.loadBefore.toFixed(2)} at the start, ${e.loadAfter?.toFixed(2) ?? '—'} at the end (${cpus().length} cores; the machine is shared) |`,
    `| OS | ${cell(e.os)} |`,
    `| Node | ${e.node} |`,
    `| Chromium | ${e.chromium ? `${cell(e.chromium)} (Debian's, headless, \`--disable-gpu\`)` : 'not started'} |`,
    `| packages | ${cell(e.versions.join(' · '))} |`,
    '',
    'Timings are medians of repeated runs in one page of headless Chromium, with the interquartile range (p25–p75); the',
    'machine is shared and noisy, so compare figures and ratios from the same run rather than across runs. A missed',
    `budget is reported here and does not fail the run; "noisy" marks a row whose p25–p75 spread exceeds ${NOISY * 100} % of its`,
    'median. Budgets: docs/architecture.md §5. KB = 1,024 bytes.',
    '',
  ];

  if (pages) {
    lines.push(
      '## Size budgets',
      '',
      "What a browser downloads before the page shows, min+gzip (gzip level 9, each file on its own, as a server sends it): the autoloader's pages as `vite build --mode autoload` builds them from the sources (the entry, the element's chunk and what they import statically), " +
        'a gauge bundled from its npm entry with lit by esbuild, and `dist/bsc-kit.js` as `vite build --mode standalone` builds it. "On demand" is what the page\'s own code imports when used (a language other than English, export, a chart shown when asked), not the elements the page does not show. `npm run pack:check` fails when the packed files miss a budget.',
      '',
      '| page | what it loads | files | min | min+gzip | on demand (min+gzip) | budget | verdict |',
      '|---|---|--:|--:|--:|--:|--:|---|',
    );
    for (const p of pages) {
      lines.push(
        `| ${cell(p.name)} | \`${cell(p.entry)}\` | ${p.files} | ${kb(p.min)} | **${kb(p.gzip)}** | ${p.onDemand ? kb(p.onDemand.gzip) : '—'} | ≤ ${kb(p.budget)} | ${cell(verdict(p.gzip, p.budget, p.knownOver))} |`,
      );
    }
    lines.push('');
  }

  if (sizes) {
    lines.push(
      '## Bundle sizes',
      '',
      'esbuild, minified, ES2022, `production` conditions, every dependency bundled, code split at dynamic `import()`s; gzip level 9, each chunk on its own. ' +
        '"min" and "min+gzip" are what a page loads first (the entry and what it imports statically); "on demand" what loads only when used (a chart the scorecard shows when asked for, a language, export).',
      '',
    );
    lines.push('| bundle | entry | min | min+gzip | on demand (min+gzip) | budget | verdict | largest parts (minified) |', '|---|---|--:|--:|--:|--:|---|---|');
    for (const s of sizes) {
      if (s.pending) {
        lines.push(
          `| ${cell(s.name)} | ${s.entry ? `\`${s.entry}\`` : '—'} | — | — | — | ${s.budget !== undefined ? `≤ ${kb(s.budget)}` : '—'} | pending: ${cell(s.pending)} | |`,
        );
        continue;
      }
      const parts = s.top
        .slice(0, 4)
        .map((p) => `${p.name} ${kb(p.bytes)}`)
        .join(', ');
      const later = s.onDemand ? kb(s.onDemand.gzip) : '—';
      lines.push(
        `| ${cell(s.name)} | \`${s.entry}\` | ${kb(s.min)} | **${kb(s.gzip)}** | ${later} | ${s.budget !== undefined ? `≤ ${kb(s.budget)}` : '—'} | ${verdict(s.gzip, s.budget)} | ${cell(parts)} |`,
      );
    }
    const notes = sizes.filter((s) => s.note).map((s) => `- ${s.name}: ${s.note}`);
    if (notes.length) lines.push('', ...notes);
    lines.push('');
  }

  for (const { name, result, error } of results) {
    lines.push(`## ${result?.title ?? name}`, '', `\`bench/${name}.bench.ts\``, '');
    if (error) {
      lines.push(`**Failed:** ${cell(error)}`, '');
      continue;
    }
    const withNotes = result.rows.some((r) => r.note);
    lines.push(`| what | median | p25 – p75 | runs | budget | verdict |${withNotes ? ' note |' : ''}`, `|---|--:|--:|--:|--:|---|${withNotes ? '---|' : ''}`);
    for (const r of result.rows) {
      lines.push(
        `| ${cell(r.name)} | **${ms(r.median, r.unit)}** | ${range(r)} | ${r.runs} | ${r.budget !== undefined ? `≤ ${ms(r.budget, r.unit)}` : '—'} | ${r.budget === undefined && noisy(r) ? 'noisy' : `${verdict(r.median, r.budget)}${noisy(r) ? ' (noisy)' : ''}`} |${withNotes ? ` ${cell(r.note ?? '')} |` : ''}`,
      );
    }
    if (result.ratios.length) {
      lines.push('', '| ratio (medians, same run) | value | budget | verdict |', '|---|--:|--:|---|');
      for (const r of result.ratios) {
        lines.push(
          `| ${cell(r.name)}${r.note ? ` (${cell(r.note)})` : ''} | **${r.value.toFixed(2)}** | ${r.budget !== undefined ? `≤ ${r.budget.toFixed(2)}` : '—'} | ${verdict(r.value, r.budget)} |`,
        );
      }
    }
    if (result.notes.length) lines.push('', ...result.notes.map((n) => `- ${n}`));
    const p = result.page;
    lines.push(
      '',
      `<sub>Page: ${p.crossOriginIsolated ? 'cross-origin isolated' : 'not isolated'}, ${p.viewport ? `viewport ${p.viewport}, ` : ''}timer step ${ms(p.timerResolutionMs)}, ${p.gc ? 'garbage collected before each timed run' : 'no forced GC'}.</sub>`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// Last, so every helper above is initialised before main() runs.
try {
  process.exitCode = await main();
} catch (error) {
  console.error('[bench] failed:', error?.stack ?? error);
  process.exitCode = 1;
} finally {
  await closeAll();
}
