#!/usr/bin/env node
/**
 * `npm run pack:check` (after `npm run build`): packs the package as npm would publish it and
 * proves it works for a user who installs the tarball — nothing here reads the repository's src/.
 *
 * 1. The tarball holds what users need and nothing else: every export's target, the types, the
 *    manifest, the editor data, README and LICENSE; no sources, tests, maps or configuration.
 * 2. In a scratch directory with the tarball installed (`npm install <tgz>`, from npm's cache when
 *    it can):
 *    - Node imports `bsc-kit/core` and evaluates the sample scorecard;
 *    - Node imports `bsc-kit/import` and reads the sample spreadsheet (CSV and .xlsx); the
 *      `bsc-kit` command imports it, shows its progress on a large table, reports a bad cell at
 *      its row and column, and `bsc-kit check` passes a good model and lists a bad one's issues;
 *    - with its optional peer @lit-labs/ssr installed beside it, Node renders the sample scorecard
 *      with `bsc-kit/ssr` to declarative shadow DOM;
 *    - tsc type-checks files using one element's types and the whole kit's (`HTMLElementTagNameMap`,
 *      the typed events), with `moduleResolution` bundler and nodenext;
 *    - esbuild, standing in for a user's bundler, bundles per-element imports and a language; a
 *      gauge alone must not carry the other elements (sideEffects and the module layout let them
 *      shake out);
 *    - headless Chromium, under `Content-Security-Policy: script-src 'self'; style-src 'self'`,
 *      loads dist/bsc-kit.js with one `<script type="module">`, the bundled page, and
 *      dist/cdn/autoload.js with one `<script type="module">`: gauges and a scorecard with its
 *      strategy map (imported on demand) render, with no CSP violation, error, failed or aborted
 *      request, or Lit dev-mode warning; the autoloader loads no element the page does not show,
 *      and a page of one gauge and one of one scorecard are weighed as Chromium downloads them;
 *      dist/bsc-kit.js on a German page loads dist/bsc-kit/de.js beside it, and copied alone it
 *      stays English and fires a `bsc-error`.
 * 3. Prints the sizes: tarball, files, and min+gzip of dist/bsc-kit.js, core and every element
 *    entry with lit, d3 and zod left out (what each adds to a bundle that has them already), and
 *    of a gauge bundled alone with lit and d3 (docs/architecture.md §5's "bsc-kpi-gauge alone", as a user gets
 *    it). All are first loads: code split at dynamic `import()`, what loads on demand left out.
 * 4. Fails when a page misses its budget (docs/architecture.md §5, bench/sizes.mjs' PAGE_BUDGETS):
 *    the autoloader's gauge and scorecard pages, the gauge bundled alone, dist/bsc-kit.js.
 *
 * Exit code 1 on the first failed check; the scratch directory is removed either way
 * (`--keep` keeps it and prints where).
 */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumFlags, chromiumPath } from '../test/support/chromium.mjs';
import { PAGE_BUDGETS } from '../bench/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');
const SAMPLE_MODEL = join(root, 'demo/data/acme-2026.json');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const KB = 1024;
/** The languages dist/bsc-kit.js loads from dist/bsc-kit/ beside it (English is inside). */
const ONE_FILE_LANGUAGES = ['de', 'ar', 'ja'];
/** The CSV importer dist/bsc-kit.js loads from beside it when a scorecard's `src` is a CSV table. */
const ONE_FILE_CSV_IMPORT = 'dist/bsc-kit/csv-import.js';

const log = (...parts) => console.log('[pack:check]', ...parts);
class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

const scratch = mkdtempSync(join(tmpdir(), 'bsc-kit-pack-'));
/** min+gzip of each budgeted page (PAGE_BUDGETS' keys), as measured on the packed files. */
const measured = new Map();

async function main() {
  try {
    const packed = pack();
    checkContents(packed);
    install(packed.tarball);
    checkNode();
    checkImport();
    checkServerRendering();
    checkTypes();
    await bundleForBrowser();
    await checkInChromium();
    await printSizes(packed);
    checkBudgets();
    log('the package works as installed');
  } catch (error) {
    console.error(`[pack:check] FAILED: ${error instanceof CheckFailed ? error.message : (error?.stack ?? error)}`);
    process.exitCode = 1;
  } finally {
    if (keep) log(`scratch directory kept: ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

// ---------------------------------------------------------------------------------------------
function pack() {
  check(existsSync(join(root, 'dist/bsc-kit.js')), 'dist/ is missing or incomplete: run npm run build first');
  const [result] = JSON.parse(execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  return {
    tarball: join(scratch, result.filename),
    size: result.size,
    unpackedSize: result.unpackedSize,
    files: result.files.map((file) => file.path),
  };
}

/** Everything users need is in; what only the repository needs stays out. */
function checkContents({ files }) {
  const has = new Set(files);
  const elements = readdirSync(join(root, 'dist/elements')).filter((f) => /^bsc-[\w-]+\.js$/.test(f) && !f.endsWith('.styles.js') && f !== 'bsc-element.js');
  check(elements.length > 0, 'dist/elements holds no element');
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/bsc-kit.js',
    ...ONE_FILE_LANGUAGES.map((language) => `dist/bsc-kit/${language}.js`),
    ONE_FILE_CSV_IMPORT,
    'dist/index.js',
    'dist/index.d.ts',
    'dist/core.js',
    'dist/core.d.ts',
    'dist/import/index.js',
    'dist/import/index.d.ts',
    ...Object.values(pkg.bin),
    pkg.main,
    pkg.module,
    pkg.types,
    pkg['web-types'],
    'dist/editor/vscode.html-custom-data.json',
    'dist/editor/vscode.css-custom-data.json',
    ...elements.flatMap((f) => [`dist/elements/${f}`, `dist/elements/${f.replace(/\.js$/, '.d.ts')}`]),
  ].map((path) => path.replace(/^\.\//, ''));
  const missing = required.filter((path) => !has.has(path));
  check(missing.length === 0, `the tarball lacks ${missing.join(', ')}`);

  // Every target of `exports` (a pattern's `*` matched against the packed files) is in the tarball.
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (value === null) continue; // a path kept private
    for (const target of typeof value === 'string' ? [value] : Object.values(value)) {
      const pattern = new RegExp(
        `^${target
          .replace(/^\.\//, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace('\\*', '.+')
          .replace('*', '[^/]+')}$`,
      );
      check(
        files.some((f) => pattern.test(f)),
        `exports["${key}"] points at ${target}, which is not in the tarball`,
      );
    }
  }

  const unwanted = files.filter(
    (f) =>
      !/^(dist\/|bin\/bsc-kit\.mjs$|package\.json$|README\.md$|LICENSE$|custom-elements\.json$)/.test(f) ||
      /\.(map|ts)$/.test(f.replace(/\.d\.ts$/, '')) ||
      /(^|\/)(src|test|stories|bench|demo|scripts|node_modules)\//.test(f),
  );
  check(unwanted.length === 0, `the tarball holds what users do not need: ${unwanted.slice(0, 10).join(', ')}`);
  log(`tarball contents: ${files.length} files, all expected`);
}

/** A user's project: the tarball installed with its dependencies, as npm resolves them. */
function install(tarball) {
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'bsc-kit-pack-check', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error', tarball], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  copyFileSync(SAMPLE_MODEL, join(scratch, 'model.json'));
  for (const file of ['kpi-data.csv', 'kpi-data.xlsx', 'kpi-structure.json']) copyFileSync(join(root, 'demo/data', file), join(scratch, file));
  log('installed the tarball in a scratch project');
}

function checkNode() {
  const script = `
    import { readFileSync } from 'node:fs';
    import { parseScorecard, evaluate, formatValue, resolveLabels, statusLabel } from 'bsc-kit/core';
    const result = parseScorecard(readFileSync('model.json', 'utf8'));
    if (!result.ok) throw new Error('the sample model does not parse: ' + JSON.stringify(result.issues));
    const evaluation = evaluate(result.scorecard, { asOf: result.scorecard.asOf, view: 'ytd' });
    console.log(JSON.stringify({
      status: evaluation.root.status,
      german: statusLabel(evaluation.root.status, resolveLabels('de-DE')),
      value: formatValue(1234.5, 'currency', { locale: 'de-DE', currency: 'EUR' }),
    }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
  const { status, german, value } = JSON.parse(output.trim().split('\n').pop());
  check(typeof status === 'string' && status.length > 0, `bsc-kit/core in Node: no status for the sample scorecard (got ${output})`);
  // The translations register themselves on import: a bundler or a sideEffects list can drop them.
  const english = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import { resolveLabels, statusLabel } from 'bsc-kit/core'; console.log(statusLabel('${status}', resolveLabels('en-US')));`],
    { cwd: scratch, encoding: 'utf8' },
  ).trim();
  check(german !== english, `bsc-kit/core in Node: no German labels (the status reads "${german}" in de-DE too)`);
  log(`Node imports bsc-kit/core: the sample scorecard is ${status} ("${german}" in German); ${value}`);
}

/** bsc-kit/import in Node, and the bsc-kit command as `npx bsc-kit` runs it. */
function checkImport() {
  const script = `
    import { readFileSync } from 'node:fs';
    import { fromCsv, fromXlsx } from 'bsc-kit/import';
    const structure = readFileSync('kpi-structure.json', 'utf8');
    const csv = fromCsv(readFileSync('kpi-data.csv', 'utf8'), { structure });
    const xlsx = await fromXlsx(readFileSync('kpi-data.xlsx'), { structure, sheet: 'KPIs' });
    console.log(JSON.stringify({ ok: csv.ok && xlsx.ok, same: JSON.stringify(csv.model) === JSON.stringify(xlsx.model), issues: [...csv.issues, ...xlsx.issues] }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
  const { ok, same, issues } = JSON.parse(output.trim().split('\n').pop());
  check(ok && same, `bsc-kit/import in Node: the sample spreadsheet does not import the same from CSV and .xlsx (${JSON.stringify(issues)})`);

  const bin = join(scratch, 'node_modules/.bin/bsc-kit');
  const run = (...args) => {
    try {
      return { code: 0, ...capture(execFileSync(bin, args, { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * KB * KB })) };
    } catch (error) {
      return { code: error.status, stdout: error.stdout, stderr: error.stderr };
    }
  };
  const capture = (stdout) => ({ stdout, stderr: '' });
  const imported = run('import', 'kpi-data.csv', '--structure', 'kpi-structure.json');
  check(imported.code === 0, `bsc-kit import: exit code ${imported.code} for the sample (${imported.stderr})`);
  writeFileSync(join(scratch, 'imported.json'), imported.stdout);
  const checked = run('check', 'imported.json');
  check(
    checked.code === 0 && /a valid scorecard/.test(checked.stdout),
    `bsc-kit check: the imported sample is not valid (${checked.code}: ${checked.stdout}${checked.stderr})`,
  );

  // A large table with one bad cell: a progress line, the issue at its row and column, exit code 1.
  const rows = ['Perspective;Objective;KPI;Period;Actual;Target'];
  for (let i = 0; i < 20_000; i++) rows.push(`P${i % 3};O${i % 30};KPI ${i % 500};${2000 + Math.floor(i / 500)};${i === 1234 ? '12,3.4' : `${i},5`};1.000`);
  writeFileSync(join(scratch, 'large.csv'), rows.join('\r\n'));
  const large = run('import', 'large.csv', '--locale', 'de-DE');
  check(large.code === 1, `bsc-kit import: exit code ${large.code} for a table with a bad cell; expected 1`);
  check(
    large.stderr.includes("row 1236, column Actual: '12,3.4' is not a number in de-DE notation"),
    `bsc-kit import: the bad cell is not reported at its row and column:\n${large.stderr}`,
  );
  check(/20,000 of 20,000 rows/.test(large.stderr), `bsc-kit import: no progress line for 20,000 rows:\n${large.stderr}`);
  check(JSON.parse(large.stdout).perspectives.length === 3, 'bsc-kit import: the rows around the bad one did not import');

  writeFileSync(join(scratch, 'bad.json'), JSON.stringify({ version: 1, id: 'x', title: 'X', perspectives: [{ id: 'p', title: 'P', weight: -1 }] }));
  const bad = run('check', 'bad.json');
  check(bad.code === 1 && bad.stdout.includes('perspectives[0].weight: '), `bsc-kit check: a bad model gives exit code ${bad.code} and ${bad.stdout}`);
  log('Node imports the sample spreadsheet with bsc-kit/import (CSV and .xlsx alike); `bsc-kit import` and `bsc-kit check` work as installed');
}

/**
 * bsc-kit/ssr as a server installs it: with its optional peer @lit-labs/ssr (the version this
 * repository tests with, from npm's cache), it renders the sample scorecard to declarative shadow DOM.
 */
function checkServerRendering() {
  const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devDependencies['@lit-labs/ssr'];
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error', `@lit-labs/ssr@${version}`],
    {
      cwd: scratch,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const script = `
    import { readFileSync } from 'node:fs';
    import { renderScorecardToString } from 'bsc-kit/ssr';
    const model = JSON.parse(readFileSync('model.json', 'utf8'));
    const html = await renderScorecardToString(model, { locale: 'de-DE' });
    console.log(JSON.stringify({ title: model.title, length: html.length, shadowRoots: (html.match(/shadowrootmode="open"/g) ?? []).length, hasTitle: html.includes(model.title), scorecard: html.startsWith('<bsc-scorecard') || html.includes('<bsc-scorecard') }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
  const rendered = JSON.parse(output.trim().split('\n').pop());
  check(rendered.scorecard && rendered.hasTitle, `bsc-kit/ssr: the HTML holds no <bsc-scorecard> with the title "${rendered.title}"`);
  check(
    rendered.shadowRoots > 10,
    `bsc-kit/ssr: ${rendered.shadowRoots} declarative shadow roots; expected the scorecard's and every perspective's and objective's`,
  );
  log(
    `Node renders the sample with bsc-kit/ssr and @lit-labs/ssr ${version}: ${rendered.shadowRoots} declarative shadow roots, ${(rendered.length / KB).toFixed(0)} KB of HTML`,
  );
}

/** The published types, as a user's TypeScript sees them: each file checked on its own. */
function checkTypes() {
  const files = {
    // One element's types alone bring its tag and the kit's typed events.
    'one-element.ts': `import type { BscKpiGauge } from 'bsc-kit/elements/bsc-kpi-gauge.js';
import { parseScorecard, type Scorecard } from 'bsc-kit/core';

const gauge: BscKpiGauge = document.createElement('bsc-kpi-gauge');
gauge.value = 72;
// @ts-expect-error value is a number: the types are real, not any
gauge.value = 'seventy-two';
gauge.addEventListener('bsc-select', (event) => {
  const id: string = event.detail.id;
  console.log(id);
});
const parsed = parseScorecard('{}');
const scorecard: Scorecard | undefined = parsed.ok ? parsed.scorecard : undefined;
console.log(scorecard);
`,
    'import.ts': `import { fromCsv, type ImportResult, type ImportIssue } from 'bsc-kit/import';

const result: ImportResult = fromCsv('KPI,Period,Actual', { locale: 'de-DE', columns: { kpi: 'Measure' } });
const issue: ImportIssue | undefined = result.issues[0];
console.log(result.model?.perspectives.length, issue?.row);
// @ts-expect-error the columns are the fields of a row
fromCsv('', { columns: { kpiName: 'Measure' } });
`,
    'whole-kit.ts': `import type { BscScorecard, BscTrendChart, BscErrorDetail } from 'bsc-kit';

const scorecard: BscScorecard | null = document.querySelector('bsc-scorecard');
scorecard?.addEventListener('bsc-error', (event) => {
  const detail: BscErrorDetail = event.detail;
  console.log(detail.issues.length);
});
const chart: BscTrendChart = document.createElement('bsc-trend-chart');
console.log(chart);
`,
  };
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const common = ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2023,dom,dom.iterable', '--types', '', '--verbatimModuleSyntax'];
  for (const [file, source] of Object.entries(files)) {
    writeFileSync(join(scratch, file), source);
    for (const [module, resolution] of [
      ['esnext', 'bundler'],
      ['nodenext', 'nodenext'],
    ]) {
      try {
        execFileSync(process.execPath, [tsc, ...common, '--module', module, '--moduleResolution', resolution, file], { cwd: scratch, encoding: 'utf8' });
      } catch (error) {
        throw new CheckFailed(`${file} does not type-check with moduleResolution ${resolution}:\n${error.stdout}${error.stderr}`);
      }
    }
  }
  log("tsc checks one element's types, bsc-kit/import's and the whole kit's (tag and event maps), with moduleResolution bundler and nodenext");
}

/** What a user's bundler makes of per-element imports; also one gauge alone, to see the rest shake out. */
async function bundleForBrowser() {
  const www = join(scratch, 'www');
  mkdirSync(www);
  writeFileSync(
    join(scratch, 'app.js'),
    `import 'bsc-kit/elements/bsc-kpi-gauge.js';
import 'bsc-kit/elements/bsc-scorecard.js';
import 'bsc-kit/locales/de.js';
import { parseScorecard, resolveLabels } from 'bsc-kit/core';
window.__parsed = parseScorecard('{"version": 1}').ok;
window.__german = resolveLabels('de-DE').onTrack;
`,
  );
  writeFileSync(join(scratch, 'gauge-only.js'), `import 'bsc-kit/elements/bsc-kpi-gauge.js';\n`);
  const options = { absWorkingDir: scratch, bundle: true, minify: true, format: 'esm', target: 'es2022', conditions: ['production'], logLevel: 'error' };
  await build({ ...options, entryPoints: ['app.js'], outdir: join(www, 'app'), splitting: true });
  const gaugeOnly = await build({ ...options, entryPoints: ['gauge-only.js'], write: false, outfile: 'gauge-only.js', metafile: true });
  const code = gaugeOnly.outputFiles[0].text;
  const elementModules = Object.keys(gaugeOnly.metafile.inputs).filter(
    (path) => /bsc-kit\/dist\/elements\/bsc-[\w-]+\.js$/.test(path) && !/(\.styles|bsc-element)\.js$/.test(path),
  );
  check(elementModules.length === 1 && elementModules[0].endsWith('/bsc-kpi-gauge.js'), `a bundle of bsc-kpi-gauge alone carries ${elementModules.join(', ')}`);
  check(code.includes('"bsc-kpi-gauge"'), 'a bundle of bsc-kpi-gauge alone does not register it (sideEffects drops the element module?)');
  log('esbuild bundles per-element imports; bsc-kpi-gauge alone carries no other element');
}

// ---------------------------------------------------------------------------------------------
async function checkInChromium() {
  writeFileSync(join(scratch, 'probe.js'), PROBE);
  writeFileSync(join(scratch, 'check.js'), CHECK);
  const body = `<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>
<bsc-scorecard src="/model.json" layout="strategy-map"></bsc-scorecard>`;
  const page = (kit) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bsc-kit pack check</title>
<script type="module" src="/probe.js"></script>
<script type="module" src="${kit}"></script>
<script type="module" src="/check.js"></script></head><body>${body}</body></html>`;
  writeFileSync(join(scratch, 'standalone.html'), page('/node_modules/bsc-kit/dist/bsc-kit.js'));
  writeFileSync(join(scratch, 'bundled.html'), page('/www/app/app.js'));
  writeFileSync(join(scratch, 'autoload.html'), page('/node_modules/bsc-kit/dist/cdn/autoload.js'));

  const server = await serve(scratch);
  const userDataDir = mkdtempSync(join(tmpdir(), 'bsc-kit-pack-chromium-'));
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, pipe: true, userDataDir, args: chromiumFlags });
    const base = `http://127.0.0.1:${server.address().port}`;
    for (const [name, path, expectAll] of [
      ['dist/bsc-kit.js by <script type="module">', '/standalone.html', true],
      ['per-element imports, bundled', '/bundled.html', false],
      ['dist/cdn/autoload.js by <script type="module">', '/autoload.html', false],
    ]) {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('console', (message) => {
        const text = message.text();
        const favicon = message.location()?.url?.endsWith('/favicon.ico');
        if ((message.type() === 'error' && !favicon) || /dev mode|Content.Security.Policy/i.test(text)) problems.push(`console ${message.type()}: ${text}`);
      });
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Aborted included: a src written in the markup is fetched once.
      tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      tab.on(
        'response',
        (answer) => answer.status() >= 400 && !answer.url().endsWith('/favicon.ico') && problems.push(`HTTP ${answer.status()}: ${answer.url()}`),
      );
      const response = await tab.goto(base + path);
      check(response?.headers()['content-security-policy'] === CSP, `${path} was not served with the strict CSP`);
      await tab.waitForFunction(() => window.__result, { timeout: 30_000 });
      const result = await tab.evaluate(() => window.__result);
      await tab.close();
      check(result.failures.length === 0, `${name}: ${result.failures.join('; ')}`);
      check(!expectAll || result.undefinedTags.length === 0, `${name}: not registered: ${result.undefinedTags.join(', ')}`);
      if (path === '/autoload.html') check(result.undefinedTags.includes('bsc-cascade'), `${name}: loaded bsc-cascade, which the page does not show`);
      check(problems.length === 0, `${name}: ${problems.join('; ')}`);
      log(`Chromium, strict CSP, ${name}: ${result.passed.join(', ')}`);
    }
    await checkOneFileLanguage(browser, base);
    await checkOneFileCsv(browser, base);
    await checkAutoloadedGauge(browser, base);
  } finally {
    await browser?.close();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(() => resolve()));
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * A new tab that notes what fails in it (a response of 400 or more, a console error, an uncaught
 * error) and the names of the scripts it loads.
 */
async function watchedTab(browser) {
  const tab = await browser.newPage();
  const failed = [];
  const scripts = [];
  tab.on('response', (answer) =>
    answer.status() >= 400 ? failed.push(answer.url().split('/').pop()) : answer.url().endsWith('.js') && scripts.push(answer.url().split('/').pop()),
  );
  tab.on('console', (message) => message.type() === 'error' && failed.push(`console: ${message.text()}`));
  tab.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
  return { tab, failed, scripts };
}

/**
 * dist/bsc-kit.js on a German page: it loads dist/bsc-kit/de.js from beside it, under the strict
 * CSP, and the gauge speaks German. The same file copied alone (no dist/bsc-kit/ beside it): the
 * gauge speaks English and fires a `bsc-error` that names the language.
 */
async function checkOneFileLanguage(browser, base) {
  mkdirSync(join(scratch, 'copied'), { recursive: true });
  copyFileSync(join(scratch, 'node_modules/bsc-kit/dist/bsc-kit.js'), join(scratch, 'copied/bsc-kit.js'));
  const gauge = '<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Umsatzwachstum"></bsc-kpi-gauge>';
  const heard = `window.__heard = []; document.addEventListener('bsc-error', (event) => window.__heard.push(event.detail.issues.map((issue) => issue.message).join('; ')));\n`;
  writeFileSync(join(scratch, 'hear-errors.js'), heard);
  const german = async (kit) => {
    writeFileSync(
      join(scratch, 'german.html'),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bsc-kit auf Deutsch</title>
<script src="/hear-errors.js"></script><script type="module" src="${kit}"></script></head><body>${gauge}</body></html>`,
    );
    const { tab, failed, scripts } = await watchedTab(browser);
    await tab.goto(`${base}/german.html`);
    const shown = await (
      await tab.waitForFunction(() => document.querySelector('bsc-kpi-gauge')?.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'), {
        timeout: 30_000,
      })
    ).jsonValue();
    const errors = await tab.evaluate(() => window.__heard);
    await tab.close();
    return { shown, errors, failed, scripts };
  };
  const beside = await german('/node_modules/bsc-kit/dist/bsc-kit.js');
  check(/gefährdet/.test(beside.shown), `dist/bsc-kit.js on a German page: the gauge reads "${beside.shown}"`);
  check(beside.failed.length === 0 && beside.errors.length === 0, `dist/bsc-kit.js on a German page: ${[...beside.failed, ...beside.errors].join('; ')}`);
  check(
    beside.scripts.includes('de.js') && !beside.scripts.some((name) => /^(ar|ja)\.js$/.test(name)),
    `dist/bsc-kit.js on a German page loaded ${beside.scripts.join(', ')}`,
  );
  log(`Chromium, strict CSP, dist/bsc-kit.js on a German page: loads dist/bsc-kit/de.js beside it, the gauge reads "${beside.shown}"`);
  const alone = await german('/copied/bsc-kit.js');
  check(/at risk/.test(alone.shown), `dist/bsc-kit.js copied alone, on a German page: the gauge reads "${alone.shown}", not English`);
  check(
    alone.errors.length === 1 && /"de" could not be loaded/.test(alone.errors[0]),
    `dist/bsc-kit.js copied alone, on a German page: bsc-error ${JSON.stringify(alone.errors)}`,
  );
  log(`Chromium, strict CSP, dist/bsc-kit.js copied alone, on a German page: the gauge reads English, and its bsc-error says "${alone.errors[0]}"`);
}

/**
 * dist/bsc-kit.js with a scorecard whose `src` is a CSV table, under the strict CSP: it loads the
 * importer from dist/bsc-kit/csv-import.js beside it, and the scorecard shows the table's KPIs.
 */
async function checkOneFileCsv(browser, base) {
  copyFileSync(join(root, 'demo/data/kpi-data.csv'), join(scratch, 'kpi-data.csv'));
  writeFileSync(
    join(scratch, 'csv.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bsc-kit from a CSV table</title>
<script type="module" src="/node_modules/bsc-kit/dist/bsc-kit.js"></script></head><body><bsc-scorecard src="/kpi-data.csv"></bsc-scorecard></body></html>`,
  );
  const { tab, failed, scripts } = await watchedTab(browser);
  await tab.goto(`${base}/csv.html`);
  const perspectives = await (
    await tab.waitForFunction(() => document.querySelector('bsc-scorecard')?.shadowRoot?.querySelectorAll('bsc-perspective').length, { timeout: 30_000 })
  ).jsonValue();
  await tab.close();
  check(failed.length === 0, `dist/bsc-kit.js with a CSV scorecard: ${failed.join('; ')}`);
  check(scripts.includes('csv-import.js'), `dist/bsc-kit.js with a CSV scorecard loaded ${scripts.join(', ')}, not csv-import.js`);
  log(`Chromium, strict CSP, dist/bsc-kit.js with a CSV scorecard: loads ${ONE_FILE_CSV_IMPORT} beside it and shows ${perspectives} perspectives`);
}

/**
 * The autoloader's budgeted pages, as Chromium loads them: one gauge, and one scorecard in its
 * default layout. Each renders; the page downloads no other element's chunks; what it downloaded
 * by then (every script, gzipped one by one) is its first load.
 */
async function checkAutoloadedGauge(browser, base) {
  const { names, gzip, shown } = await autoloadedPage(
    browser,
    base,
    'autoload-gauge.html',
    '<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>',
    () => document.querySelector('bsc-kpi-gauge')?.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext'),
  );
  check(/at risk/.test(shown), 'autoloader, one gauge: the gauge does not read "at risk"');
  const others = names.filter((name) => /^bsc-(?!kpi-gauge)/.test(name));
  check(others.length === 0, `autoloader, one gauge: the page also loaded ${others.join(', ')}`);
  measured.set('gauge-page', gzip);
  log(`Chromium, strict CSP, dist/cdn/autoload.js and one gauge: ${names.length} scripts, ${(gzip / KB).toFixed(1)} KB gzipped in all, no other element's`);

  const scorecard = await autoloadedPage(browser, base, 'autoload-scorecard.html', '<bsc-scorecard src="/model.json"></bsc-scorecard>', () => {
    const perspective = document.querySelector('bsc-scorecard')?.shadowRoot?.querySelector('bsc-perspective');
    return perspective?.shadowRoot?.querySelector('bsc-objective')?.shadowRoot?.childElementCount ? 'shown' : null;
  });
  const notShown = scorecard.names.filter((name) => /^bsc-(strategy-map|trend-chart|cascade|kpi-gauge)/.test(name));
  check(notShown.length === 0, `autoloader, one scorecard: the page also loaded ${notShown.join(', ')}, which its default layout does not show`);
  measured.set('scorecard-page', scorecard.gzip);
  log(`Chromium, strict CSP, dist/cdn/autoload.js and one scorecard: ${scorecard.names.length} scripts, ${(scorecard.gzip / KB).toFixed(1)} KB gzipped in all`);
}

/** Opens a page of `body` with the autoloader, waits until `shown` answers, and weighs every script it downloaded. */
async function autoloadedPage(browser, base, file, body, shown) {
  writeFileSync(
    join(scratch, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bsc-kit budget page</title>
<script type="module" src="/node_modules/bsc-kit/dist/cdn/autoload.js"></script></head>
<body>${body}</body></html>`,
  );
  const tab = await browser.newPage();
  const scripts = [];
  tab.on('response', (answer) => answer.url().endsWith('.js') && scripts.push(answer));
  await tab.goto(`${base}/${file}`);
  // The page notes when it shows; what it fetched after (a part loaded once the page is idle) is not the first load.
  const handle = await tab.waitForFunction(`(() => { const shown = (${shown})(); if (shown) window.__shownAt ??= performance.now(); return shown; })()`, {
    timeout: 30_000,
  });
  const answer = await handle.jsonValue();
  const before = new Set(
    await tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= window.__shownAt)
        .map((entry) => entry.name),
    ),
  );
  const first = scripts.filter((script) => before.has(script.url()));
  let gzip = 0;
  for (const script of first) gzip += gzipSync(await script.buffer(), { level: 9 }).length;
  await tab.close();
  return { names: first.map((script) => script.url().split('/').pop()), gzip, shown: answer };
}

/** Runs before the kit: records every CSP violation, including those of the first render. */
const PROBE = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));
`;

/** Runs after the kit: waits for the elements to render and answers window.__result. */
const CHECK = `const failures = [];
const passed = [];
const until = async (what, test, ms = 15000) => {
  const end = performance.now() + ms;
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() > end) throw new Error('timed out waiting for ' + what);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
try {
  const gauge = document.querySelector('bsc-kpi-gauge');
  await customElements.whenDefined('bsc-kpi-gauge');
  await gauge.updateComplete;
  const meter = gauge.shadowRoot.querySelector('[role="meter"]');
  if (!meter || !/at risk/.test(meter.getAttribute('aria-valuetext') ?? '')) failures.push('the gauge is no meter reading "at risk" (' + meter?.getAttribute('aria-valuetext') + ')');
  else passed.push('gauge');
  const scorecard = document.querySelector('bsc-scorecard');
  await customElements.whenDefined('bsc-scorecard');
  const header = await until('the scorecard', () => scorecard.shadowRoot?.querySelector('[part="header"], [part="error"]'));
  if (header.getAttribute('part') === 'error') failures.push('the scorecard shows an error: ' + header.textContent.trim());
  else passed.push('scorecard');
  const map = await until('the strategy map (imported on demand)', () => scorecard.shadowRoot.querySelector('bsc-strategy-map')?.shadowRoot?.querySelector('svg'));
  if (map) passed.push('strategy map');
  if (gauge.shadowRoot.adoptedStyleSheets.length === 0) failures.push('the gauge has no adopted style sheets');
  else passed.push('adopted styles');
} catch (error) {
  failures.push(String(error));
}
if (window.__violations.length) failures.push('CSP violations: ' + window.__violations.join(', '));
if (window.__parsed === true) failures.push('bsc-kit/core accepted an empty model');
if (window.__german !== undefined && window.__german !== 'Im Plan') failures.push('bsc-kit/locales/de.js registered no German labels (got ' + window.__german + ')');
const tags = ['bsc-scorecard', 'bsc-perspective', 'bsc-objective', 'bsc-kpi', 'bsc-kpi-gauge', 'bsc-bullet', 'bsc-sparkline', 'bsc-trend-chart', 'bsc-status', 'bsc-period-picker', 'bsc-strategy-map', 'bsc-cascade', 'bsc-contributions'];
window.__result = { failures, passed, undefinedTags: tags.filter((tag) => !customElements.get(tag)) };
`;

function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------
/** min+gzip of what the package's files weigh in a page: each entry minified with its own imports, dependencies left out. */
async function printSizes(packed) {
  const installed = join(scratch, 'node_modules/bsc-kit');
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const kit = readFileSync(join(installed, 'dist/bsc-kit.js'));
  measured.set('whole-kit', gz(kit));
  const rows = [['dist/bsc-kit.js (everything inside, one file)', kit.length, gz(kit)]];
  for (const language of ONE_FILE_LANGUAGES) {
    const words = readFileSync(join(installed, `dist/bsc-kit/${language}.js`));
    rows.push([`  dist/bsc-kit/${language}.js, loaded by a page in that language`, words.length, gz(words)]);
  }
  const importer = readFileSync(join(installed, ONE_FILE_CSV_IMPORT));
  rows.push([`  ${ONE_FILE_CSV_IMPORT}, loaded by a scorecard whose src is a CSV table`, importer.length, gz(importer)]);
  const external = Object.keys(pkg.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]);
  const entries = [
    ['bsc-kit/core', 'dist/core.js'],
    ['bsc-kit (every element)', 'dist/index.js'],
  ];
  for (const file of readdirSync(join(installed, 'dist/elements'))
    .filter((f) => /^bsc-[\w-]+\.js$/.test(f) && !f.endsWith('.styles.js') && f !== 'bsc-element.js')
    .sort()) {
    entries.push([`bsc-kit/elements/${file}`, `dist/elements/${file}`]);
  }
  for (const [name, file] of entries) {
    const result = await firstLoad(installed, file, external);
    rows.push([`${name}, without lit, d3, zod`, result.min, result.gzip]);
  }
  const gaugeOnly = await firstLoad(scratch, 'gauge-only.js', []);
  measured.set('gauge-alone', gaugeOnly.gzip);
  rows.push(['bsc-kpi-gauge bundled with lit and d3 (esbuild)', gaugeOnly.min, gaugeOnly.gzip]);
  const width = Math.max(...rows.map(([name]) => name.length));
  log(`tarball ${(packed.size / KB).toFixed(1)} KB, ${packed.files.length} files, ${(packed.unpackedSize / KB).toFixed(1)} KB unpacked`);
  log('sizes, minified · min+gzip (the first load; charts a scorecard imports on demand not included):');
  for (const [name, min, gzip] of rows)
    console.log(`  ${name.padEnd(width)}  ${(min / KB).toFixed(1).padStart(6)} KB · ${(gzip / KB).toFixed(1).padStart(5)} KB`);
}

/**
 * Every budget of docs/architecture.md §5 (bench/sizes.mjs' PAGE_BUDGETS) on the packed files: a
 * size is exact, so a missed one fails — but for a row known to be over (`knownOver`), which fails
 * only above its ceiling, and is reported as over until it is within budget.
 */
function checkBudgets() {
  const width = Math.max(...PAGE_BUDGETS.map((page) => page.name.length));
  log('budgets, min+gzip, what the browser downloads before the page shows:');
  const failed = [];
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  for (const page of PAGE_BUDGETS) {
    const gzip = measured.get(page.key);
    check(gzip !== undefined, `no size measured for "${page.name}"`);
    const known = page.knownOver;
    let verdict = 'within budget';
    if (gzip <= page.budget && known) verdict = 'within budget: remove its knownOver from bench/sizes.mjs';
    else if (gzip > page.budget && known && gzip <= known.ceiling) verdict = `OVER BUDGET, known (ceiling ${kb(known.ceiling)}; left: ${known.left})`;
    else if (gzip > page.budget) {
      verdict = known ? `OVER BUDGET and over its ceiling of ${kb(known.ceiling)}` : 'OVER BUDGET';
      failed.push(`${page.name}: ${kb(gzip)}, over ${kb(known?.ceiling ?? page.budget)}`);
    }
    console.log(`  ${page.name.padEnd(width)}  ${kb(gzip).padStart(8)}  ≤ ${kb(page.budget).padStart(7)}  ${verdict}`);
  }
  check(failed.length === 0, `over budget: ${failed.join('; ')}`);
}

/**
 * One entry minified, as a bundler splits it: the entry and the chunks it imports statically (the
 * first load); what only a dynamic import() reaches is left out. { min, gzip }: each file gzipped
 * on its own, as a server sends it.
 */
async function firstLoad(dir, file, external) {
  const result = await build({
    absWorkingDir: dir,
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    external,
    write: false,
    splitting: true,
    outdir: 'out',
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const first = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined));
  const files = result.outputFiles.filter((output) => [...first].some((path) => output.path.endsWith(path)));
  return {
    min: files.reduce((sum, output) => sum + output.contents.length, 0),
    gzip: files.reduce((sum, output) => sum + gzipSync(output.contents, { level: 9 }).length, 0),
  };
}

await main();
