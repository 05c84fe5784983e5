/**
 * `npm run ssr:check`: renders the sample scorecard in Node with `bsc-kit/ssr` (@lit-labs/ssr) and
 * checks the HTML a browser would get before any script runs: declarative shadow roots holding the
 * title, the perspectives, the KPIs' values and statuses, and the model inline for hydration; the
 * year-to-date view and another language; a model's text kept text.
 *
 * Writes test/ssr/fixtures/acme.html (git-ignored), the page test/ssr/hydrate.test.ts hydrates in
 * Chromium: run this before the browser tests.
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const SAMPLE_MODEL = new URL('../demo/data/acme-2026.json', import.meta.url);
const FIXTURE = new URL('../test/ssr/fixtures/acme.html', import.meta.url);
const KB = 1024;

const log = (...parts) => console.log('[ssr:check]', ...parts);
class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

async function main() {
  const { renderScorecardToString } = await importServerKit();
  const json = readFileSync(SAMPLE_MODEL, 'utf8');
  const model = JSON.parse(json);

  const started = performance.now();
  const page = await renderScorecardToString(model);
  const first = performance.now() - started;
  checkSample(page, model);

  const again = performance.now();
  const ytd = await renderScorecardToString(json, { view: 'ytd', period: '2026-09' });
  const second = performance.now() - again;
  check(/<bsc-scorecard[^>]*\speriod="2026-09"[^>]*\sview="ytd"/.test(ytd), 'the ytd render does not carry period="2026-09" view="ytd" for hydration');
  check(ytd.includes('Year to date') && ytd.includes('As of September 2026'), 'the ytd render does not say "Year to date", "As of September 2026"');

  // Two at once: each render's elements find their own scorecard's context.
  const [german, english] = await Promise.all([renderScorecardToString(model, { locale: 'de-DE' }), renderScorecardToString(model, { locale: 'en-US' })]);
  check(german.includes('4.412.500') && german.includes('Im Plan'), 'the de-DE render lacks German numbers ("4.412.500") or labels ("Im Plan")');
  check(!german.includes('On track') && english === page, 'two renders at once mixed their languages');

  checkTextStaysText(await renderScorecardToString({ ...model, title: HOSTILE }));

  const invalid = await renderScorecardToString({ ...model, version: 2 });
  check(invalid.includes('part="error"') && invalid.includes('version'), 'an invalid model does not render the error state naming its path');

  mkdirSync(new URL('.', FIXTURE), { recursive: true });
  writeFileSync(FIXTURE, fixturePage(page));
  log(
    `rendered the sample: ${(page.length / KB).toFixed(0)} KB, ${(gzipSync(page).length / KB).toFixed(1)} KB gzip; first render ${first.toFixed(0)} ms, next ${second.toFixed(0)} ms`,
  );
  log('wrote test/ssr/fixtures/acme.html');
}

/**
 * src/ssr.ts and the German labels in one bundle for Node (as scripts/load-ts.mjs does for one
 * module): a language registers itself with the labels module its page (here: its server) imports.
 */
async function importServerKit() {
  const dir = mkdtempSync(join(tmpdir(), 'bsc-kit-ssr-'));
  const outfile = join(dir, 'ssr.mjs');
  try {
    await build({
      stdin: {
        contents: "import './src/format/locales/register-de.ts'; export * from './src/ssr.ts';",
        resolveDir: fileURLToPath(new URL('..', import.meta.url)),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
    });
    return await import(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a reader sees before scripts: every perspective, the values and statuses, in shadow roots. */
function checkSample(page, model) {
  check(page.includes('shadowrootmode="open"'), 'no declarative shadow root (shadowrootmode="open")');
  check(page.includes('$4,412,500'), 'the booked revenue "$4,412,500" is not in the HTML');
  check(page.includes('On track'), 'no "On track" status in the HTML');
  check(page.includes(escapeHtml(model.title)), `the title "${model.title}" is not in the HTML`);
  for (const perspective of model.perspectives) {
    check(page.includes(escapeHtml(perspective.title)), `the perspective "${perspective.title}" is not in the HTML`);
  }
  const objectives = model.perspectives.flatMap((perspective) => perspective.objectives);
  const rendered = page.match(/<bsc-objective\b/g)?.length ?? 0;
  check(rendered === objectives.length, `${rendered} bsc-objective rendered, the model has ${objectives.length}`);
  const values = page.match(/part="kpi-value"/g)?.length ?? 0;
  const kpis = objectives.flatMap((objective) => objective.kpis ?? []).length;
  check(values === kpis, `${values} KPI values rendered, the model has ${kpis} KPIs`);
  check(!page.includes('part="empty"'), 'an element rendered without the scorecard context (its "empty" state)');
  const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(page);
  check(inline !== null, 'the model is not inline as <script type="application/json"> for hydration');
  check(JSON.stringify(JSON.parse(inline[1])) === JSON.stringify(model), 'the inline model is not the model rendered');
}

const HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';

/** A model's text stays text: escaped in the shadow roots, and unable to close the inline JSON. */
function checkTextStaysText(page) {
  check(!page.includes('<script>alert') && !page.includes('<img src=x'), 'a model title came out as markup');
  check(page.includes(escapeHtml(HOSTILE)), 'the hostile title is not shown as text');
  check((page.match(/<\/script>/g) ?? []).length === 1, 'the inline model was closed early by the text inside it');
}

function fixturePage(body) {
  return `<!doctype html>
<!-- Generated by scripts/ssr-check.mjs (npm run ssr:check); test/ssr/hydrate.test.ts hydrates it. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bsc-scorecard rendered on the server</title>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

main().catch((error) => {
  console.error(`[ssr:check] FAILED: ${error instanceof CheckFailed ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
});
