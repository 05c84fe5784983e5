import { expect } from '@open-wc/testing';
import { parseScorecard, type ModelIssue, type ParseResult } from '../../src/model/index.js';
import { INVALID_FIXTURES, type InvalidFixture } from '../fixtures/invalid/expectations.js';
import { fetchRaw, fetchText } from './fetch-text.js';

const FIXTURES = '/test/fixtures/invalid/';

describe('invalid fixtures', () => {
  it('lists at least 40 fixtures, each its own file, and every file loads', async () => {
    expect(INVALID_FIXTURES.length).to.be.at.least(40);
    const files = INVALID_FIXTURES.map((fixture) => fixture.file);
    expect(new Set(files).size, 'each fixture is listed once').to.equal(files.length);
    for (const file of files) expect(file).to.match(/^\d{2}-[a-z0-9-]+\.json$/);

    const responses = await Promise.all(files.map((file) => fetchRaw(FIXTURES + file)));
    const missing = files.filter((_, i) => !responses[i]!.ok);
    expect(missing, 'fixtures listed but not loadable').to.deep.equal([]);
    const texts = await Promise.all(responses.map((response) => response.text()));
    expect(new Set(texts).size, 'no two fixtures are the same file').to.equal(texts.length);
  });

  it('a file that is not there does not load (so the check above can fail)', async () => {
    const response = await fetchRaw(`${FIXTURES}00-no-such-fixture.json`);
    expect(response.ok).to.be.false;
  });

  for (const fixture of INVALID_FIXTURES) {
    it(`${fixture.file}: ${fixture.mistake}`, async () => {
      const text = await fetchText(FIXTURES + fixture.file);
      expectIssue(parseText(text), fixture);
    });
  }
});

/**
 * NaN and ±Infinity cannot be written in JSON, so these models are built here. A model read from
 * JavaScript (a `.model` property) can hold them, and each must be named as not finite, at its path.
 */
describe('non-finite numbers', () => {
  const K = 'perspectives[0].objectives[0].kpis[0]';
  const cases: Array<{ path: string; value: number; edit: (model: Model) => void }> = [
    { path: `${K}.series[0].actual`, value: NaN, edit: (m) => (kpi(m).series[0]!.actual = NaN) },
    { path: `${K}.series[0].actual`, value: Infinity, edit: (m) => (kpi(m).series[0]!.actual = Infinity) },
    { path: `${K}.target`, value: NaN, edit: (m) => (kpi(m).target = NaN) },
    { path: `${K}.target`, value: Infinity, edit: (m) => (kpi(m).target = Infinity) },
    { path: `${K}.redFlag`, value: -Infinity, edit: (m) => (kpi(m).redFlag = -Infinity) },
    { path: `${K}.stretch`, value: Infinity, edit: (m) => (kpi(m).stretch = Infinity) },
    { path: `${K}.weight`, value: Infinity, edit: (m) => (kpi(m).weight = Infinity) },
    { path: 'perspectives[0].weight', value: NaN, edit: (m) => (m.perspectives[0]!.weight = NaN) },
    { path: 'perspectives[0].objectives[0].weight', value: -Infinity, edit: (m) => (m.perspectives[0]!.objectives[0]!.weight = -Infinity) },
    { path: `${K}.series[0].target`, value: NaN, edit: (m) => (kpi(m).series[0]!.target = NaN) },
    { path: `${K}.series[0].redFlag`, value: Infinity, edit: (m) => (kpi(m).series[0]!.redFlag = Infinity) },
    { path: `${K}.staleAfter`, value: Infinity, edit: (m) => (kpi(m).staleAfter = Infinity) },
    { path: `${K}.decimals`, value: NaN, edit: (m) => (kpi(m).decimals = NaN) },
    { path: 'fiscalYearStart', value: NaN, edit: (m) => (m.fiscalYearStart = NaN) },
    { path: 'initiatives[0].progress', value: NaN, edit: (m) => (m.initiatives = [{ id: 'crm', title: 'CRM', progress: NaN }]) },
    {
      path: `${K}.series[0].numerator`,
      value: Infinity,
      edit: (m) => (kpi(m).series = [{ period: '2026-10', numerator: Infinity, denominator: 100 }]),
    },
    {
      path: `${K}.series[0].denominator`,
      value: NaN,
      edit: (m) => (kpi(m).series = [{ period: '2026-10', numerator: 31, denominator: NaN }]),
    },
    {
      path: `${K}.target.min`,
      value: NaN,
      edit: (m) => Object.assign(kpi(m), { polarity: 'range', target: { min: NaN, max: 45 }, redFlag: undefined, tolerance: 5 }),
    },
    {
      path: `${K}.tolerance`,
      value: Infinity,
      edit: (m) => Object.assign(kpi(m), { polarity: 'range', target: { min: 30, max: 45 }, redFlag: undefined, tolerance: Infinity }),
    },
  ];

  it('the model they start from is valid', () => {
    const result = parseScorecard(validModel());
    expect(result.ok, JSON.stringify(result)).to.be.true;
  });

  for (const { path, value, edit } of cases) {
    it(`${String(value)} at ${path}`, () => {
      const model = validModel();
      edit(model);
      expectIssue(parseScorecard(model), { path, message: `must be a finite number (got ${String(value)})` });
    });
  }

  it('NaN written into JSON text is a syntax error, not a number', () => {
    const result = parseScorecard('{ "version": 1, "id": "x", "title": "X", "perspectives": [], "fiscalYearStart": NaN }');
    expectIssue(result, { path: '', message: /^invalid JSON at line 1, column 81: / });
  });
});

// ---------------------------------------------------------------------------------------------

function parseText(text: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => (result = parseScorecard(text)), 'parseScorecard must not throw').not.to.throw();
  return result!;
}

function expectIssue(result: ParseResult, expected: Pick<InvalidFixture, 'path' | 'message'>): void {
  expect(result.ok, 'the model must be rejected').to.be.false;
  const issues: ModelIssue[] = result.ok ? [] : result.issues;
  const all = JSON.stringify(issues, null, 1);
  const atPath = issues.filter((issue) => issue.path === expected.path);
  expect(atPath, `no issue at path "${expected.path}"; the issues were ${all}`).not.to.be.empty;
  const matching = atPath.filter((issue) => matches(issue.message, expected.message));
  expect(matching, `no issue at "${expected.path}" says ${String(expected.message)}; the issues were ${all}`).not.to.be.empty;
}

function matches(message: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? message.includes(expected) : expected.test(message);
}

// A loosely typed model, so that tests can put wrong values anywhere.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests put wrong values anywhere
type Loose = Record<string, any>;
interface Model extends Loose {
  perspectives: Array<Loose & { objectives: Array<Loose & { kpis: Loose[] }> }>;
}

function validModel(): Model {
  return {
    version: 1,
    id: 'fixture',
    title: 'Fixture scorecard',
    perspectives: [
      {
        id: 'financial',
        title: 'Financial',
        objectives: [
          {
            id: 'grow-revenue',
            title: 'Grow revenue',
            kpis: [{ id: 'revenue', title: 'Revenue', target: 100, redFlag: 80, series: [{ period: '2026-10', actual: 104 }] }],
          },
        ],
      },
    ],
  };
}

function kpi(model: Model): Loose & { series: Loose[] } {
  return model.perspectives[0]!.objectives[0]!.kpis[0] as Loose & { series: Loose[] };
}
