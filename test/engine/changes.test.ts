import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { changes, comparedPeriod, evaluate, statusMove, STATUSES, type Status, type StatusMove } from '../../src/engine/index.js';
import { parsed, scorecardOf } from '../support/model.js';

const PERIODS = ['2026-07', '2026-08', '2026-09', '2026-10'];

/** An up KPI with target 100 and red flag 80 (scores: 70 off track, 90 at risk, 100 on track, 120 exceeding). */
const kpi = (id: string, actuals: (number | null)[], fields: Record<string, unknown> = {}) => ({
  id,
  title: `KPI ${id}`,
  target: 100,
  redFlag: 80,
  series: actuals.flatMap((actual, i) => (actual === null ? [] : [{ period: PERIODS[i]!, actual }])),
  ...fields,
});

describe('changes', () => {
  it('lists each node whose status moved, from → to, better or worse, in model order', () => {
    const scorecard = scorecardOf([kpi('a', [null, null, 90, 70]), kpi('b', [null, null, 90, 100]), kpi('c', [null, null, 100, 100])], { asOf: '2026-10' });
    const now = evaluate(scorecard);
    const result = changes(now, evaluate(scorecard, { asOf: '2026-09' }));
    expect(result.period).to.equal('2026-10');
    expect(result.previous).to.equal('2026-09');
    expect(result.moved.map(({ id, kind, from, to, move }) => [id, kind, from, to, move])).to.deep.equal([
      ['a', 'kpi', 'at-risk', 'off-track', 'worse'],
      ['b', 'kpi', 'at-risk', 'on-track', 'better'],
    ]);
    expect(result.counts).to.deep.equal({ better: 1, worse: 1, 'no-data': 0, data: 0, unscored: 0, scored: 0 });
    expect(result.moved[0]!.title).to.equal('KPI a');
  });

  it('names the groups that moved, scorecard first', () => {
    const scorecard = scorecardOf([kpi('a', [null, null, 100, 70])], { asOf: '2026-10' });
    const result = changes(evaluate(scorecard), evaluate(scorecard, { asOf: '2026-09' }));
    expect(result.moved.map(({ id, kind, move }) => [id, kind, move])).to.deep.equal([
      ['test', 'scorecard', 'worse'],
      ['perspective', 'perspective', 'worse'],
      ['objective', 'objective', 'worse'],
      ['a', 'kpi', 'worse'],
    ]);
  });

  it('tells data that is gone and data that came apart from better and worse', () => {
    const scorecard = scorecardOf([kpi('gone', [null, null, 90, null]), kpi('came', [null, null, null, 90])], { asOf: '2026-10' });
    const moves = (asOf: string, than: string) =>
      Object.fromEntries(
        changes(evaluate(scorecard, { asOf }), evaluate(scorecard, { asOf: than }))
          .moved.filter((c) => c.kind === 'kpi')
          .map((c) => [c.id, c.move]),
      );
    expect(moves('2026-10', '2026-09')).to.deep.equal({ gone: 'no-data', came: 'data' });
    expect(moves('2026-09', '2026-10')).to.deep.equal({ gone: 'data', came: 'no-data' });
  });

  it('lists the nodes newly stale', () => {
    const scorecard = scorecardOf([kpi('late', [100, 100, null, null], { staleAfter: 1 })], { asOf: '2026-10' });
    const result = changes(evaluate(scorecard), evaluate(scorecard, { asOf: '2026-09' }));
    expect(result.newlyStale.map(({ id, kind, status }) => [id, kind, status])).to.deep.equal([
      ['test', 'scorecard', 'on-track'],
      ['perspective', 'perspective', 'on-track'],
      ['objective', 'objective', 'on-track'],
      ['late', 'kpi', 'on-track'],
    ]);
    expect(result.moved).to.deep.equal([]);
  });

  it('has a period to compare with after the first period with data, not at it', () => {
    const scorecard = scorecardOf([kpi('a', [null, 100, 100, 100])], { asOf: '2026-10' });
    expect(comparedPeriod(evaluate(scorecard))).to.equal('2026-09');
    expect(comparedPeriod(evaluate(scorecard, { asOf: '2026-09' }))).to.equal('2026-08');
    expect(comparedPeriod(evaluate(scorecard, { asOf: '2026-08' }))).to.equal(null);
    const quarterly = parsed({ version: 1, id: 'q', title: 'Q', periodicity: 'quarter', perspectives: [] });
    expect(comparedPeriod(evaluate(quarterly, { asOf: '2026-Q3' }))).to.equal(null);
  });

  it('orders the score bands for better and worse, and gives moves without a band their own kinds', () => {
    const table = (from: Status) => STATUSES.filter((to) => to !== from).map((to) => statusMove(from, to));
    expect(table('at-risk')).to.deep.equal(['better', 'better', 'worse', 'no-data', 'unscored']);
    expect(table('no-data')).to.deep.equal(['data', 'data', 'data', 'data', 'data']);
    expect(table('info')).to.deep.equal(['scored', 'scored', 'scored', 'scored', 'no-data']);
  });
});

describe('changes properties', () => {
  const actual = fc.option(fc.constantFrom(60, 70, 85, 90, 100, 110, 120), { nil: null });
  const model = fc
    .array(fc.tuple(fc.array(actual, { minLength: 4, maxLength: 4 }), fc.boolean(), fc.option(fc.nat(2), { nil: undefined })), { minLength: 1, maxLength: 6 })
    .map((kpis) =>
      scorecardOf(
        kpis.map(([actuals, down, staleAfter], i) =>
          kpi(`k${i}`, down ? actuals.map((a) => (a === null ? null : 200 - a)) : actuals, {
            ...(down ? { polarity: 'down', target: 100, redFlag: 120 } : {}),
            ...(staleAfter === undefined ? {} : { staleAfter }),
          }),
        ),
        { asOf: '2026-10' },
      ),
    );
  const pair = fc.tuple(model, fc.constantFrom(...PERIODS), fc.constantFrom(...PERIODS), fc.constantFrom('period' as const, 'ytd' as const));

  it('finds nothing between an evaluation and itself', () => {
    fc.assert(
      fc.property(model, fc.constantFrom(...PERIODS), (scorecard, asOf) => {
        const evaluation = evaluate(scorecard, { asOf });
        const result = changes(evaluation, evaluation);
        expect(result.moved).to.deep.equal([]);
        expect(result.newlyStale).to.deep.equal([]);
      }),
    );
  });

  it('reports only nodes whose statuses differ, each counted once', () => {
    fc.assert(
      fc.property(pair, ([scorecard, a, b, view]) => {
        const now = evaluate(scorecard, { asOf: a, view });
        const before = evaluate(scorecard, { asOf: b, view });
        const result = changes(now, before);
        for (const change of result.moved) {
          expect(change.from).to.not.equal(change.to);
          expect(change.to).to.equal(now.node(change.id)!.status);
          expect(change.from).to.equal(before.node(change.id)!.status);
        }
        expect(new Set(result.moved.map((c) => c.id)).size).to.equal(result.moved.length);
        const total = Object.values(result.counts).reduce((sum, n) => sum + n, 0);
        expect(total).to.equal(result.moved.length);
      }),
    );
  });

  it('inverts every move when the evaluations swap', () => {
    const opposite: Record<StatusMove, StatusMove> = {
      better: 'worse',
      worse: 'better',
      'no-data': 'data',
      data: 'no-data',
      unscored: 'scored',
      scored: 'unscored',
    };
    fc.assert(
      fc.property(pair, ([scorecard, a, b, view]) => {
        const now = evaluate(scorecard, { asOf: a, view });
        const before = evaluate(scorecard, { asOf: b, view });
        const forward = changes(now, before).moved;
        const backward = changes(before, now).moved;
        expect(backward.map((c) => [c.id, c.from, c.to, c.move])).to.deep.equal(forward.map((c) => [c.id, c.to, c.from, opposite[c.move]]));
      }),
    );
  });

  it('counts a node newly stale in one direction only', () => {
    fc.assert(
      fc.property(pair, ([scorecard, a, b, view]) => {
        const now = evaluate(scorecard, { asOf: a, view });
        const before = evaluate(scorecard, { asOf: b, view });
        const forward = new Set(changes(now, before).newlyStale.map((c) => c.id));
        for (const change of changes(before, now).newlyStale) expect(forward.has(change.id)).to.equal(false);
      }),
    );
  });
});
