import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, filterScorecard, FILTER_STATUSES, parseFilterStatuses, scorecardOwners, type ScorecardFilter } from '../../src/engine/index.js';
import { parsed } from '../support/model.js';

/** An up KPI, target 100, red flag 80: 70 is off track, 90 at risk, 100 on track; null has no data. */
const kpi = (id: string, actual: number | null, fields: Record<string, unknown> = {}) => ({
  id,
  title: `${id} rate`,
  target: 100,
  redFlag: 80,
  series: actual === null ? [] : [{ period: '2026-10', actual }],
  ...fields,
});

const scorecard = parsed({
  version: 1,
  id: 'filter',
  title: 'Filter',
  asOf: '2026-10',
  perspectives: [
    {
      id: 'financial',
      title: 'Financial',
      objectives: [
        { id: 'grow', title: 'Grow revenue', owner: 'CFO', kpis: [kpi('bookings', 70), kpi('margin', 100, { owner: 'Controller' })] },
        { id: 'cash', title: 'Strengthen cash', owner: 'Treasurer', kpis: [kpi('dso', 90)] },
      ],
    },
    {
      id: 'customer',
      title: 'Customer',
      objectives: [{ id: 'delight', title: 'Délight customers', owner: 'CCO', kpis: [kpi('nps', null), kpi('churn', 100, { owner: 'CFO' })] }],
    },
  ],
});
const evaluation = evaluate(scorecard);
const shown = (filter: ScorecardFilter) => {
  const result = filterScorecard(evaluation, filter)!;
  return { kpis: [...result.kpis], objectives: [...result.objectives], perspectives: [...result.perspectives], shown: result.shown, total: result.total };
};

describe('filterScorecard', () => {
  it('shows everything for an empty filter', () => {
    expect(filterScorecard(evaluation, {})).to.equal(null);
    expect(filterScorecard(evaluation, { status: [], owner: '', text: '  ' })).to.equal(null);
  });

  it('keeps the KPIs of any chosen status, and the groups that hold them', () => {
    expect(shown({ status: ['off-track', 'no-data'] })).to.deep.equal({
      kpis: ['bookings', 'nps'],
      objectives: ['grow', 'delight'],
      perspectives: ['financial', 'customer'],
      shown: 2,
      total: 5,
    });
    expect(shown({ status: ['at-risk'] })).to.deep.include({ kpis: ['dso'], objectives: ['cash'], perspectives: ['financial'] });
  });

  it('matches an owner on the KPI or on its objective', () => {
    expect(shown({ owner: 'CFO' }).kpis).to.deep.equal(['bookings', 'margin', 'churn']);
    expect(shown({ owner: 'Controller' }).kpis).to.deep.equal(['margin']);
  });

  it('searches the titles of KPIs, objectives and perspectives, whatever the case', () => {
    expect(shown({ text: 'DSO' }).kpis).to.deep.equal(['dso']);
    expect(shown({ text: 'cash' }).kpis).to.deep.equal(['dso']);
    expect(shown({ text: 'customer' }).kpis).to.deep.equal(['nps', 'churn']);
    expect(shown({ text: 'délight' }).kpis).to.deep.equal(['nps', 'churn']);
    expect(shown({ text: 'nothing like it' })).to.deep.include({ kpis: [], objectives: [], perspectives: [], shown: 0, total: 5 });
  });

  it('asks for every part of the filter at once', () => {
    expect(shown({ owner: 'CFO', status: ['off-track'] }).kpis).to.deep.equal(['bookings']);
    expect(shown({ owner: 'CFO', text: 'churn' }).kpis).to.deep.equal(['churn']);
  });

  it('finds stale KPIs whatever their status', () => {
    const late = parsed({
      version: 1,
      id: 'late',
      title: 'Late',
      asOf: '2026-10',
      perspectives: [
        {
          id: 'p',
          title: 'P',
          objectives: [
            { id: 'o', title: 'O', kpis: [{ ...kpi('old', null), staleAfter: 1, series: [{ period: '2026-08', actual: 100 }] }, kpi('fresh', 100)] },
          ],
        },
      ],
    });
    expect([...filterScorecard(evaluate(late), { status: ['stale'] })!.kpis]).to.deep.equal(['old']);
  });

  it('lists the owners once each, in the order of the model', () => {
    const owners = scorecardOwners(scorecard);
    expect([...owners].sort()).to.deep.equal(['CCO', 'CFO', 'Controller', 'Treasurer']);
    expect(new Set(owners).size).to.equal(owners.length);
  });

  it('reads the statuses of an attribute, known ones only', () => {
    expect(parseFilterStatuses(' at-risk  off-track bogus at-risk ')).to.deep.equal(['off-track', 'at-risk']);
    expect(parseFilterStatuses(undefined)).to.deep.equal([]);
  });
});

describe('filterScorecard properties', () => {
  const filter = fc.record({
    status: fc.subarray([...FILTER_STATUSES]),
    owner: fc.constantFrom('', 'CFO', 'CCO', 'Controller', 'nobody'),
    text: fc.constantFrom('', 'r', 'rate', 'cash', 'Customer', 'zzz'),
  });

  it('shows a KPI only with the objective and perspective that hold it, and no group left empty', () => {
    fc.assert(
      fc.property(filter, (f) => {
        const result = filterScorecard(evaluation, f);
        if (!result) return;
        for (const perspective of scorecard.perspectives) {
          const objectives = perspective.objectives.filter((o) => result.objectives.has(o.id));
          expect(result.perspectives.has(perspective.id)).to.equal(objectives.length > 0);
          for (const objective of perspective.objectives) {
            expect(result.objectives.has(objective.id)).to.equal(objective.kpis.some((k) => result.kpis.has(k.id)));
          }
        }
        expect(result.shown).to.equal(result.kpis.size);
      }),
    );
  });

  it('narrows as the filter asks for more', () => {
    fc.assert(
      fc.property(filter, filter, (a, b) => {
        const both = filterScorecard(evaluation, { ...a, owner: a.owner || b.owner, text: a.text || b.text });
        const one = filterScorecard(evaluation, a);
        if (!both || !one) return;
        for (const id of both.kpis) expect(one.kpis.has(id)).to.equal(true);
      }),
    );
  });
});
