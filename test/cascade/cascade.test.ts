import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadCascade, evaluateCascade, contributions, alignedObjectives, alignmentsOf, offTrackKeys, rolledUpScorecard } from '../../src/cascade/index.js';
import type { Cascade, CascadeIssue } from '../../src/cascade/types.js';
import type { ScorecardInput } from '../../src/model/schema.js';
import { BASE, memoryFetch, type ServedFile } from '../support/cascade-fetch.js';

type KpiInput = NonNullable<NonNullable<ScorecardInput['perspectives'][number]['objectives']>[number]['kpis']>[number];

/** A scorecard of one perspective and one objective (`<id>-goal`) holding `kpis`. */
function card(id: string, kpis: KpiInput[], fields: Partial<ScorecardInput> = {}): ScorecardInput {
  return {
    version: 1,
    id,
    title: `${id} scorecard`,
    asOf: '2026-03',
    perspectives: [{ id: `${id}-p`, title: 'Financial', objectives: [{ id: `${id}-goal`, title: `${id} goal`, kpis }] }],
    ...fields,
  };
}

const child = (id: string, src = `${id}.json`) => ({ id, title: `${id} title`, src });
const revenue = (values: Record<string, number>, fields: Partial<KpiInput> = {}): KpiInput => ({
  id: 'revenue',
  title: 'Revenue',
  aggregation: 'sum',
  series: Object.entries(values).map(([period, actual]) => ({ period, actual })),
  ...fields,
});
const rolledRevenue = (fields: Partial<KpiInput> = {}): KpiInput => ({
  id: 'revenue',
  title: 'Revenue',
  aggregation: 'sum',
  rollupFrom: { kpi: 'revenue', aggregation: 'sum' },
  ...fields,
});

async function load(files: Record<string, ServedFile>, root = 'company.json', options: { maxDepth?: number; maxScorecards?: number } = {}) {
  const server = memoryFetch(files);
  const cascade = await loadCascade(root, { fetch: server.fetch, base: BASE, ...options });
  return { cascade, server };
}

const issueText = (issues: readonly CascadeIssue[]) => issues.map((issue) => `${issue.file}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
const tree = (cascade: Cascade) => cascade.nodes.map((node) => `${node.key} ${node.state}`);
const actuals = (cascade: Cascade, key: string, kpiId: string) => {
  const node = cascade.nodes.find((n) => n.key === key)!;
  const kpi = rolledUpScorecard(node)!
    .perspectives.flatMap((p) => p.objectives.flatMap((o) => o.kpis))
    .find((k) => k.id === kpiId)!;
  return Object.fromEntries(kpi.series.map((o) => [o.period, o.actual]));
};

/** A company of two departments, a and b, whose revenue rolls up. */
function twoDepartments(fields: Partial<KpiInput> = {}) {
  return {
    'company.json': card('company', [rolledRevenue(fields)], { children: [child('a'), child('b')] }),
    'a.json': card('a', [revenue({ '2026-01': 10, '2026-02': 20 }, { target: 100, redFlag: 90 })]),
    'b.json': card('b', [revenue({ '2026-01': 5, '2026-03': 7 }, { target: 50, redFlag: 40 })]),
  };
}

describe('cascade', () => {
  describe('loadCascade', () => {
    it('loads the sample company, its three departments and the sales team, each file once, a level at a time in parallel', async () => {
      const files: Record<string, ServedFile> = {};
      for (const name of ['company', 'sales', 'marketing', 'customer-success', 'sales-enterprise-team']) {
        files[`${name}.json`] = await (await fetch(`/demo/data/cascade/${name}.json`)).json();
      }
      const { cascade, server } = await load(files);
      expect(issueText(cascade.issues)).to.deep.equal([]);
      expect(tree(cascade)).to.deep.equal([
        'acme-company loaded',
        'acme-company/sales loaded',
        'acme-company/marketing loaded',
        'acme-company/customer-success loaded',
        'acme-company/sales/enterprise-ae loaded',
      ]);
      expect(server.requests.map((url) => url.slice(BASE.length))).to.deep.equal([
        'company.json',
        'sales.json',
        'marketing.json',
        'customer-success.json',
        'sales-enterprise-team.json',
      ]);
      expect(server.mostAtOnce).to.equal(3);
      const sales = cascade.nodes[1]!;
      expect([sales.title, sales.owner, sales.file, sales.depth, sales.parent]).to.deep.equal(['Sales', 'Jordan Reyes (CRO)', 'sales.json', 1, cascade.root]);
    });

    it('fetches a file listed under two parents once, and shows it under both', async () => {
      const team = card('team', [revenue({ '2026-01': 1 })]);
      const { cascade, server } = await load({
        'company.json': card('company', [], { children: [child('a'), child('b')] }),
        'a.json': card('a', [], { children: [child('team', 'shared/team.json')] }),
        'b.json': card('b', [], { children: [child('team', 'shared/team.json')] }),
        'shared/team.json': team,
      });
      expect(server.requests.filter((url) => url.endsWith('team.json'))).to.have.length(1);
      expect(tree(cascade)).to.deep.equal(['company loaded', 'company/a loaded', 'company/b loaded', 'company/a/team loaded', 'company/b/team loaded']);
      expect(cascade.nodes[3]!.scorecard).to.equal(cascade.nodes[4]!.scorecard);
      expect(cascade.nodes[3]!.file).to.equal('shared/team.json');
    });

    it('shows a child that 404s as failed, with the reason, and loads the rest', async () => {
      const files = twoDepartments();
      delete (files as Record<string, unknown>)['b.json'];
      const { cascade } = await load(files);
      expect(tree(cascade)).to.deep.equal(['company loaded', 'company/a loaded', 'company/b failed']);
      const b = cascade.nodes[2]!;
      expect([b.title, b.scorecard]).to.deep.equal(['b title', null]);
      expect(issueText(b.issues)).to.deep.equal(['b.json: could not be loaded: the server answered 404 Not Found']);
      expect(issueText(cascade.issues)).to.deep.equal(['b.json: could not be loaded: the server answered 404 Not Found']);
    });

    it('reports a child of invalid JSON or an invalid model at its own file and paths', async () => {
      const { cascade } = await load({
        'company.json': card('company', [], { children: [child('a'), child('b'), child('c')] }),
        'a.json': '{ "version": 1, ',
        'b.json': card('b', [{ id: 'k', title: 'K', target: 10, redFlag: 12 }]),
        'c.json': { status: 500 },
      });
      expect(tree(cascade)).to.deep.equal(['company loaded', 'company/a failed', 'company/b failed', 'company/c failed']);
      const [a, b, c] = cascade.nodes.slice(1).map((node) => issueText(node.issues));
      expect(a![0]).to.match(/^a\.json: invalid JSON at line 1, column 17/);
      expect(b).to.deep.equal([
        'b.json: perspectives[0].objectives[0].kpis[0].redFlag: must be below the target (10) for a KPI where higher is better (got 12)',
      ]);
      expect(c).to.deep.equal(['c.json: could not be loaded: the server answered 500']);
    });

    it('reports a network failure per file', async () => {
      const server = memoryFetch(twoDepartments());
      const failing = async (url: string, init: { signal?: AbortSignal }) => {
        if (url.endsWith('a.json')) throw new TypeError('Failed to fetch');
        return server.fetch(url, init);
      };
      const cascade = await loadCascade('company.json', { fetch: failing, base: BASE });
      expect(tree(cascade)).to.deep.equal(['company loaded', 'company/a failed', 'company/b loaded']);
      expect(issueText(cascade.issues)).to.deep.equal(['a.json: could not be loaded: Failed to fetch']);
    });

    it('refuses a cycle of children instead of following it', async () => {
      const { cascade, server } = await load({
        'company.json': card('company', [], { children: [child('a')] }),
        'a.json': card('a', [], { children: [child('b', 'teams/b.json')] }),
        'teams/b.json': card('b', [], { children: [child('company', '../company.json'), child('self', 'b.json')] }),
      });
      expect(tree(cascade)).to.deep.equal(['company loaded', 'company/a loaded', 'company/a/b loaded', 'company/a/b/company cycle', 'company/a/b/self cycle']);
      expect(issueText(cascade.issues)).to.deep.equal([
        'teams/b.json: children[0].src: leads back to "company.json", which is already above it in the cascade: a cascade cannot loop',
        'teams/b.json: children[1].src: leads back to "teams/b.json", which is already above it in the cascade: a cascade cannot loop',
      ]);
      expect(server.requests).to.have.length(3);
    });

    it('refuses two children with one id, or one file listed twice, in the parent file', async () => {
      const { cascade } = await load({
        'company.json': card('company', [], { children: [child('a'), { id: 'a', title: 'Again', src: 'a2.json' }, child('c', 'a.json')] }),
      });
      expect(cascade.root.state).to.equal('failed');
      expect(issueText(cascade.issues)).to.deep.equal([
        'company.json: children[1].id: duplicate child id "a": already used by children[0]',
        'company.json: children[2].src: the file "a.json" is already listed at children[0]',
      ]);
    });

    it('refuses rolled-up targets on a range KPI, in its own file', async () => {
      const { cascade } = await load({
        'company.json': card('company', [
          rolledRevenue({ polarity: 'range', target: { min: 1, max: 2 }, rollupFrom: { kpi: 'revenue', aggregation: 'sum', targets: true } }),
        ]),
      });
      expect(issueText(cascade.issues)).to.deep.equal([
        'company.json: perspectives[0].objectives[0].kpis[0].rollupFrom.targets: a range KPI keeps its own band: only the targets of "up" and "down" KPIs roll up',
      ]);
    });

    it('refuses a child address that is not http(s)', async () => {
      const { cascade } = await load({ 'company.json': card('company', [], { children: [child('a', 'javascript:alert(1)')] }) });
      expect(issueText(cascade.issues)).to.deep.equal([
        'company.json: children[0].src: must be an http(s) address or one relative to this file (got "javascript:alert(1)")',
      ]);
      const { cascade: data } = await load({}, 'data:application/json,{}');
      expect(issueText(data.issues)).to.deep.equal([
        'data:application/json,{}: "data:application/json,{}" is not an http(s) address: only http: and https: scorecards are loaded',
      ]);
    });

    it('stops at the depth limit and at the count limit, listing what it did not load', async () => {
      const chain: Record<string, ServedFile> = {};
      for (let i = 0; i < 5; i++) chain[`s${i}.json`] = card(`s${i}`, [], { children: [child(`s${i + 1}`)] });
      const { cascade: deep, server } = await load(chain, 's0.json', { maxDepth: 2 });
      expect(tree(deep)).to.deep.equal(['s0 loaded', 's0/s1 loaded', 's0/s1/s2 loaded', 's0/s1/s2/s3 too-deep']);
      expect(issueText(deep.issues)).to.deep.equal(['s2.json: children[0].src: is not loaded: the cascade goes deeper than 2 levels']);
      expect(server.requests).to.have.length(3);

      const wide = {
        'company.json': card('company', [], { children: ['a', 'b', 'c', 'd'].map((id) => child(id)) }),
        ...Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [`${id}.json`, card(id, [])])),
      };
      const { cascade: many } = await load(wide, 'company.json', { maxScorecards: 3 });
      expect(tree(many)).to.deep.equal(['company loaded', 'company/a loaded', 'company/b loaded', 'company/c over-limit', 'company/d over-limit']);
      expect(issueText(many.issues)[0]).to.equal('company.json: children[2].src: is not loaded: the cascade holds more than 3 scorecards');
    });

    it('rejects with the reason when aborted', async () => {
      const controller = new AbortController();
      const server = memoryFetch(twoDepartments());
      const loading = loadCascade('company.json', { fetch: server.fetch, base: BASE, signal: controller.signal });
      controller.abort(new Error('replaced'));
      let error: unknown;
      await loading.catch((e: unknown) => (error = e));
      expect((error as Error).message).to.equal('replaced');
    });
  });

  describe('validation across files', () => {
    it('reports an alignsTo that names no objective of the parent, or names a KPI', async () => {
      const aligned = (alignsTo: string) => card('a', [], { perspectives: [{ id: 'a-p', title: 'P', objectives: [{ id: 'a-goal', title: 'G', alignsTo }] }] });
      const { cascade } = await load({
        'company.json': card('company', [revenue({})], { children: [child('a'), child('b')] }),
        'a.json': aligned('company-gaol'),
        'b.json': { ...aligned('revenue'), id: 'b' },
      });
      expect(issueText(cascade.issues)).to.deep.equal([
        'a.json: perspectives[0].objectives[0].alignsTo: names no objective of the parent scorecard "company" (company.json): there is no "company-gaol" there',
        'b.json: perspectives[0].objectives[0].alignsTo: names a KPI of the parent scorecard "company" (company.json), "revenue": an objective aligns to an objective',
      ]);
      // The two ids agree with the parent's list; a child listed by another id is reported there.
      expect(cascade.nodes.map((node) => node.scorecard?.id)).to.deep.equal(['company', 'a', 'b']);
    });

    it('reports a rollupFrom that names no KPI of any child, or one that cannot combine', async () => {
      const { cascade } = await load({
        'company.json': card(
          'company',
          [
            rolledRevenue({ rollupFrom: { kpi: 'revenu', aggregation: 'sum' } }),
            rolledRevenue({ id: 'units', rollupFrom: { kpi: 'units', aggregation: 'sum' } }),
          ],
          {
            children: [child('a'), { id: 'bee', title: 'B', src: 'b.json' }],
          },
        ),
        'a.json': card('a', [revenue({}), { id: 'units', title: 'Units', polarity: 'down' }]),
        'b.json': card('b', [revenue({}), { id: 'units', title: 'Units', periodicity: 'quarter' }]),
      });
      expect(issueText(cascade.issues)).to.deep.equal([
        'company.json: perspectives[0].objectives[0].kpis[0].rollupFrom.kpi: names no KPI of the child scorecards (a.json, b.json): there is no "revenu" there',
        'company.json: perspectives[0].objectives[0].kpis[1].rollupFrom.kpi: "units" in a.json has the polarity "down", this KPI "up": that child is left out',
        'company.json: perspectives[0].objectives[0].kpis[1].rollupFrom.kpi: "units" in b.json is measured by quarter, this KPI by month: that child is left out',
        'company.json: children[1].id: is "bee", but b.json holds the scorecard "b"',
      ]);
    });

    it('reports actuals written into a rolled-up KPI, and a roll-up without children', async () => {
      const { cascade } = await load({ 'company.json': card('company', [rolledRevenue({ series: [{ period: '2026-01', actual: 3 }] })]) });
      expect(issueText(cascade.issues)).to.deep.equal([
        "company.json: perspectives[0].objectives[0].kpis[0].series[0].actual: is replaced by the child scorecards' values: a rolled-up KPI takes its actuals from them",
        'company.json: perspectives[0].objectives[0].kpis[0].rollupFrom: has no child scorecards to roll up from: list them in "children"',
      ]);
    });
  });

  describe('roll-ups', () => {
    it('sums the children period by period, leaving out a child without a value', async () => {
      const { cascade } = await load(twoDepartments());
      expect(actuals(cascade, 'company', 'revenue')).to.deep.equal({ '2026-01': 15, '2026-02': 20, '2026-03': 7 });
    });

    it('averages, or takes the least or the most', async () => {
      for (const [aggregation, expected] of [
        ['average', { '2026-01': 7.5, '2026-02': 20, '2026-03': 7 }],
        ['min', { '2026-01': 5, '2026-02': 20, '2026-03': 7 }],
        ['max', { '2026-01': 10, '2026-02': 20, '2026-03': 7 }],
      ] as const) {
        const { cascade } = await load(twoDepartments({ rollupFrom: { kpi: 'revenue', aggregation } }));
        expect(actuals(cascade, 'company', 'revenue'), aggregation).to.deep.equal(expected);
      }
    });

    it("evaluates the rolled-up KPI per period and year to date, with the parent's own thresholds", async () => {
      const { cascade } = await load(twoDepartments({ target: 20, redFlag: 10 }));
      const february = evaluateCascade(cascade, { asOf: '2026-02' }).root.evaluation!.node('revenue');
      expect(february).to.include({ value: 20, target: 20, redFlag: 10, status: 'on-track' });
      const january = evaluateCascade(cascade, { asOf: '2026-01' }).root.evaluation!.node('revenue');
      expect(january).to.include({ value: 15, status: 'at-risk' });
      const ytd = evaluateCascade(cascade, { asOf: '2026-03', view: 'ytd' }).root.evaluation!.node('revenue');
      // Year to date: 15 + 20 + 7 against three months of the parent's target.
      expect(ytd).to.include({ value: 42, target: 60, redFlag: 30 });
    });

    it('rolls targets, red flags and period overrides up with targets: true', async () => {
      const files = twoDepartments({ rollupFrom: { kpi: 'revenue', aggregation: 'sum', targets: true } });
      (files['a.json'].perspectives[0]!.objectives![0]!.kpis![0]!.series as object[]).push({ period: '2026-03', target: 120 });
      const { cascade } = await load(files);
      const at = (asOf: string, view: 'period' | 'ytd' = 'period') => evaluateCascade(cascade, { asOf, view }).root.evaluation!.node('revenue');
      expect(at('2026-02')).to.include({ target: 150, redFlag: 130 });
      // March: a's override of 120 (its red flag stays 90) plus b's 50/40.
      expect(at('2026-03')).to.include({ value: 7, target: 170, redFlag: 130 });
      expect(at('2026-03', 'ytd')).to.include({ value: 42, target: 470, redFlag: 390 });
    });

    it('resolves a team through its department to the company, bottom-up', async () => {
      const { cascade } = await load({
        'company.json': card('company', [rolledRevenue()], { children: [child('sales'), child('cs')] }),
        'sales.json': card('sales', [rolledRevenue()], { children: [child('east'), child('west')] }),
        'east.json': card('east', [revenue({ '2026-01': 1, '2026-02': 2 })]),
        'west.json': card('west', [revenue({ '2026-01': 10 })]),
        'cs.json': card('cs', [revenue({ '2026-02': 100 })]),
      });
      expect(actuals(cascade, 'company/sales', 'revenue')).to.deep.equal({ '2026-01': 11, '2026-02': 2 });
      expect(actuals(cascade, 'company', 'revenue')).to.deep.equal({ '2026-01': 11, '2026-02': 102 });
    });

    it('evaluates the rest when a child is missing, and lists it among the contributions', async () => {
      const files = twoDepartments();
      delete (files as Record<string, unknown>)['b.json'];
      const { cascade } = await load(files);
      const evaluation = evaluateCascade(cascade, { asOf: '2026-02' });
      expect(evaluation.root.evaluation!.node('revenue')).to.include({ value: 20 });
      expect(evaluation.node('company/b')).to.include({ evaluation: null, score: null, status: 'no-data' });
      const parts = contributions(evaluation, 'company', 'revenue');
      expect(parts.map(({ id, missing, value, share }) => ({ id, missing, value, share }))).to.deep.equal([
        { id: 'a', missing: false, value: 20, share: 1 },
        { id: 'b', missing: true, value: null, share: null },
      ]);
    });

    it("gives each child's contribution and share in the period and the year to date", async () => {
      const { cascade } = await load(twoDepartments());
      const shares = (asOf: string, view: 'period' | 'ytd') =>
        contributions(evaluateCascade(cascade, { asOf, view }), 'company', 'revenue').map(({ id, value, share, kpi }) => [id, value, share, kpi?.status]);
      expect(shares('2026-01', 'period')).to.deep.equal([
        ['a', 10, 10 / 15, 'off-track'],
        ['b', 5, 5 / 15, 'off-track'],
      ]);
      expect(shares('2026-03', 'ytd')).to.deep.equal([
        ['a', 30, 30 / 42, 'off-track'],
        ['b', 12, 12 / 42, 'off-track'],
      ]);
      expect(contributions(evaluateCascade(cascade), 'company', 'nothing')).to.deep.equal([]);
    });

    it("shows a child's value carried forward from an earlier period, outside the roll-up and the shares", async () => {
      const { cascade } = await load({
        'company.json': card('company', [rolledRevenue()], { children: [child('a'), child('b')] }),
        'a.json': card('a', [revenue({ '2026-01': 10, '2026-02': 20, '2026-03': 30 })]),
        'b.json': card('b', [revenue({ '2026-01': 5 }, { staleAfter: 1 })]),
      });
      const parts = (view: 'period' | 'ytd') => {
        const evaluation = evaluateCascade(cascade, { asOf: '2026-03', view });
        const list = contributions(evaluation, 'company', 'revenue').map(({ id, value, counted, share, kpi }) => [
          id,
          value,
          counted,
          share,
          kpi?.period,
          kpi?.stale,
        ]);
        return { total: (evaluation.root.evaluation!.node('revenue') as { value: number }).value, list };
      };
      expect(parts('period')).to.deep.equal({
        total: 30,
        list: [
          ['a', 30, true, 1, '2026-03', false],
          ['b', 5, false, null, '2026-01', true],
        ],
      });
      // The year to date adds up every period's values: b's January is in it.
      expect(parts('ytd')).to.deep.equal({
        total: 65,
        list: [
          ['a', 60, true, 60 / 65, '2026-03', false],
          ['b', 5, true, 5 / 65, '2026-01', true],
        ],
      });
    });

    it('a sum roll-up equals the sum of the children in every period', async () => {
      const month = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`);
      const values = fc.dictionary(month, fc.integer({ min: -1e6, max: 1e6 }), { maxKeys: 12 });
      await fc.assert(
        fc.asyncProperty(fc.array(values, { minLength: 1, maxLength: 5 }), async (children) => {
          const files: Record<string, ServedFile> = {
            'company.json': card('company', [rolledRevenue()], { children: children.map((_, i) => child(`c${i}`)) }),
          };
          children.forEach((series, i) => (files[`c${i}.json`] = card(`c${i}`, [revenue(series)])));
          const { cascade } = await load(files);
          const expected: Record<string, number> = {};
          for (const series of children) for (const [period, value] of Object.entries(series)) expected[period] = (expected[period] ?? 0) + value;
          expect(actuals(cascade, 'company', 'revenue')).to.deep.equal(expected);
        }),
        { numRuns: 30 },
      );
    });

    it('builds the rolled-up models once per cascade and keeps a scorecard without roll-ups as it is', async () => {
      const { cascade } = await load(twoDepartments());
      const first = evaluateCascade(cascade, { asOf: '2026-02' });
      const again = evaluateCascade(cascade, { asOf: '2026-03', view: 'ytd' });
      expect(first.root.evaluation!.scorecard).to.equal(again.root.evaluation!.scorecard);
      expect(first.root.evaluation!.scorecard).not.to.equal(cascade.root.scorecard);
      expect(first.node('company/a')!.evaluation!.scorecard).to.equal(cascade.nodes[1]!.scorecard);
      expect(evaluateCascade(cascade, { asOf: '2026-02' })).to.equal(first);
    });
  });

  describe('alignment and the off-track filter', () => {
    it('lists the child objectives that serve a parent objective, and the chain above what is off track', async () => {
      const files: Record<string, ServedFile> = {};
      for (const name of ['company', 'sales', 'marketing', 'customer-success', 'sales-enterprise-team']) {
        files[`${name}.json`] = await (await fetch(`/demo/data/cascade/${name}.json`)).json();
      }
      const { cascade } = await load(files);
      const evaluation = evaluateCascade(cascade);
      expect(evaluation.asOf).to.equal('2026-10');
      expect(alignedObjectives(evaluation, 'acme-company', 'grow-pipeline').map((a) => `${a.childId}: ${a.objective.id}`)).to.deep.equal([
        'sales: qualify-pipeline',
        'marketing: generate-demand',
      ]);
      expect(alignmentsOf(evaluation, 'acme-company/sales/enterprise-ae').map((a) => `${a.objective.id} → ${a.serves.id}`)).to.deep.equal([
        'book-meetings → close-new-business',
      ]);
      expect(alignmentsOf(evaluation, 'acme-company')).to.deep.equal([]);
      expect(evaluation.node('acme-company/marketing')!.status).to.equal('off-track');
      expect([...offTrackKeys(evaluation)].sort()).to.deep.equal(['acme-company', 'acme-company/marketing']);
      // The company's revenue: sales' new business plus customer success's expansion.
      expect(evaluation.root.evaluation!.node('revenue')).to.include({ value: 301500 + 96000, target: 420000 });
    });
  });
});
