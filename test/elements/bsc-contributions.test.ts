import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import { evaluateCascade } from '../../src/cascade/evaluate-cascade.js';
import { loadCascade } from '../../src/cascade/load-cascade.js';
import '../../src/elements/bsc-contributions.js';
import type { BscContributions } from '../../src/elements/bsc-contributions.js';
import { BASE, memoryFetch } from '../support/cascade-fetch.js';

const demo = () => loadCascade('/demo/data/cascade/company.json', { fetch: (url, init) => fetch(url, init), base: location.href });
const cells = (el: BscContributions) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('bsc-contributions', () => {
  it('breaks a rolled-up KPI down by child: value, share and status', async () => {
    const evaluation = evaluateCascade(await demo());
    const el = await fixture<BscContributions>(html`<bsc-contributions .evaluation=${evaluation} kpi="revenue" locale="en-US"></bsc-contributions>`);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Contributions');
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['Scorecard', 'Actual', 'Share', 'Status']);
    expect(cells(el)).to.deep.equal([
      ['Sales', '$301,500', '75.8%', 'At risk'],
      ['Customer success', '$96,000', '24.2%', 'On track'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="bar"] .fill')!.getAttribute('width')).to.equal(String((301500 / 397500) * 100));
    await expect(el).to.be.accessible();
  });

  it('follows the period and view of the evaluation it is given', async () => {
    const cascade = await demo();
    const el = await fixture<BscContributions>(
      html`<bsc-contributions .evaluation=${evaluateCascade(cascade, { view: 'ytd' })} node="acme-company/sales" kpi="qualified-meetings" locale="de-DE"></bsc-contributions>`,
    );
    expect(cells(el)).to.deep.equal([['Enterprise account executives', '386', '100 %', 'Gefährdet']]);
    el.evaluation = evaluateCascade(cascade, { asOf: '2026-06' });
    await el.updateComplete;
    expect(cells(el)).to.deep.equal([['Enterprise account executives', '44', '100 %', 'Im Plan']]);
  });

  it('shows a value carried forward from an earlier period with its period, outside the shares', async () => {
    const kpi = (series: { period: string; actual: number }[], fields = {}) => ({ id: 'k', title: 'K', aggregation: 'sum', series, ...fields });
    const card = (id: string, kpis: object[], fields = {}) => ({
      version: 1,
      id,
      title: id.toUpperCase(),
      asOf: '2026-03',
      perspectives: [{ id: 'p', title: 'P', objectives: [{ id: 'o', title: 'O', kpis }] }],
      ...fields,
    });
    const server = memoryFetch({
      'company.json': card('c', [{ id: 'k', title: 'K', aggregation: 'sum', rollupFrom: { kpi: 'k', aggregation: 'sum' } }], {
        children: [
          { id: 'a', title: 'A', src: 'a.json' },
          { id: 'b', title: 'B', src: 'b.json' },
        ],
      }),
      'a.json': card('a', [kpi([{ period: '2026-03', actual: 30 }])]),
      'b.json': card('b', [kpi([{ period: '2026-01', actual: 5 }], { staleAfter: 1 })]),
    });
    const evaluation = evaluateCascade(await loadCascade('company.json', { fetch: server.fetch, base: BASE }));
    const el = await fixture<BscContributions>(html`<bsc-contributions .evaluation=${evaluation} kpi="k" locale="en-US"></bsc-contributions>`);
    expect(cells(el)).to.deep.equal([
      ['A', '30', '100%', 'No target'],
      ['B', '5 As of Jan 2026', '—', 'No target, stale'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists the child objectives that serve an objective', async () => {
    const el = await fixture<BscContributions>(
      html`<bsc-contributions .evaluation=${evaluateCascade(await demo())} objective="grow-pipeline" locale="en-US"></bsc-contributions>`,
    );
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Served by');
    expect([...el.shadowRoot!.querySelectorAll('[part="item"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'At risk Qualify enough pipeline Sales',
      'Off track Source $400k of pipeline a month Marketing',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists a child that could not be loaded, and renders nothing where there is nothing to break down', async () => {
    const server = memoryFetch({
      'company.json': {
        version: 1,
        id: 'c',
        title: 'C',
        perspectives: [
          {
            id: 'p',
            title: 'P',
            objectives: [
              {
                id: 'o',
                title: 'O',
                kpis: [
                  { id: 'k', title: 'K', rollupFrom: { kpi: 'k' } },
                  { id: 'own', title: 'Own' },
                ],
              },
            ],
          },
        ],
        children: [{ id: 'a', title: 'A', src: 'a.json' }],
      },
    });
    const evaluation = evaluateCascade(await loadCascade('company.json', { fetch: server.fetch, base: BASE }));
    const el = await fixture<BscContributions>(html`<bsc-contributions .evaluation=${evaluation} kpi="k" locale="en-US"></bsc-contributions>`);
    expect(cells(el)).to.deep.equal([['A', '—', '—', 'Not loaded']]);
    for (const attributes of [{ kpi: 'own' }, { objective: 'o' }, { kpi: 'unknown' }]) {
      const empty = await fixture<BscContributions>(
        html`<bsc-contributions .evaluation=${evaluation} kpi=${attributes.kpi ?? ''} objective=${attributes.objective ?? ''}></bsc-contributions>`,
      );
      expect(empty.shadowRoot!.children.length, JSON.stringify(attributes)).to.equal(0);
    }
    const none = await fixture<BscContributions>(html`<bsc-contributions kpi="k"></bsc-contributions>`);
    expect(none.shadowRoot!.children.length).to.equal(0);
  });
});
