import { expect } from '@open-wc/testing';
import { parseScorecard, type ScorecardInput } from '../../src/model/index.js';

const OBJECTIVE = 'perspectives[0].objectives[0]';
const KPI = `${OBJECTIVE}.kpis[0]`;

/** A monthly model whose one objective and one KPI take the given fields. */
function model({ kpi = {}, objective = {} }: { kpi?: Record<string, unknown>; objective?: Record<string, unknown> }): ScorecardInput {
  return {
    version: 1,
    id: 's',
    title: 'S',
    perspectives: [
      {
        id: 'p',
        title: 'P',
        objectives: [{ id: 'o', title: 'O', ...objective, kpis: [{ id: 'k', title: 'K', target: 10, series: [{ period: '2026-10', actual: 9 }], ...kpi }] }],
      },
    ],
  } as ScorecardInput;
}

function issues(input: ScorecardInput): string[] {
  const result = parseScorecard(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('commentary in the model', () => {
  it("accepts a period's comment and commentary on KPIs and objectives, and keeps them as written", () => {
    const result = parseScorecard(
      model({
        kpi: {
          series: [{ period: '2026-10', actual: 9, comment: { text: 'Two deals slipped to November.', author: 'CFO', date: '2026-11-03' } }],
          commentary: [{ period: '2026-10', text: 'Ask sales for the pipeline.', kind: 'recommendation' }],
        },
        objective: { commentary: [{ period: '2026-09', text: 'On course.', author: 'COO', date: '2026-10-02T09:30:00Z', kind: 'analysis' }] },
      }),
    );
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    const objective = result.scorecard.perspectives[0]!.objectives[0]!;
    expect(objective.kpis[0]!.series[0]!.comment).to.deep.equal({ text: 'Two deals slipped to November.', author: 'CFO', date: '2026-11-03' });
    expect(objective.kpis[0]!.commentary).to.deep.equal([{ period: '2026-10', text: 'Ask sales for the pipeline.', kind: 'recommendation' }]);
    expect(objective.commentary![0]!.author).to.equal('COO');
  });

  it('leaves commentary out of a model without any, rather than defaulting it', () => {
    const result = parseScorecard(model({}));
    expect(result.ok && 'commentary' in result.scorecard.perspectives[0]!.objectives[0]!.kpis[0]!).to.be.false;
  });

  it('names the path of empty or blank text', () => {
    expect(issues(model({ kpi: { series: [{ period: '2026-10', actual: 9, comment: { text: '' } }] } }))).to.include(
      `${KPI}.series[0].comment.text: must not be empty (got "")`,
    );
    expect(issues(model({ objective: { commentary: [{ period: '2026-10', text: '   ' }] } }))).to.deep.equal([
      `${OBJECTIVE}.commentary[0].text: must not be blank (got "   ")`,
    ]);
  });

  it('names a commentary entry without a period, or with a malformed one', () => {
    expect(issues(model({ kpi: { commentary: [{ text: 'Why' }] } }))).to.deep.equal([`${KPI}.commentary[0].period: is required: a period such as "2026-10"`]);
    expect(issues(model({ kpi: { commentary: [{ period: 'Oct 2026', text: 'Why' }] } }))[0]).to.match(
      /^perspectives\[0\]\.objectives\[0\]\.kpis\[0\]\.commentary\[0\]\.period: must be a period: "2026"/,
    );
  });

  it("wants a commentary's period real and of the node's periodicity", () => {
    expect(issues(model({ kpi: { commentary: [{ period: '2026-13', text: 'Why' }] } }))).to.deep.equal([
      `${KPI}.commentary[0].period: "2026-13" is not a real period (a month must be 01–12, a week 01–53 of its ISO year, a day must exist)`,
    ]);
    expect(issues(model({ objective: { commentary: [{ period: '2026-Q4', text: 'Why' }] } }))).to.deep.equal([
      `${OBJECTIVE}.commentary[0].period: must be a month period like "2026-10", matching the periodicity (got the quarter "2026-Q4")`,
    ]);
    // A quarterly KPI in a monthly scorecard speaks of quarters.
    const quarterly = { periodicity: 'quarter', series: [{ period: '2026-Q4', actual: 9 }], commentary: [{ period: '2026-Q4', text: 'Why' }] };
    expect(issues(model({ kpi: quarterly }))).to.deep.equal([]);
  });

  it('wants a date that is a date, and a day that exists', () => {
    expect(issues(model({ kpi: { series: [{ period: '2026-10', actual: 9, comment: { text: 'x', date: 'yesterday' } }] } }))).to.deep.equal([
      `${KPI}.series[0].comment.date: must be an ISO 8601 date such as "2026-10-31" (got "yesterday")`,
    ]);
    expect(issues(model({ objective: { commentary: [{ period: '2026-10', text: 'x', date: '2026-02-30' }] } }))).to.deep.equal([
      `${OBJECTIVE}.commentary[0].date: "2026-02-30" is not a real date`,
    ]);
  });

  it('names the kinds a commentary entry may be, and suggests a misspelt field', () => {
    expect(issues(model({ kpi: { commentary: [{ period: '2026-10', text: 'x', kind: 'summary' }] } }))).to.deep.equal([
      `${KPI}.commentary[0].kind: must be "analysis" or "recommendation" (got "summary")`,
    ]);
    expect(issues(model({ objective: { comentary: [] } }))).to.deep.equal([`${OBJECTIVE}.comentary: is not a field here — did you mean "commentary"?`]);
    expect(issues(model({ kpi: { series: [{ period: '2026-10', actual: 9, comment: 'Slipped' }] } }))).to.deep.equal([
      `${KPI}.series[0].comment: must be an object (got "Slipped")`,
    ]);
  });
});
