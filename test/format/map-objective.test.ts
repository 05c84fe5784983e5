import { expect } from '@open-wc/testing';
import { causalLinks } from '../../src/charts/causal-links.js';
import { evaluate } from '../../src/engine/index.js';
import { resolveLabels } from '../../src/format/index.js';
import { describeMapObjective } from '../../src/format/map-objective.js';
import { parsed } from '../support/model.js';

const retention = { id: 'retention', title: 'Retention', unit: 'percent', target: 0.9, redFlag: 0.8, series: [{ period: '2026-10', actual: 0.95 }] };
const map = parsed({
  version: 1,
  id: 'map',
  title: 'Map',
  asOf: '2026-10',
  perspectives: [
    { id: 'financial', title: 'Financial', objectives: [{ id: 'grow', title: 'Grow revenue' }] },
    {
      id: 'customer',
      title: 'Customer',
      objectives: [
        { id: 'keep', title: 'Keep customers', kpis: [retention] },
        { id: 'win', title: 'Win customers' },
      ],
    },
  ],
  links: [
    { from: 'keep', to: 'grow', label: 'Loyal customers buy more' },
    { from: 'win', to: 'keep' },
    { from: 'win', to: 'grow' },
  ],
  themes: [{ id: 'people', title: 'People', objectives: ['keep'] }],
});
const evaluation = evaluate(map);
const links = causalLinks(map);
const labels = resolveLabels('en-US');

describe('describeMapObjective', () => {
  it('says the title, status, score, what drives it and what it drives, and its themes', () => {
    expect(describeMapObjective('keep', evaluation, links, { locale: 'en-US', labels, withLinkLabels: false })).to.equal(
      'Keep customers, on track, Score 8.3, Driven by Win customers, Drives Grow revenue, Part of People',
    );
  });

  it('names the links in the text alternative', () => {
    expect(describeMapObjective('keep', evaluation, links, { locale: 'en-US', labels, withLinkLabels: true })).to.contain(
      'Drives Grow revenue (Loyal customers buy more)',
    );
  });

  it('says no data and no score for an objective without KPIs, and lists in the locale', () => {
    expect(describeMapObjective('grow', evaluation, links, { locale: 'en-US', labels, withLinkLabels: false })).to.equal(
      'Grow revenue, no data, Driven by Keep customers and Win customers',
    );
    const german = describeMapObjective('grow', evaluation, links, { locale: 'de-DE', labels: resolveLabels('de-DE'), withLinkLabels: false });
    expect(german).to.contain('Keep customers und Win customers');
    expect(describeMapObjective('keep', evaluation, links, { locale: 'de-DE', labels: resolveLabels('de-DE'), withLinkLabels: false })).to.contain('8,3');
  });
});
