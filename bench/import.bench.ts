/**
 * bsc-kit/import on a large spreadsheet export: 100,000 rows (2,500 KPIs × 40 months) of CSV text,
 * the way a BI tool writes them — quoted grouped numbers ("1,234.5"), months as "Oct 2026", a
 * target and a red flag on every row — into a validated model (issue 15: ≤ 1 s in headless Chromium).
 *
 * Rows: the whole `fromCsv` (the budget's case), then its two halves on their own: the CSV parser
 * (d3-dsv, with the separator detected), and `fromRows` on parsed rows (cells read, the model
 * built, `parseScorecard` run on it); and, for scale, that `parseScorecard` alone.
 */
import { fromCsv, fromRows, readCsv } from '../src/import/index.js';
import { parseScorecard } from '../src/model/index.js';
import { bench, consume } from './harness.js';

const KPIS = 2_500;
const MONTHS = 40;
const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function exportCsv(): string {
  const lines = ['Perspective,Objective,KPI,Period,Actual,Target,Red flag,Owner'];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let k = 0; k < KPIS; k++) {
    const perspective = ['Financial', 'Customer', 'Internal process', 'Learning & growth'][k % 4];
    const objective = `Objective ${k % 100}`;
    for (let m = 0; m < MONTHS; m++) {
      const actual = (900 + random() * 300).toLocaleString('en-US', { maximumFractionDigits: 1 });
      lines.push(`${perspective},${objective},KPI ${k},${NAMES[m % 12]} ${2024 + Math.floor(m / 12)},"${actual}","1,000",900,Owner ${k % 50}`);
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

bench(`import — ${(KPIS * MONTHS).toLocaleString('en-US')} CSV rows (${KPIS.toLocaleString('en-US')} KPIs × ${MONTHS} months)`, async (b) => {
  const text = exportCsv();
  const check = fromCsv(text);
  if (!check.ok || !check.model)
    throw new Error(
      `the generated CSV does not import: ${check.issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
    );
  const observations = check.model.perspectives.reduce((n, p) => n + p.objectives.reduce((m, o) => m + o.kpis.reduce((s, k) => s + k.series.length, 0), 0), 0);
  if (observations !== KPIS * MONTHS) throw new Error(`${observations} observations imported; expected ${KPIS * MONTHS}`);
  b.note(`${(text.length / 1e6).toFixed(1)} MB of CSV text; every row imports (checked before timing)`);

  await b.measure('fromCsv: CSV text → validated model', () => consume(fromCsv(text)), { runs: 7, warmup: 1, budget: 1000 });
  await b.measure('readCsv alone: CSV text → rows of cells (d3-dsv)', () => consume(readCsv(text)), { runs: 7, warmup: 1 });
  const { rows } = readCsv(text);
  await b.measure('fromRows alone: rows of cells → validated model', () => consume(fromRows(rows)), { runs: 7, warmup: 1 });
  // What of fromRows is the kit's own validation: parseScorecard of a fresh copy of the model it built.
  const json = JSON.stringify(check.model);
  await b.measure('for scale: parseScorecard of the imported model (inside fromRows)', (model) => consume(parseScorecard(model)), {
    runs: 7,
    warmup: 1,
    setup: () => JSON.parse(json) as unknown,
  });
});
