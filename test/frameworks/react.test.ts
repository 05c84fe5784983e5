/**
 * bsc-kit in React 19, written as a React application writes it (`createElement` is what JSX
 * compiles to). React 19 sets a prop on a custom element as a property when the element has that
 * property, else as an attribute; a prop `on` + event name listens for that event, the name taken
 * verbatim after `on`.
 */
import { expect } from '@open-wc/testing';
import { createElement, createRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js';
import type { BscKpiGauge, BscScorecard, BscSelectDetail } from '../../src/index.js';
import { kpiNameButton, meterOf, revenueScorecard, shown } from './scorecard-page.js';

describe('bsc-kit in React 19', () => {
  let container: HTMLDivElement;
  let root: Root;
  const render = (node: ReactNode) => flushSync(() => root.render(node));

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  const scorecard = () => container.querySelector<BscScorecard>('bsc-scorecard')!;

  it('passes a model object to bsc-scorecard as a property, not as "[object Object]"', async () => {
    const model = revenueScorecard('From React');
    render(createElement('bsc-scorecard', { model }));
    await shown(scorecard());
    expect(scorecard().model).to.equal(model);
    expect(scorecard().hasAttribute('model')).to.be.false;
    expect(scorecard().shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('From React');
  });

  it('shows the next model object when the component renders again', async () => {
    render(createElement('bsc-scorecard', { model: revenueScorecard('First') }));
    await shown(scorecard());
    const element = scorecard();
    render(createElement('bsc-scorecard', { model: revenueScorecard('Second') }));
    await element.updateComplete;
    expect(scorecard()).to.equal(element);
    expect(element.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Second');
  });

  it('renders bsc-kpi-gauge from attributes (kebab-case ones included)', async () => {
    render(createElement('bsc-kpi-gauge', { value: 72, target: 80, 'red-flag': 60, label: 'Revenue growth', locale: 'en-US' }));
    const gauge = container.querySelector<BscKpiGauge>('bsc-kpi-gauge')!;
    const meter = await meterOf(gauge);
    expect(gauge.redFlag).to.equal(60);
    expect(meter.getAttribute('aria-valuenow')).to.equal('72');
    expect(meter.getAttribute('aria-valuetext')).to.match(/^72, 90\s?% of target, at risk$/);
  });

  it('reads numbers passed as strings, as JSX writes value="72"', async () => {
    render(createElement('bsc-kpi-gauge', { value: '72', target: '80', 'red-flag': '60', locale: 'en-US' }));
    const meter = await meterOf(container.querySelector('bsc-kpi-gauge')!);
    expect(meter.getAttribute('aria-valuetext')).to.match(/^72, 90\s?% of target, at risk$/);
  });

  it('receives bsc-select through an onbsc-select prop', async () => {
    const selections: BscSelectDetail[] = [];
    render(
      createElement('bsc-scorecard', { model: revenueScorecard(), 'onbsc-select': (event: CustomEvent<BscSelectDetail>) => selections.push(event.detail) }),
    );
    (await kpiNameButton(scorecard(), 'Revenue')).click();
    expect(selections).to.deep.equal([{ kind: 'kpi', id: 'revenue' }]);
  });

  it('takes the event name verbatim: onBsc-select listens for "Bsc-select" and hears nothing', async () => {
    const selections: unknown[] = [];
    render(createElement('bsc-scorecard', { model: revenueScorecard(), 'onBsc-select': (event: Event) => selections.push(event) }));
    (await kpiNameButton(scorecard(), 'Revenue')).click();
    expect(selections).to.deep.equal([]);
  });

  it('hears bsc-load through onbsc-load when the model property arrives', async () => {
    const loaded: string[] = [];
    render(
      createElement('bsc-scorecard', {
        model: revenueScorecard('Loaded'),
        'onbsc-load': (event: CustomEvent<{ scorecard: { title: string } }>) => loaded.push(event.detail.scorecard.title),
      }),
    );
    await shown(scorecard());
    expect(loaded).to.deep.equal(['Loaded']);
  });

  it('receives bsc-select through addEventListener on a ref as well', async () => {
    const ref = createRef<BscScorecard>();
    render(createElement('bsc-scorecard', { ref, model: revenueScorecard() }));
    const selections: BscSelectDetail[] = [];
    ref.current!.addEventListener('bsc-select', (event) => selections.push(event.detail));
    (await kpiNameButton(ref.current!, 'Revenue')).click();
    expect(selections).to.deep.equal([{ kind: 'kpi', id: 'revenue' }]);
  });

  it('stops listening when the handler prop goes away', async () => {
    const selections: unknown[] = [];
    const model = revenueScorecard();
    render(createElement('bsc-scorecard', { model, 'onbsc-select': (event: Event) => selections.push(event) }));
    render(createElement('bsc-scorecard', { model }));
    (await kpiNameButton(scorecard(), 'Revenue')).click();
    expect(selections).to.deep.equal([]);
  });
});
