import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/engine/index.js';
import { scorecardCsv } from '../../src/export/csv.js';
import { resolveLabels } from '../../src/format/index.js';
import '../../src/format/locales/index.js';
import { fromCsv, fromRows, fromXlsx, slug, type ImportResult } from '../../src/import/index.js';
import { parseScorecard, type Scorecard } from '../../src/model/index.js';
import { fetchRaw, fetchText } from '../model/fetch-text.js';

const HEADER = ['Perspective', 'Objective', 'KPI', 'Period', 'Actual', 'Target'];

function model(result: ImportResult): Scorecard {
  if (!result.model) throw new Error(`no model: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.model;
}

const kpis = (scorecard: Scorecard) => scorecard.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis));

describe('import: fromRows', () => {
  it('derives perspectives, objectives and KPIs from the titles, with ids slugged the same on every run', () => {
    const rows = [
      HEADER,
      ['Financial', 'Grow revenue & margin', 'Revenue', '2026-10', '100', '90'],
      ['Financial', 'Grow revenue & margin', 'Revenue', '2026-11', '120', '95'],
      ['Kunden', 'Zufriedenheit', 'Zufriedenheit', 'Oct 2026', '4', '4'],
    ];
    const first = fromRows(rows);
    expect(first.ok).to.equal(true);
    expect(first.issues).to.deep.equal([]);
    const scorecard = model(first);
    expect(scorecard.perspectives.map((p) => p.id)).to.deep.equal(['financial', 'kunden']);
    expect(scorecard.perspectives[0]!.objectives[0]!.id).to.equal('grow-revenue-margin');
    expect(
      kpis(scorecard).map((k) => k.id),
      'an objective and a KPI of one title get two ids',
    ).to.deep.equal(['revenue', 'zufriedenheit-2']);
    expect(kpis(scorecard)[0]!.series).to.deep.equal([
      { period: '2026-10', actual: 100, target: 90 },
      { period: '2026-11', actual: 120, target: 95 },
    ]);
    expect(JSON.stringify(model(fromRows(rows)))).to.equal(JSON.stringify(scorecard));
    expect(parseScorecard(scorecard).ok).to.equal(true);
    expect(slug('Über-Qualität  (Q&A)')).to.equal('uber-qualitat-q-a');
  });

  it('reports each bad cell at its row and column, leaves only that row out, and throws for nothing', () => {
    const rows = [
      HEADER,
      ['Financial', 'Grow', 'Revenue', '2026-10', '100', '90'],
      ['Financial', 'Grow', 'Revenue', '2026-11', '12,3.4', '90'],
      ['Financial', 'Grow', 'Revenue', 'soon', '1', '1'],
      ['Financial', 'Grow', '', '2026-12', '1', '1'],
      ['Financial', 'Grow', 'Revenue', '2026-10', '5', '5'],
      ['Financial', 'Grow', 'Revenue', '2026-12', '130', '95'],
    ];
    const result = fromRows(rows);
    expect(result.ok).to.equal(false);
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      "row 3, column Actual: '12,3.4' is not a number",
      "row 4, column Period: 'soon' is not a period (write it as 2026-10, Oct 2026, 10/2026, 2026 Q3, 2026 or a date)",
      'row 5, column KPI: is empty: every row names its KPI',
      'row 6, column Period: 2026-10 of the KPI "Revenue" is in row 2 already',
    ]);
    expect(result.issues[0]).to.include({ row: 3, column: 'Actual' });
    expect(kpis(model(result))[0]!.series.map((o) => o.period)).to.deep.equal(['2026-10', '2026-12']);
    for (const bad of [
      null,
      undefined,
      42,
      'text',
      [[]],
      [[null]],
      [{}],
      [HEADER, null],
      [
        HEADER,
        [
          {
            toString: () => {
              throw new Error('boom');
            },
          },
        ],
      ],
    ]) {
      const outcome = fromRows(bad as never);
      expect(outcome.ok, JSON.stringify(bad)).to.equal(false);
      expect(outcome.issues.length).to.be.greaterThan(0);
    }
  });

  it('says which required column is missing, and finds columns by the names the option gives', () => {
    const missing = fromRows([['Perspective', 'Objective', 'Measure name', 'When', 'Value']]);
    expect(missing.issues.map((i) => i.path)).to.deep.equal(['row 1, column Period']);
    expect(missing.issues[0]!.message).to.contain('"Measure name", "When", "Value"');
    const mapped = fromRows(
      [
        ['Perspective', 'Objective', 'Measure name', 'When', 'Value'],
        ['P', 'O', 'K', '2026-10', '7'],
      ],
      { columns: { kpi: 'Measure name', period: 'when' } },
    );
    expect(mapped.ok).to.equal(true);
    expect(kpis(model(mapped))[0]).to.include({ id: 'k', title: 'K' });
    const wrong = fromRows([HEADER], { columns: { actual: 'Ist' } });
    expect(wrong.issues[0]!.message).to.contain('there is no column "Ist" (the option columns.actual names it)');
  });

  it('reads objects keyed by heading, KPI-wide fields from the first row, bands, polarity and comments', () => {
    const result = fromRows(
      [
        {
          Perspective: 'Process',
          Objective: 'Stock',
          KPI: 'Inventory cover',
          Period: 'Oct 2026',
          Actual: 48.6,
          Target: '30–45',
          Unit: 'days',
          Owner: 'Akira',
          Comment: 'Seasonal build',
        },
        {
          Perspective: 'Process',
          Objective: 'Stock',
          KPI: 'Inventory cover',
          Period: 'Nov 2026',
          Actual: 44,
          Target: '30 - 45',
          Unit: 'weeks',
          Owner: 'Akira',
        },
        {
          Perspective: 'Process',
          Objective: 'Stock',
          KPI: 'Defects',
          Period: 'Nov 2026',
          Actual: '0,8 %',
          Target: '1 %',
          Polarity: 'lower is better',
          'Red flag': '1,5 %',
        },
        { Perspective: 'Process', Objective: 'Stock', KPI: 'Defects', Period: 'Dec 2026', Actual: '0,7 %', Polarity: 'sideways' },
      ],
      { locale: 'de-DE' },
    );
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      "row 3, column Unit: 'weeks' differs from 'days' in row 2 for the KPI \"Inventory cover\": the first is kept",
      "row 5, column Polarity: 'sideways' is not a polarity: write up (higher is better), down (lower is better) or range",
    ]);
    const [cover, defects] = kpis(model(result));
    expect(cover).to.include({ unit: 'days', polarity: 'range', owner: 'Akira' });
    expect(cover!.series).to.deep.equal([
      { period: '2026-10', actual: 48.6, target: { min: 30, max: 45 }, comment: { text: 'Seasonal build' } },
      { period: '2026-11', actual: 44, target: { min: 30, max: 45 } },
    ]);
    expect(defects).to.include({ unit: 'percent', polarity: 'down' });
    expect(defects!.series).to.deep.equal([{ period: '2026-11', actual: 0.008, target: 0.01, redFlag: 0.015 }]);
  });

  it("takes the Unit and Polarity columns before what a cell's notation suggests", () => {
    const result = fromRows([
      ['Perspective', 'Objective', 'KPI', 'Period', 'Actual', 'Target', 'Unit', 'Polarity'],
      ['P', 'O', 'Share', '2026-10', '12 %', '40–60', 'points', 'up'],
    ]);
    const [share] = kpis(model(result));
    expect(share).to.include({ unit: 'points', polarity: 'up' });
    expect(
      result.issues.map((i) => i.path),
      "a band target for an up KPI is the model's to refuse, told at its cell",
    ).to.deep.equal(['row 2, column Target']);
    expect(share!.series).to.deep.equal([]);
  });

  it("fills a structure's KPIs by id or title, in their periodicity, and reports what the model refuses at its row", () => {
    const structure = {
      version: 1,
      id: 'ops',
      title: 'Operations',
      perspectives: [
        {
          id: 'p',
          title: 'Process',
          weight: 2,
          objectives: [
            {
              id: 'o',
              title: 'Deliver',
              kpis: [
                { id: 'nps', title: 'Net Promoter Score', periodicity: 'quarter', target: 40, redFlag: 30 },
                { id: 'otd', title: 'On-time delivery', unit: 'percent' },
              ],
            },
          ],
        },
      ],
    };
    const result = fromRows(
      [
        ['KPI', 'Period', 'Actual', 'Target'],
        ['nps', '2026-10', '48', ''],
        ['net promoter score', '2026', '50', ''],
        ['On-time delivery', '2026-10-01', '0.95', ''],
        ['On-time delivery', '2026-11-01', '0.96', 'abc'],
        ['nps', '2026-Q1', '40', '20'],
        ['Elsewhere', '2026-10', '1', ''],
      ],
      { structure: JSON.stringify(structure) },
    );
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'row 3, column Period: \'2026\' is a year, but the KPI "Net Promoter Score" is reported by quarter',
      'row 5, column Target: \'abc\' is not a number, nor a band such as "40–60"',
      'row 7, column Perspective: is empty: the KPI "Elsewhere" is not in the structure, so its row names its perspective',
      'row 7, column Objective: is empty: the KPI "Elsewhere" is not in the structure, so its row names its objective',
      'row 6, column Target: must be above the red flag (30) for a KPI where higher is better (got 20)',
    ]);
    const scorecard = model(result);
    expect(scorecard).to.include({ id: 'ops', title: 'Operations', periodicity: 'month' });
    expect(scorecard.perspectives[0]!.weight).to.equal(2);
    const [nps, otd] = kpis(scorecard);
    expect(nps!.series).to.deep.equal([{ period: '2026-Q4', actual: 48 }]);
    expect(otd!.series).to.deep.equal([{ period: '2026-10', actual: 0.95 }]);
    expect(structure.perspectives[0]!.objectives[0]!.kpis[0], "the caller's structure stays as it was").to.not.have.property('series');
    expect(fromRows([HEADER], { structure: '{"perspectives": 3' }).issues[0]!.path).to.equal('structure');
  });
});

describe('import: fromCsv and fromXlsx', () => {
  it('reads RFC 4180 CSV: a byte-order mark, CRLF, quoted separators, quotes and line breaks, `;` and tab', () => {
    const text =
      '\uFEFFPerspective;Objective;KPI;Period;Actual;Target;Comment\r\nFinanzen;"Umsatz; wachsen";Umsatz;10/2026;1.234,5;1.200;"sagt ""gut""\r\nzweite Zeile"\r\n\r\nFinanzen;"Umsatz; wachsen";Umsatz;11/2026;1.300;1.200;\r\n';
    const result = fromCsv(text, { locale: 'de-DE' });
    expect(result.issues).to.deep.equal([]);
    const [kpi] = kpis(model(result));
    expect(model(result).perspectives[0]!.objectives[0]!.title).to.equal('Umsatz; wachsen');
    expect(kpi!.series).to.deep.equal([
      { period: '2026-10', actual: 1234.5, target: 1200, comment: { text: 'sagt "gut"\r\nzweite Zeile' } },
      { period: '2026-11', actual: 1300, target: 1200 },
    ]);
    const tabs = fromCsv('KPI\tPerspective\tObjective\tPeriod\tActual\nA\tP\tO\t2026-10\t1,5\n', { locale: 'de-DE' });
    expect(kpis(model(tabs))[0]!.series[0]!.actual).to.equal(1.5);
  });

  it('reports a quote that never closes at the row where it opens', () => {
    const result = fromCsv('KPI,Perspective,Objective,Period,Actual\nA,P,O,2026-10,1\nA,P,"O,2026-11,2\nA,P,O,2026-12,3\n');
    expect(result.ok).to.equal(false);
    expect(result.issues[0]!.path).to.equal('row 3');
    expect(result.issues[0]!.message).to.contain('never closes');
    expect(kpis(model(result))[0]!.series.map((o) => o.period)).to.deep.equal(['2026-10']);
  });

  it('imports a 10,000-row CSV: 250 KPIs × 40 months, one bad row reported, the rest in the model', function () {
    // A tenth of a second alone; the machine the suite runs on may be shared by much else.
    this.timeout(60_000);
    const lines = ['Perspective,Objective,KPI,Period,Actual,Target,Red flag'];
    for (let k = 0; k < 250; k++) {
      for (let m = 0; m < 40; m++) {
        const period = `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m % 12]} ${2024 + Math.floor(m / 12)}`;
        const actual = k === 7 && m === 3 ? 'n/a' : `"${(1000 + k * 10 + m).toLocaleString('en-US')}"`;
        lines.push(`Perspective ${k % 4},Objective ${k % 20},KPI ${k},${period},${actual},1000,900`);
      }
    }
    expect(lines.length).to.equal(10_001);
    const progress: number[] = [];
    const result = fromCsv(lines.join('\r\n'), { onProgress: (done) => progress.push(done) });
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(["row 285, column Actual: 'n/a' is not a number"]);
    const scorecard = model(result);
    expect(scorecard.perspectives).to.have.length(4);
    expect(kpis(scorecard)).to.have.length(250);
    expect(kpis(scorecard).reduce((n, k) => n + k.series.length, 0)).to.equal(9_999);
    expect(kpis(scorecard)[0]!.series.at(-1)).to.deep.equal({ period: '2027-04', actual: 1039, target: 1000, redFlag: 900 });
    expect(progress).to.deep.equal([10_000]);
    expect(evaluate(scorecard, { asOf: '2027-04' }).root.counts['on-track']).to.be.greaterThan(0);
  });

  it("imports the sample workbook's named sheet: dates, money and percentages as Excel typed them", async function () {
    // The first fromXlsx has the test server transform read-excel-file and its dependencies.
    this.timeout(60_000);
    const workbook = await (await fetchRaw('/demo/data/kpi-data.xlsx')).arrayBuffer();
    const structure = await fetchText('/demo/data/kpi-structure.json');
    const result = await fromXlsx(workbook, { sheet: 'KPIs', structure });
    expect(result.issues).to.deep.equal([]);
    const fromText = fromCsv(await fetchText('/demo/data/kpi-data.csv'), { structure });
    expect(JSON.stringify(result.model), 'the workbook and the CSV of the same data give the same model').to.equal(JSON.stringify(fromText.model));
    const derived = await fromXlsx(workbook, { sheet: 'KPIs' });
    expect(derived.issues, 'without a structure, dates on the first of a month make a monthly scorecard').to.deep.equal([]);
    expect(derived.model!.periodicity).to.equal('month');
    const first = await fromXlsx(workbook);
    expect(first.issues[0]!.message, 'the first sheet is the notes').to.contain('is missing');
    const notAWorkbook = await fromXlsx(new TextEncoder().encode('Perspective,KPI'));
    expect(notAWorkbook.issues[0]!.path).to.equal('workbook');
    expect((await fromXlsx(workbook, { sheet: 'Data' })).issues[0]!.message).to.contain('Sheet not found');
  });

  it("round trip: the acme sample's own CSV export, imported back with its structure, evaluates to the same statuses", async () => {
    const acme = parseScorecard(await fetchText('/demo/data/acme-2026.json'));
    if (!acme.ok) throw new Error('acme does not parse');
    const original = evaluate(acme.scorecard, { view: 'period' });
    const labels = resolveLabels('de-DE');
    const csv = scorecardCsv(original, { locale: 'de-DE', labels });
    // The structure file: the sample without its data.
    const structure = JSON.parse(await fetchText('/demo/data/acme-2026.json'));
    for (const perspective of structure.perspectives) for (const objective of perspective.objectives) for (const kpi of objective.kpis) delete kpi.series;
    // The German headings ("Periode", "Istwert" …) are found without a `columns` option: they are the export's own.
    expect(csv.split('\r\n')[0]).to.contain(labels.actual).and.not.contain('Actual');
    const result = fromCsv(csv, { structure, locale: 'de-DE' });
    expect(result.issues).to.deep.equal([]);
    const imported = evaluate(model(result), { asOf: original.asOf, view: 'period' });
    const statuses = (evaluation: typeof original) => kpis(evaluation.scorecard).map((kpi) => [kpi.id, evaluation.node(kpi.id)!.status]);
    expect(statuses(imported)).to.deep.equal(statuses(original));
    expect(imported.root.status).to.equal(original.root.status);
  });
});
