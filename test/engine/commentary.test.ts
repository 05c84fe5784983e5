import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { commentsInPeriod, periodComments } from '../../src/engine/index.js';
import { parsed, scorecardOf } from '../support/model.js';

describe("a node's comments for a period", () => {
  const scorecard = parsed({
    version: 1,
    id: 's',
    title: 'S',
    perspectives: [
      {
        id: 'p',
        title: 'P',
        objectives: [
          {
            id: 'o',
            title: 'O',
            commentary: [
              { period: '2026-10', text: 'Objective, October', kind: 'analysis' },
              { period: '2026-09', text: 'Objective, September' },
            ],
            kpis: [
              {
                id: 'monthly',
                title: 'Monthly',
                target: 10,
                commentary: [
                  { period: '2026-10', text: 'Recommendation', kind: 'recommendation' },
                  { period: '2026-10', text: 'Analysis', kind: 'analysis', author: 'CFO' },
                ],
                series: [
                  { period: '2026-08', actual: 8, comment: { text: 'August' } },
                  { period: '2026-09', actual: 9 },
                  { period: '2026-10', actual: 10, comment: { text: 'October', author: 'Ann', date: '2026-11-02' } },
                ],
              },
              { id: 'quarterly', title: 'Quarterly', target: 10, periodicity: 'quarter', series: [{ period: '2026-Q4', actual: 9, comment: { text: 'Q4' } }] },
              { id: 'carried', title: 'Carried', target: 10, series: [{ period: '2026-08', actual: 9, comment: { text: 'August only' } }] },
            ],
          },
        ],
      },
    ],
  });
  const texts = (id: string, period: string) => periodComments(scorecard, id, period).map((comment) => comment.text);

  it("are the period's own comment first, then the commentary naming the period, in model order", () => {
    expect(periodComments(scorecard, 'monthly', '2026-10')).to.deep.equal([
      { period: '2026-10', text: 'October', author: 'Ann', date: '2026-11-02' },
      { period: '2026-10', text: 'Recommendation', kind: 'recommendation' },
      { period: '2026-10', text: 'Analysis', kind: 'analysis', author: 'CFO' },
    ]);
    expect(texts('monthly', '2026-09')).to.deep.equal([]);
    expect(texts('monthly', '2026-08')).to.deep.equal(['August']);
  });

  it("are an objective's commentary for the period", () => {
    expect(texts('o', '2026-10')).to.deep.equal(['Objective, October']);
    expect(texts('o', '2026-09')).to.deep.equal(['Objective, September']);
  });

  it("take the KPI's own period that holds the as-of period: a quarterly KPI's Q4 in October", () => {
    expect(texts('quarterly', '2026-10')).to.deep.equal(['Q4']);
    expect(texts('quarterly', '2026-12')).to.deep.equal(['Q4']);
    expect(texts('quarterly', '2026-09')).to.deep.equal([]);
  });

  it('do not follow a value carried forward: they spoke of its period', () => {
    expect(texts('carried', '2026-10')).to.deep.equal([]);
  });

  it('are none for an unknown id or a text that is no period', () => {
    expect(texts('nothing', '2026-10')).to.deep.equal([]);
    expect(texts('monthly', 'October')).to.deep.equal([]);
  });

  it('property: each comment of a series is found in its own period, and in no other', () => {
    const months = fc.uniqueArray(fc.integer({ min: 0, max: 35 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(months, fc.array(fc.integer({ min: 0, max: 35 }), { maxLength: 6 }), (commented, entries) => {
        const period = (month: number) => `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
        const model = scorecardOf([
          {
            id: 'k',
            title: 'K',
            series: commented.map((month) => ({ period: period(month), actual: month, comment: { text: `series ${month}` } })),
            commentary: entries.map((month, i) => ({ period: period(month), text: `entry ${i}` })),
          },
        ]);
        const kpi = model.perspectives[0]!.objectives[0]!.kpis[0]!;
        const found: string[] = [];
        for (let month = 0; month < 36; month++) {
          const comments = commentsInPeriod(kpi, 'month', period(month)).map((comment) => comment.text);
          expect(comments).to.deep.equal(periodComments(model, 'k', period(month)).map((comment) => comment.text));
          // The series' comment leads; the entries follow in model order.
          const expected = [
            ...(commented.includes(month) ? [`series ${month}`] : []),
            ...entries.flatMap((entryMonth, i) => (entryMonth === month ? [`entry ${i}`] : [])),
          ];
          expect(comments).to.deep.equal(expected);
          found.push(...comments);
        }
        expect(found).to.have.length(commented.length + entries.length);
      }),
    );
  });
});
