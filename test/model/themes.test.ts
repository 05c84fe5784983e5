/**
 * Strategic themes (`themes` at scorecard level): optional, additive, and checked as links are —
 * each objective a theme names must be an objective of the model.
 */
import { expect } from '@open-wc/testing';
import { parseScorecard, type ParseResult, type ScorecardInput } from '../../src/model/index.js';
import { scorecardJsonSchema } from '../../src/model/json-schema.js';

function model(themes?: unknown): ScorecardInput {
  const base: ScorecardInput = {
    version: 1,
    id: 'themed',
    title: 'Themed scorecard',
    perspectives: [
      {
        id: 'financial',
        title: 'Financial',
        objectives: [{ id: 'grow', title: 'Grow', kpis: [{ id: 'revenue', title: 'Revenue', target: 10 }] }],
      },
      { id: 'process', title: 'Process', objectives: [{ id: 'deliver', title: 'Deliver' }] },
    ],
    links: [{ from: 'deliver', to: 'grow' }],
  };
  return themes === undefined ? base : ({ ...base, themes } as ScorecardInput);
}

function issues(result: ParseResult): { path: string; message: string }[] {
  return result.ok ? [] : result.issues;
}

describe('strategic themes in the model', () => {
  it('are optional: a model without them parses as before, with no `themes` field', () => {
    const result = parseScorecard(model());
    expect(result.ok).to.equal(true);
    if (result.ok) expect('themes' in result.scorecard).to.equal(false);
  });

  it('parse with an id, a title, their objectives and an optional colour', () => {
    const result = parseScorecard(
      model([
        { id: 'excellence', title: 'Operational excellence', objectives: ['deliver', 'grow'], color: '#0f766e' },
        { id: 'intimacy', title: 'Customer intimacy', description: 'Close to the customer', color: 'teal' },
      ]),
    );
    expect(issues(result)).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.scorecard.themes).to.deep.equal([
      { id: 'excellence', title: 'Operational excellence', objectives: ['deliver', 'grow'], color: '#0f766e' },
      { id: 'intimacy', title: 'Customer intimacy', description: 'Close to the customer', objectives: [], color: 'teal' },
    ]);
  });

  it('name objectives of the model, as links do', () => {
    const result = parseScorecard(model([{ id: 'excellence', title: 'Excellence', objectives: ['deliver', 'nowhere', 'revenue', 'financial'] }]));
    expect(issues(result)).to.deep.equal([
      { path: 'themes[0].objectives[1]', message: 'names no objective: there is no "nowhere" in the model' },
      { path: 'themes[0].objectives[2]', message: 'names a KPI, "revenue": themes group objectives' },
      { path: 'themes[0].objectives[3]', message: 'names a perspective, "financial": themes group objectives' },
    ]);
  });

  it('list an objective once', () => {
    const result = parseScorecard(model([{ id: 'excellence', title: 'Excellence', objectives: ['deliver', 'grow', 'deliver'] }]));
    expect(issues(result)).to.deep.equal([{ path: 'themes[0].objectives[2]', message: 'lists "deliver" twice (also at objectives[0])' }]);
  });

  it('take ids unique across the whole model', () => {
    const result = parseScorecard(model([{ id: 'grow', title: 'Growth', objectives: [] }]));
    expect(issues(result)).to.deep.equal([
      { path: 'themes[0].id', message: 'duplicate id "grow": already used by the objective at perspectives[0].objectives[0].id' },
    ]);
  });

  it('take a colour as #rgb, #rrggbb, #rrggbbaa or a name, nothing else', () => {
    for (const color of ['#abc', '#abcd', '#0f766e', '#0f766e80', 'rebeccapurple']) {
      expect(issues(parseScorecard(model([{ id: 't', title: 'T', color }]))), color).to.deep.equal([]);
    }
    for (const color of ['red; fill: blue', 'url(#x)', '#12345', 'rgb(1,2,3)', '']) {
      const found = issues(parseScorecard(model([{ id: 't', title: 'T', color }])));
      expect(
        found.map((issue) => issue.path),
        color,
      ).to.deep.equal(['themes[0].color']);
      expect(found[0]!.message, color).to.match(/^must be a colour/);
    }
  });

  it('need an id and a title, and know no other fields', () => {
    const found = issues(parseScorecard(model([{ objectives: ['grow'], colour: 'red' }])));
    expect(found.map((issue) => issue.path).sort()).to.deep.equal(['themes[0].colour', 'themes[0].id', 'themes[0].title']);
  });

  it('are described in the JSON Schema', () => {
    const schema = scorecardJsonSchema() as {
      properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string }>; required?: string[] } }>;
    };
    const themes = schema.properties['themes']!;
    expect(themes.description).to.match(/^Strategic themes/);
    expect(themes.items!.required).to.deep.equal(['id', 'title']);
    expect(themes.items!.properties['objectives']!.description).to.match(/objectives the theme runs through/);
    expect(themes.items!.properties['color']!.description).to.match(/^The outline's colour/);
  });
});
