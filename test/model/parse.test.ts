import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseScorecard, type ParseResult, type ScorecardInput } from '../../src/model/index.js';

describe('parseScorecard', () => {
  describe('defaults', () => {
    it('fills in every default of a minimal model', () => {
      const result = parseScorecard({
        version: 1,
        id: 'minimal',
        title: 'Minimal',
        perspectives: [
          {
            id: 'p',
            title: 'P',
            objectives: [
              { id: 'o', title: 'O', kpis: [{ id: 'k', title: 'K' }] },
              { id: 'o2', title: 'O2' },
            ],
          },
          { id: 'p2', title: 'P2' },
        ],
        initiatives: [{ id: 'i', title: 'I' }],
      });
      expect(result).to.deep.equal({
        ok: true,
        scorecard: {
          version: 1,
          id: 'minimal',
          title: 'Minimal',
          periodicity: 'month',
          fiscalYearStart: 1,
          rollup: 'weighted',
          perspectives: [
            {
              id: 'p',
              title: 'P',
              weight: 1,
              rollup: 'weighted',
              objectives: [
                {
                  id: 'o',
                  title: 'O',
                  weight: 1,
                  rollup: 'weighted',
                  kpis: [{ id: 'k', title: 'K', unit: 'number', polarity: 'up', aggregation: 'last', weight: 1, series: [] }],
                },
                { id: 'o2', title: 'O2', weight: 1, rollup: 'weighted', kpis: [] },
              ],
            },
            { id: 'p2', title: 'P2', weight: 1, rollup: 'weighted', objectives: [] },
          ],
          links: [],
          initiatives: [{ id: 'i', title: 'I', objectives: [] }],
        },
      });
    });

    it('keeps values that differ from the defaults, 0 included', () => {
      const model = minimalModel();
      Object.assign(model.perspectives[0]!, { weight: 0, rollup: 'worst' });
      Object.assign(kpiOf(model), { weight: 0, polarity: 'down', aggregation: 'sum', unit: 'tCO2e', periodicity: 'quarter' });
      Object.assign(model, { periodicity: 'month', fiscalYearStart: 10, rollup: 'best' });
      const result = parseScorecard(model);
      expect(result.ok, JSON.stringify(result)).to.be.true;
      if (!result.ok) return;
      const { scorecard } = result;
      expect([scorecard.fiscalYearStart, scorecard.rollup]).to.deep.equal([10, 'best']);
      expect(scorecard.perspectives[0]).to.include({ weight: 0, rollup: 'worst' });
      expect(scorecard.perspectives[0]!.objectives[0]!.kpis[0]).to.include({
        weight: 0,
        polarity: 'down',
        aggregation: 'sum',
        unit: 'tCO2e',
        periodicity: 'quarter',
      });
    });

    it('does not change the object it is given', () => {
      const model = minimalModel();
      const before = structuredClone(model);
      parseScorecard(model);
      expect(model).to.deep.equal(before);
    });

    it('accepts "$schema", which editors read to find the JSON Schema', () => {
      expect(parseScorecard({ ...minimalModel(), $schema: '../src/model/scorecard.schema.json' }).ok).to.be.true;
      expectIssueAt(parseScorecard({ ...minimalModel(), $schema: 5 }), '$schema', 'must be text');
    });
  });

  describe('object or text', () => {
    it('answers the same for a model and for its JSON text', () => {
      const model = richModel();
      const fromObject = parseScorecard(model);
      expect(fromObject.ok, JSON.stringify(fromObject)).to.be.true;
      expect(parseScorecard(JSON.stringify(model))).to.deep.equal(fromObject);
      expect(parseScorecard(JSON.stringify(model, null, 2))).to.deep.equal(fromObject);
    });

    it('reports the same issues for a bad model and for its JSON text', () => {
      const model = richModel();
      kpiOf(model).redFlag = 120;
      model.links!.push({ from: 'grow-revenue', to: 'nowhere' });
      const fromObject = parseScorecard(model);
      expect(fromObject.ok).to.be.false;
      expect(parseScorecard(JSON.stringify(model))).to.deep.equal(fromObject);
    });

    it('reads a file that starts with a byte order mark', () => {
      const text = `\uFEFF${JSON.stringify(minimalModel())}`;
      expect(parseScorecard(text)).to.deep.equal(parseScorecard(minimalModel()));
    });
  });

  describe('never throws', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
        ownKeys() {
          throw new Error('ownKeys trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('descriptor trap');
        },
        has() {
          throw new Error('has trap');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const withThrowingGetter = minimalModel();
    Object.defineProperty(kpiOf(withThrowingGetter), 'series', {
      enumerable: true,
      get() {
        throw new Error('series getter');
      },
    });
    const circular: Record<string, unknown> = { ...minimalModel() };
    circular.perspectives = [circular];
    const deep = nested(100_000);
    const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`field${i}`, i]));

    const garbage: Array<[string, unknown]> = [
      ['null', null],
      ['undefined', undefined],
      ['42', 42],
      ['NaN', NaN],
      ['true', true],
      ['a bigint', 10n],
      ['a symbol', Symbol('model')],
      ['a function', () => minimalModel()],
      ['an empty list', []],
      ['a list of models', [minimalModel()]],
      ['an empty object', {}],
      ['a Date', new Date(0)],
      ['a Map', new Map([['version', 1]])],
      ['an object without prototype', Object.create(null)],
      ['a proxy whose traps throw', throwing],
      ['a proxy whose traps throw, as the model of a KPI', withKpi(throwing)],
      ['a revoked proxy', revocable.proxy],
      ['a model whose getter throws', withThrowingGetter],
      ['a model that contains itself', circular],
      ['an object nested 100,000 deep, as a perspective', { ...minimalModel(), perspectives: [deep] }],
      ['an object nested 100,000 deep, as a description', { ...minimalModel(), description: deep }],
      ['a model with 5,000 unknown fields', { ...minimalModel(), ...wide }],
      ['an empty string', ''],
      ['white space', ' \n\t '],
      ['text that is not JSON', 'version: 1'],
      ['the JSON text null', 'null'],
      ['the JSON text 42', '42'],
      ['a JSON string', '"a model"'],
      ['a 1 MB string of x', 'x'.repeat(1 << 20)],
      ['a 1 MB string of [', '['.repeat(1 << 20)],
      ['a 1 MB JSON list', JSON.stringify(Array.from({ length: 1 << 18 }, (_, i) => i % 1000))],
      ['JSON nested 100,000 deep', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ];

    for (const [name, input] of garbage) {
      it(`rejects ${name} with at least one readable issue`, () => {
        const result = parseSafely(input);
        expect(result.ok).to.be.false;
        expectWellFormed(result);
      });
    }

    it('accepts a valid 1 MB model given as text', () => {
      const model = richModel();
      const series = Array.from({ length: 120 }, (_, i) => ({ period: monthText(2016 * 12 + i), actual: 90 + (i % 17) }));
      const kpis = Array.from({ length: 300 }, (_, i) => ({ id: `kpi-${i}`, title: `KPI ${i}`, target: 100, redFlag: 80, series }));
      model.perspectives[0]!.objectives![0]!.kpis = kpis;
      const text = JSON.stringify(model);
      expect(text.length).to.be.above(1 << 20);
      const result = parseSafely(text);
      expect(result.ok, JSON.stringify(result).slice(0, 500)).to.be.true;
    });

    it('property: for anything at all, answers ok, or not ok with readable issues', () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withTypedArray: true,
            withUnicodeString: true,
          }),
          (input) => expectWellFormed(parseSafely(input)),
        ),
        { numRuns: 300 },
      );
    });

    it('property: for any text, answers ok, or not ok with readable issues', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => expectWellFormed(parseSafely(text))),
        { numRuns: 300 },
      );
    });

    it('property: a valid model with any one field replaced by anything never makes it throw', () => {
      const setters = fieldSetters();
      fc.assert(
        fc.property(fc.nat({ max: setters.length - 1 }), fc.anything({ withNullPrototype: true, withBoxedValues: true }), (which, value) => {
          const model = richModel();
          setters[which]!(model, value);
          expectWellFormed(parseSafely(model));
          expectWellFormed(parseSafely(safeStringify(model)));
        }),
        { numRuns: 400 },
      );
    });
  });

  describe('thresholds, checked as properties', () => {
    const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const gap = fc.double({ min: 1e-3, max: 1e6, noNaN: true });

    it('accepts any up or down KPI whose red flag, target and stretch are in order', () => {
      fc.assert(
        fc.property(fc.constantFrom('up', 'down'), finite, gap, gap, (polarity, target, below, above) => {
          const sign = polarity === 'up' ? 1 : -1;
          const result = parseScorecard(withKpi({ id: 'k', title: 'K', polarity, target, redFlag: target - sign * below, stretch: target + sign * above }));
          expect(result.ok, JSON.stringify(result)).to.be.true;
        }),
      );
    });

    it('rejects any up or down KPI whose red flag and stretch are swapped', () => {
      fc.assert(
        fc.property(fc.constantFrom('up', 'down'), finite, gap, gap, (polarity, target, below, above) => {
          const sign = polarity === 'up' ? 1 : -1;
          const result = parseScorecard(withKpi({ id: 'k', title: 'K', polarity, target, redFlag: target + sign * above, stretch: target - sign * below }));
          expectIssueAt(result, `${KPI}.redFlag`, polarity === 'up' ? 'must be below the target' : 'must be above the target');
          expectIssueAt(result, `${KPI}.stretch`, polarity === 'up' ? 'must be above the target' : 'must be below the target');
        }),
      );
    });

    it('accepts any range band with min ≤ max, and rejects it turned round', () => {
      fc.assert(
        fc.property(finite, gap, (min, width) => {
          const band = (target: { min: number; max: number }) => withKpi({ id: 'k', title: 'K', polarity: 'range', target, tolerance: 1 });
          expect(parseScorecard(band({ min, max: min + width })).ok).to.be.true;
          expectIssueAt(parseScorecard(band({ min: min + width, max: min })), `${KPI}.target`, 'the band is inverted');
        }),
      );
    });
  });

  describe('valid models that are easy to reject by mistake', () => {
    const accepted: Array<[string, () => ScorecardInput]> = [
      ['negative thresholds, up', () => withKpi({ id: 'k', title: 'K', target: -5, redFlag: -7, stretch: -2 })],
      ['negative thresholds, down', () => withKpi({ id: 'k', title: 'K', polarity: 'down', target: -5, redFlag: -3, stretch: -8 })],
      ['a target of 0 with a red flag', () => withKpi({ id: 'k', title: 'K', polarity: 'down', target: 0, redFlag: 2 })],
      ['a target without a red flag', () => withKpi({ id: 'k', title: 'K', target: 100 })],
      ['no thresholds at all (an info KPI)', () => withKpi({ id: 'k', title: 'K', series: [{ period: '2026-10', actual: 5 }] })],
      ['a range band of 0 to 0 with a tolerance', () => withKpi({ id: 'k', title: 'K', polarity: 'range', target: { min: 0, max: 0 }, tolerance: 0.5 })],
      ['a band around 0', () => withKpi({ id: 'k', title: 'K', polarity: 'range', target: { min: -0.02, max: 0.02 }, tolerance: 0.03 })],
      ['a band of one point', () => withKpi({ id: 'k', title: 'K', polarity: 'range', target: { min: 40, max: 40 }, tolerance: 5 })],
      ['weight 0 everywhere', () => weightZero()],
      [
        'a per-period override in order',
        () => withKpi({ id: 'k', title: 'K', target: 100, redFlag: 80, series: [{ period: '2026-10', actual: 90, target: 120, redFlag: 110, stretch: 130 }] }),
      ],
      [
        'a ratio KPI with a zero numerator',
        () =>
          withKpi({
            id: 'k',
            title: 'K',
            series: [
              { period: '2026-09', numerator: 0, denominator: 4 },
              { period: '2026-10', numerator: 2, denominator: 4 },
            ],
          }),
      ],
      [
        'a quarterly KPI in a monthly scorecard',
        () =>
          withKpi({
            id: 'k',
            title: 'K',
            periodicity: 'quarter',
            series: [
              { period: '2026-Q2', actual: 1 },
              { period: '2026-Q3', actual: 2 },
            ],
          }),
      ],
      [
        'a yearly KPI in a quarterly scorecard',
        () => ({ ...withKpi({ id: 'k', title: 'K', periodicity: 'year', series: [{ period: '2025', actual: 1 }] }), periodicity: 'quarter', asOf: '2026-Q3' }),
      ],
      [
        'week 53 of 2026 and of 2020 in a weekly scorecard',
        () => ({
          ...withKpi({
            id: 'k',
            title: 'K',
            series: [
              { period: '2020-W53', actual: 1 },
              { period: '2026-W53', actual: 2 },
            ],
          }),
          periodicity: 'week',
          asOf: '2026-W53',
        }),
      ],
      [
        '29 February 2024 in a daily scorecard',
        () => ({ ...withKpi({ id: 'k', title: 'K', series: [{ period: '2024-02-29', actual: 1 }] }), periodicity: 'day' }),
      ],
      [
        'a yearly scorecard as of a year',
        () => ({ ...withKpi({ id: 'k', title: 'K', series: [{ period: '2026', actual: 1 }] }), periodicity: 'year', asOf: '2026' }),
      ],
      [
        'a cycle of links',
        () => ({
          ...minimalModel(),
          links: [
            { from: 'o', to: 'o2' },
            { from: 'o2', to: 'o' },
          ],
        }),
      ],
      [
        'an initiative from May to the end of Q2',
        () => ({ ...minimalModel(), initiatives: [{ id: 'i', title: 'I', objectives: ['o'], start: '2026-05', end: '2026-Q2' }] }),
      ],
      ['an initiative of one month', () => ({ ...minimalModel(), initiatives: [{ id: 'i', title: 'I', start: '2026-05', end: '2026-05', progress: 100 }] })],
      [
        'progress 0 and 100',
        () => ({
          ...minimalModel(),
          initiatives: [
            { id: 'i', title: 'I', progress: 0 },
            { id: 'j', title: 'J', progress: 100 },
          ],
        }),
      ],
      ['fiscalYearStart 12', () => ({ ...minimalModel(), fiscalYearStart: 12 })],
      ['decimals 0 and 10, staleAfter 0', () => withKpi({ id: 'k', title: 'K', decimals: 10, staleAfter: 0 })],
      ['an updated date-time with a zone', () => withKpi({ id: 'k', title: 'K', updated: '2026-11-04T08:30:00+01:00' })],
      ['no perspectives yet', () => ({ version: 1, id: 'empty', title: 'Empty', perspectives: [] })],
    ];
    for (const [name, build] of accepted) {
      it(`accepts ${name}`, () => {
        const result = parseScorecard(build());
        expect(result.ok, JSON.stringify(result)).to.be.true;
      });
    }
  });

  describe('a model it returned', () => {
    it('is taken as it is, not read again', () => {
      const first = parseScorecard({ version: 1, id: 'again', title: 'Again', perspectives: [] });
      if (!first.ok) throw new Error('expected a model');
      const second = parseScorecard(first.scorecard);
      expect(second.ok && second.scorecard).to.equal(first.scorecard);
      const copy = parseScorecard(structuredClone(first.scorecard));
      expect(copy.ok && copy.scorecard).not.to.equal(first.scorecard);
    });
  });

  describe('issues in plain words', () => {
    it('lists at most 100 issues and says how many more there are', () => {
      const model = richModel() as unknown as Record<string, unknown>;
      for (let i = 0; i < 250; i++) model[`unknownField${i}`] = i;
      const result = parseScorecard(model);
      if (result.ok) throw new Error('expected issues');
      expect(result.issues).to.have.length(101);
      expect(result.issues[100]).to.deep.equal({ path: '', message: 'and 150 more issues' });
    });

    it('reports every issue, not only the first', () => {
      const model = richModel();
      kpiOf(model).polarity = 'upward';
      model.perspectives[0]!.title = '';
      model.links!.push({ from: 'grow-revenue', to: 'grow-revenue' });
      kpiOf(model).series!.push({ period: '2026-13', actual: 1 });
      const result = parseScorecard(model);
      expectIssueAt(result, `${KPI}.polarity`, 'must be "up", "down" or "range"');
      expectIssueAt(result, 'perspectives[0].title', 'must not be empty');
      // The cross-field rules run only on a model whose shape is valid, so fix the shape and look again.
      kpiOf(model).polarity = 'up';
      model.perspectives[0]!.title = 'Financial';
      const second = parseScorecard(model);
      expectIssueAt(second, 'links[1].to', 'to itself');
      expectIssueAt(second, `${KPI}.series[2].period`, '"2026-13" is not a real period');
    });

    it('suggests the field a misspelt name was meant to be', () => {
      const model = minimalModel();
      Object.assign(kpiOf(model), { Target: 5, redflag: 4, tolerence: 1, colour: 'red' });
      const result = parseScorecard(model);
      expectIssueAt(result, `${KPI}.Target`, 'did you mean "target"?');
      expectIssueAt(result, `${KPI}.redflag`, 'did you mean "redFlag"?');
      expectIssueAt(result, `${KPI}.tolerence`, 'did you mean "tolerance"?');
      const colour = issuesOf(result).find((issue) => issue.path === `${KPI}.colour`);
      expect(colour?.message).to.equal('is not a field here');
    });

    it('does not suggest a field its own name when it belongs to another kind of node', () => {
      const model = minimalModel();
      Object.assign(model.perspectives[0]!, { unit: '%' });
      const unit = issuesOf(parseScorecard(model)).find((issue) => issue.path === 'perspectives[0].unit');
      expect(unit?.message).to.equal('is not a field here (other parts of the model have it)');
    });

    it('says which field is missing and what it is for', () => {
      const result = parseScorecard({ perspectives: [{ objectives: [{ kpis: [{}] }] }] });
      expectIssueAt(result, 'version', 'is required');
      expectIssueAt(result, 'id', 'is required');
      expectIssueAt(result, 'title', 'is required');
      expectIssueAt(result, 'perspectives[0].id', 'is required');
      expectIssueAt(result, `${KPI}.title`, 'is required');
    });
  });

  describe('JSON syntax errors', () => {
    it('names the line and column of a missing comma', () => {
      const text = '{\n  "version": 1,\n  "id": "x",\n  "title": "X"\n  "perspectives": []\n}\n';
      expectIssueAt(parseScorecard(text), '', /^invalid JSON at line 5, column 3: /);
    });

    it('counts lines the same with Windows line ends', () => {
      const text = '{\r\n  "version": 1,\r\n  "id": "x",\r\n  "title": "X"\r\n  "perspectives": []\r\n}\r\n';
      expectIssueAt(parseScorecard(text), '', /^invalid JSON at line 5, column 3: /);
    });

    it('names the place of an unexpected token, for which the browser gives no position', () => {
      const text = '{\n\t"perspectives": [\n\t\t1,\n\t\t2,\n\t]\n}';
      const message = issuesOf(parseScorecard(text))[0]?.message;
      expect(message).to.match(/^invalid JSON at line 5, column 2: /);
      expect(message).to.include('no comma after the last item');
      expect(message, 'the message does not repeat the text').not.to.include('is not valid JSON');
    });

    it('names the first character, and the end of text that stops too soon', () => {
      expectIssueAt(parseScorecard('version: 1'), '', /^invalid JSON at line 1, column 1: /);
      expectIssueAt(parseScorecard('{\n  "version": 1,'), '', /^invalid JSON at line 2, column 16: /);
      expectIssueAt(parseScorecard('{\n  "version": 1,\n  "id": "x'), '', /^invalid JSON at line 3, column 11: /);
    });

    it('words the mistake itself, the same in every engine, not as the engine’s JSON.parse does', () => {
      const cases: Array<[string, string]> = [
        ['{"version": 1 "id": "x"}', "line 1, column 15: Expected ',' or '}' after property value"],
        ['[1 2]', "line 1, column 4: Expected ',' or ']' after array element"],
        ['{"version" 1}', "line 1, column 12: Expected ':' after property name"],
        ['{"id": "x\\q"}', 'line 1, column 11: Bad escaped character'],
        ['{"id": "x\\u12"}', 'line 1, column 14: Bad Unicode escape'],
        ['{"id": "x', 'line 1, column 10: Unterminated string in JSON'],
        ['{"version": 1} }', 'line 1, column 16: Unexpected non-whitespace character after JSON'],
        ['{"version": tru}', "line 1, column 16: Unexpected token '}'"],
        ['{"version": 1,', 'line 1, column 15: Unexpected end of JSON input'],
      ];
      for (const [text, expected] of cases) expectIssueAt(parseScorecard(text), '', `invalid JSON at ${expected}`);
    });

    it('points into a long line, not at its start', () => {
      const text = `{"version": 1, "id": "x", "title": "X", "perspectives": [], "owner": 'me'}`;
      expectIssueAt(parseScorecard(text), '', /^invalid JSON at line 1, column 70: /);
    });
  });
});

// ---------------------------------------------------------------------------------------------

const KPI = 'perspectives[0].objectives[0].kpis[0]';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests put wrong values anywhere
type Loose = Record<string, any>;
type Model = ScorecardInput & Loose;

function minimalModel(): Model {
  return {
    version: 1,
    id: 'minimal',
    title: 'Minimal',
    perspectives: [
      {
        id: 'p',
        title: 'P',
        objectives: [
          { id: 'o', title: 'O', kpis: [{ id: 'k', title: 'K' }] },
          { id: 'o2', title: 'O2' },
        ],
      },
    ],
  };
}

function withKpi(kpi: unknown): Model {
  const model = minimalModel();
  model.perspectives[0]!.objectives![0]!.kpis = [kpi as never];
  return model;
}

function kpiOf(model: Model): Loose {
  return model.perspectives[0]!.objectives![0]!.kpis![0]!;
}

/** A valid model that uses most of the schema: for round trips and for breaking one field at a time. */
function richModel(): Model {
  return {
    version: 1,
    id: 'rich',
    title: 'Rich',
    description: 'Most fields of the model',
    owner: 'Strategy office',
    periodicity: 'month',
    fiscalYearStart: 4,
    asOf: '2026-10',
    locale: 'en-GB',
    currency: 'GBP',
    rollup: 'weighted',
    perspectives: [
      {
        id: 'financial',
        title: 'Financial',
        weight: 2,
        objectives: [
          {
            id: 'grow-revenue',
            title: 'Grow revenue',
            owner: 'CFO',
            rollup: 'worst',
            kpis: [
              {
                id: 'revenue',
                title: 'Revenue',
                unit: 'currency',
                polarity: 'up',
                indicator: 'lagging',
                aggregation: 'sum',
                target: 100,
                redFlag: 80,
                stretch: 120,
                weight: 1.5,
                staleAfter: 2,
                decimals: 0,
                owner: 'CFO',
                description: 'Booked revenue',
                source: 'ERP',
                updated: '2026-11-04',
                series: [
                  { period: '2026-09', actual: 95, note: 'late invoices' },
                  { period: '2026-10', actual: 104, target: 105, redFlag: 90, stretch: 118 },
                ],
              },
              {
                id: 'win-rate',
                title: 'Win rate',
                unit: 'percent',
                aggregation: 'sum',
                target: 0.3,
                series: [{ period: '2026-10', numerator: 31, denominator: 104 }],
              },
            ],
          },
        ],
      },
      {
        id: 'process',
        title: 'Process',
        objectives: [
          {
            id: 'stock',
            title: 'Right stock',
            kpis: [
              {
                id: 'inventory-cover',
                title: 'Inventory cover',
                unit: 'days',
                polarity: 'range',
                aggregation: 'average',
                target: { min: 30, max: 45 },
                tolerance: 10,
                series: [{ period: '2026-10', actual: 48, target: { min: 28, max: 44 } }],
              },
              { id: 'nps', title: 'NPS', periodicity: 'quarter', target: 40, series: [{ period: '2026-Q3', actual: 42 }] },
            ],
          },
        ],
      },
    ],
    links: [{ from: 'stock', to: 'grow-revenue', label: 'Fewer lost sales' }],
    initiatives: [
      { id: 'wms', title: 'Warehouse system', owner: 'COO', objectives: ['stock'], start: '2026-01', end: '2026-12', progress: 40, status: 'active' },
    ],
  };
}

function weightZero(): Model {
  const model = minimalModel();
  model.perspectives[0]!.weight = 0;
  model.perspectives[0]!.objectives![0]!.weight = 0;
  kpiOf(model).weight = 0;
  return model;
}

/** Functions that each put a value into one place of a `richModel()`. */
function fieldSetters(): Array<(model: Model, value: unknown) => void> {
  const places: Array<(model: Model) => Loose> = [
    (m) => m,
    (m) => m.perspectives[0]!,
    (m) => m.perspectives[0]!.objectives![0]!,
    (m) => kpiOf(m),
    (m) => kpiOf(m).series[1],
    (m) => m.perspectives[1]!.objectives![0]!.kpis![0]!,
    (m) => m.perspectives[1]!.objectives![0]!.kpis![0]!.target,
    (m) => m.links![0]!,
    (m) => m.initiatives![0]!,
  ];
  const setters: Array<(model: Model, value: unknown) => void> = [];
  const sample = richModel();
  places.forEach((place) => {
    for (const key of Object.keys(place(sample))) setters.push((model, value) => (place(model)[key] = value));
  });
  return setters;
}

function nested(depth: number): Loose {
  let value: Loose = { end: true };
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

function monthText(ordinal: number): string {
  return `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
}

/** JSON text of a value that fast-check may have filled with things JSON cannot hold. */
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? '';
  } catch {
    return '';
  }
}

function parseSafely(input: unknown): ParseResult {
  try {
    return parseScorecard(input);
  } catch (error) {
    throw new Error(`parseScorecard threw: ${String(error)}`, { cause: error });
  }
}

/** ok with a scorecard, or not ok with at least one issue of a string path and a non-empty message. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(result.scorecard).to.be.an('object');
    return;
  }
  expect(result.issues).to.be.an('array').that.is.not.empty;
  for (const issue of result.issues) {
    expect(issue.path).to.be.a('string');
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

function issuesOf(result: ParseResult): Array<{ path: string; message: string }> {
  return result.ok ? [] : result.issues;
}

function expectIssueAt(result: ParseResult, path: string, message: string | RegExp): void {
  expect(result.ok, 'the model must be rejected').to.be.false;
  const all = JSON.stringify(issuesOf(result), null, 1);
  const found = issuesOf(result).some(
    (issue) => issue.path === path && (typeof message === 'string' ? issue.message.includes(message) : message.test(issue.message)),
  );
  expect(found, `expected an issue at "${path}" matching ${String(message)}; got ${all}`).to.be.true;
}
