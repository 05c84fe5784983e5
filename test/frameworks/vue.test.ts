/**
 * bsc-kit in Vue 3, both as render functions (`h`) and as templates compiled in the browser. Vue
 * sets a binding on an element as a DOM property when the element has that property (`key in el`),
 * else as an attribute; `@bsc-select` in a template and `onBscSelect` / `'onBsc-select'` in `h()`
 * all listen for `bsc-select`.
 */
import { expect } from '@open-wc/testing';
import { createApp, h, nextTick, shallowRef, type App } from 'vue';
import '../../src/index.js';
import type { BscKpiGauge, BscScorecard, BscSelectDetail } from '../../src/index.js';
import { kpiNameButton, meterOf, revenueScorecard, shown } from './scorecard-page.js';

describe('bsc-kit in Vue 3', () => {
  let container: HTMLDivElement;
  let app: App | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
  });

  /** Mounts an application the way a page does, telling Vue's compiler that `bsc-*` tags are custom elements. */
  const mount = (component: Parameters<typeof createApp>[0]) => {
    app = createApp(component);
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('bsc-');
    app.mount(container);
  };
  const scorecard = () => container.querySelector<BscScorecard>('bsc-scorecard')!;
  const title = () => scorecard().shadowRoot!.querySelector('[part~="title"]')!.textContent;

  describe('with render functions', () => {
    it('passes a model object to bsc-scorecard as a property', async () => {
      const model = revenueScorecard('From Vue');
      mount({ render: () => h('bsc-scorecard', { model }) });
      await shown(scorecard());
      expect(scorecard().model).to.equal(model);
      expect(scorecard().hasAttribute('model')).to.be.false;
      expect(title()).to.equal('From Vue');
    });

    it('renders bsc-kpi-gauge from attributes (kebab-case ones included)', async () => {
      mount({ render: () => h('bsc-kpi-gauge', { value: 72, target: 80, 'red-flag': 60, label: 'Revenue growth', locale: 'en-US' }) });
      const gauge = container.querySelector<BscKpiGauge>('bsc-kpi-gauge')!;
      const meter = await meterOf(gauge);
      expect(gauge.redFlag).to.equal(60);
      expect(meter.getAttribute('aria-valuetext')).to.match(/^72, 90\s?% of target, at risk$/);
    });

    for (const prop of ['onBscSelect', 'onBsc-select']) {
      it(`receives bsc-select through ${prop}`, async () => {
        const selections: BscSelectDetail[] = [];
        mount({
          render: () => h('bsc-scorecard', { model: revenueScorecard(), [prop]: (event: CustomEvent<BscSelectDetail>) => selections.push(event.detail) }),
        });
        (await kpiNameButton(scorecard(), 'Revenue')).click();
        expect(selections).to.deep.equal([{ kind: 'kpi', id: 'revenue' }]);
      });
    }
  });

  describe('with a template', () => {
    it('binds the model with :model, numbers with :value, and hears @bsc-select and @bsc-load', async () => {
      const selections: BscSelectDetail[] = [];
      const loads: string[] = [];
      const model = shallowRef(revenueScorecard('From a template'));
      mount({
        template: `<bsc-scorecard :model="model" @bsc-select="selections.push($event.detail)" @bsc-load="loads.push($event.detail.scorecard.title)"></bsc-scorecard>
          <bsc-kpi-gauge :value="72" :target="80" red-flag="60" label="Revenue growth" locale="en-US"></bsc-kpi-gauge>`,
        setup: () => ({ model, selections, loads }),
      });
      await shown(scorecard());
      expect(scorecard().model).to.equal(model.value);
      expect(title()).to.equal('From a template');
      expect((await meterOf(container.querySelector('bsc-kpi-gauge')!)).getAttribute('aria-valuetext')).to.match(/at risk$/);

      (await kpiNameButton(scorecard(), 'Revenue')).click();
      expect(selections).to.deep.equal([{ kind: 'kpi', id: 'revenue' }]);

      model.value = revenueScorecard('Changed in Vue');
      await nextTick();
      await scorecard().updateComplete;
      expect(title()).to.equal('Changed in Vue');
      expect(loads).to.deep.equal(['From a template', 'Changed in Vue']);
    });

    it('reads numbers written as static attributes in a template', async () => {
      mount({ template: `<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth" locale="en-US"></bsc-kpi-gauge>` });
      const meter = await meterOf(container.querySelector('bsc-kpi-gauge')!);
      expect(meter.getAttribute('aria-valuetext')).to.match(/^72, 90\s?% of target, at risk$/);
    });
  });
});
