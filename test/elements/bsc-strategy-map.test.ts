import '../../src/format/locales/index.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { neighbourOf, readingOrder } from '../../src/charts/strategy-map.js';
import '../../src/elements/bsc-scorecard.js';
import '../../src/elements/bsc-strategy-map.js';
import type { BscStrategyMap } from '../../src/elements/bsc-strategy-map.js';
import { parseScorecard, type Scorecard } from '../../src/model/index.js';
import { errorsOf, inDiv, selections } from '../support/chart-fixtures.js';
import { DrivenResizeObserver, useDrivenResizeObserver } from '../support/driven-resize-observer.js';
import { parsed } from '../support/model.js';
import { deepActiveElement, loadAcme, scorecardFixture } from '../support/scorecard-fixture.js';
import { fetchText } from '../model/fetch-text.js';

const root = (el: BscStrategyMap) => el.shadowRoot!;
const svgOf = (el: BscStrategyMap) => root(el).querySelector<SVGSVGElement>('svg[part~="map"]')!;
const nodes = (el: BscStrategyMap) => [...root(el).querySelectorAll<SVGGElement>('[part~="node"]')];
const nodeOf = (el: BscStrategyMap, id: string) => root(el).querySelector<SVGGElement>(`[part~="node"][data-id="${id}"]`)!;
const onPath = (el: BscStrategyMap) =>
  nodes(el)
    .filter((node) => node.classList.contains('on-path'))
    .map((node) => node.dataset['id'])
    .sort();
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let acme: Scorecard;
let publicSector: Scorecard;
before(async () => {
  acme = await loadAcme();
  const result = parseScorecard(await fetchText('/demo/data/public-sector.json'));
  if (!result.ok) throw new Error('public-sector.json is invalid');
  publicSector = result.scorecard;
});

/** A map of `model` in a box `width` px wide. */
async function standalone(model: unknown, width = 960, attributes: Record<string, string> = {}) {
  const { wrapper, el } = await inDiv<BscStrategyMap>(
    { style: `width: ${width}px`, ...attributes },
    html`<bsc-strategy-map .model=${model}></bsc-strategy-map>`,
  );
  await el.updateComplete;
  return { wrapper, el };
}

describe('bsc-strategy-map', () => {
  useDrivenResizeObserver();

  describe('standalone, from `model`', () => {
    it('draws the lanes, the objectives with status and score, the links and the themes, and passes axe', async () => {
      const { el } = await standalone(acme);
      expect(svgOf(el).getAttribute('viewBox')).to.equal(`0 0 960 ${el.layout!.height}`);
      expect([...root(el).querySelectorAll('[part~="lane-title"]')].map(text)).to.deep.equal([
        'Financial',
        'Customer',
        'Internal process',
        'Learning & growth',
      ]);
      expect(nodes(el)).to.have.length(13);
      expect(root(el).querySelectorAll('[part~="edge"]')).to.have.length(18);
      expect(root(el).querySelectorAll('[part~="theme"]')).to.have.length(2);
      const grow = nodeOf(el, 'grow-revenue');
      expect(grow.getAttribute('role')).to.equal('button');
      expect(grow.classList.contains('at-risk')).to.equal(true);
      expect(text(grow.nextElementSibling!.querySelector('[part~="score"]'))).to.equal('5.8');
      expect(grow.getAttribute('aria-label')).to.equal(
        'Grow revenue profitably, at risk, Score 5.8, Driven by Keep and grow our accounts and Win new customers in target segments, Drives Improve profitability and Build digital capabilities',
      );
      expect(nodeOf(el, 'deliver-on-time').getAttribute('aria-label')).to.match(/, Part of Operational excellence$/);
      expect([...root(el).querySelectorAll('[part~="legend"] li')].map(text)).to.deep.equal(['Operational excellence', 'Customer intimacy']);
      // One stop of the Tab key: the first objective as read, lane by lane from the top.
      expect(
        nodes(el)
          .filter((node) => node.getAttribute('tabindex') === '0')
          .map((node) => node.dataset['id']),
      ).to.deep.equal([readingOrder(el.layout!)[0]!.id]);
      await expect(el).to.be.accessible();
    });

    it('says the whole map in words: each objective, its status, what drives it and what it drives', async () => {
      const { el } = await standalone(acme);
      const alternative = root(el).querySelector('[part~="text-alternative"]')!;
      expect(text(alternative.querySelector('summary'))).to.equal('The strategy map as text');
      const lanes = [...alternative.querySelectorAll(':scope > ul > li')];
      const ownText = (lane: Element) =>
        [...lane.childNodes]
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent)
          .join('')
          .trim();
      expect(lanes.map(ownText)).to.deep.equal(['Financial', 'Customer', 'Internal process', 'Learning & growth']);
      const items = [...alternative.querySelectorAll('ul ul li')].map(text);
      expect(items).to.have.length(13);
      expect(items[0]).to.equal(
        'Grow revenue profitably, at risk, Score 5.8, Driven by Keep and grow our accounts and Win new customers in target segments, Drives Improve profitability and Build digital capabilities (Growth funds the digital programme (a reinforcing loop))',
      );
      expect(items.find((item) => item.startsWith('Operate sustainably'))).to.equal(
        'Operate sustainably, at risk, Score 4.8, Drives Win new customers in target segments (Tenders increasingly score sustainability)',
      );
    });

    it('speaks the model’s language: German for the public-sector sample', async () => {
      const { el } = await standalone(publicSector);
      expect(svgOf(el).getAttribute('aria-label')).to.equal('Strategiekarte');
      expect(text(root(el).querySelector('summary'))).to.equal('Die Strategiekarte als Text');
      expect(nodeOf(el, 'zufriedene-buerger').getAttribute('aria-label')).to.equal(
        'Zufriedene Bürgerinnen und Bürger, gefährdet, Punktwert 6,6, Beeinflusst von Verfahren zügig abschließen, Verwaltungsleistungen digital anbieten und Haushalt solide führen',
      );
      expect(nodeOf(el, 'gesunde-arbeit').getAttribute('aria-label')).to.equal(
        'Gesund arbeiten, im Plan, Punktwert 7,3, Wirkt auf Verfahren zügig abschließen',
      );
      expect(text(root(el).querySelector('#keys'))).to.equal('Pfeiltasten wechseln zwischen den strategischen Zielen; die Eingabetaste wählt eines aus.');
    });

    it('shows an invalid model as an error, fires bsc-error, and keeps the last good map', async () => {
      const { wrapper, el } = await standalone(undefined);
      const errors = errorsOf(wrapper);
      expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No data');
      el.model = { version: 1, id: 'bad', title: 'Bad', perspectives: 'none' };
      await el.updateComplete;
      expect(root(el).querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(text(root(el).querySelector('[part~="error"] p'))).to.equal('The scorecard could not be shown');
      expect(errors).to.have.length(1);
      expect(errors[0]!.issues[0]!.path).to.equal('perspectives');
      expect(svgOf(el)).to.equal(null);

      el.model = acme;
      await el.updateComplete;
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
      const map = svgOf(el);
      el.model = JSON.stringify({ ...structuredClone(acme), links: [{ from: 'grow-revenue', to: 'nowhere' }] });
      await el.updateComplete;
      expect(errors).to.have.length(2);
      expect(errors[1]!.issues).to.deep.equal([{ path: 'links[0].to', message: 'names no objective: there is no "nowhere" in the model' }]);
      expect(text(root(el).querySelector('[part~="error"] p'))).to.equal('The latest update could not be shown; this is the last version that loaded.');
      expect(svgOf(el), 'the last good map stays').to.equal(map);
      await expect(el).to.be.accessible();
    });

    it('says so for a scorecard without objectives', async () => {
      const { el } = await standalone({ version: 1, id: 'empty', title: 'Empty', perspectives: [{ id: 'p', title: 'P' }] });
      const empty = root(el).querySelector('[part~="empty"]')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(text(empty)).to.equal('This scorecard has no objectives yet.');
      expect(svgOf(el)).to.equal(null);
    });
  });

  describe('layout', () => {
    it('fits its container and lays itself out again on resize, without re-creating the DOM', async () => {
      const { wrapper, el } = await standalone(acme, 960);
      const observer = DrivenResizeObserver.made.at(-1)!;
      expect([...observer.targets].map((target) => target.className)).to.deep.equal(['sizer']);
      expect(el.layout!.width).to.equal(960);
      const grow = nodeOf(el, 'grow-revenue');
      const frame = grow.querySelector('[part~="node-frame"]')!;
      const before = Number(frame.getAttribute('x'));

      wrapper.style.width = '720px';
      observer.report();
      await el.updateComplete;
      expect(el.layout!.width).to.equal(720);
      expect(svgOf(el).getAttribute('viewBox')).to.match(/^0 0 720 /);
      expect(nodeOf(el, 'grow-revenue'), 'the same element').to.equal(grow);
      expect(Number(frame.getAttribute('x'))).not.to.equal(before);
      expect(Math.max(...el.layout!.nodes.map((node) => node.x + node.width))).to.be.at.most(720);
      expect(svgOf(el).getBoundingClientRect().width).to.equal(720);
    });

    it('scales a map wider than its container down to fit it', async () => {
      const crowded = parsed({
        version: 1,
        id: 'crowded',
        title: 'Crowded',
        perspectives: [{ id: 'p', title: 'Fifteen', objectives: Array.from({ length: 15 }, (_, i) => ({ id: `o${i}`, title: `Objective number ${i + 1}` })) }],
      });
      const { el } = await standalone(crowded, 600);
      expect(el.layout!.width).to.be.above(600);
      expect(svgOf(el).getBoundingClientRect().width).to.equal(600);
    });

    it('stops observing its size when it leaves the document, and observes again when it comes back', async () => {
      const { wrapper, el } = await standalone(acme);
      const observer = DrivenResizeObserver.made.at(-1)!;
      el.remove();
      expect(observer.disconnected).to.equal(true);
      wrapper.append(el);
      await el.updateComplete;
      expect(observer.disconnected).to.equal(false);
      expect(observer.targets.size).to.equal(1);
    });

    it('mirrors right to left: each lane starts at the right', async () => {
      const { el } = await standalone(acme, 960, { dir: 'rtl' });
      const layout = el.layout!;
      expect(layout.direction).to.equal('rtl');
      for (const lane of layout.lanes) {
        const row = layout.nodes.filter((node) => node.lane === lane.index).sort((a, b) => a.order - b.order);
        for (let i = 1; i < row.length; i++) expect(row[i]!.x, row[i]!.id).to.be.below(row[i - 1]!.x);
      }
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const { el } = await standalone(acme, 960, { style: 'width: 960px; background: #111827; color-scheme: dark' });
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('inside a scorecard', () => {
    it('shows the scorecard’s model; a change of period changes statuses, never the layout', async () => {
      const f = await scorecardFixture<BscStrategyMap>(html`<bsc-strategy-map></bsc-strategy-map>`, acme);
      const el = f.element;
      await el.updateComplete;
      expect(nodes(el)).to.have.length(13);
      const layout = el.layout!;
      const grow = nodeOf(el, 'grow-revenue');
      const x = grow.querySelector('[part~="node-frame"]')!.getAttribute('x');
      const scores = () => [...root(el).querySelectorAll('[part~="score"]')].map((score) => text(score));
      const october = scores();

      await f.update({ period: '2026-03' });
      expect(scores()).not.to.deep.equal(october);
      expect(el.layout, 'the same layout object: memoised per model and width').to.equal(layout);
      expect(nodeOf(el, 'grow-revenue')).to.equal(grow);
      expect(grow.querySelector('[part~="node-frame"]')!.getAttribute('x')).to.equal(x);
    });

    it('stays quiet while its scorecard loads', async () => {
      const scorecard = await fixture(html`<bsc-scorecard><bsc-strategy-map></bsc-strategy-map></bsc-scorecard>`);
      const el = scorecard.querySelector('bsc-strategy-map')!;
      await el.updateComplete;
      expect(root(el).querySelector('svg, [part~="empty"], [part~="error"]')).to.equal(null);
    });
  });

  describe('interaction', () => {
    it('takes one Tab stop, moves with the arrow keys as the objectives are placed, and selects with Enter, Space or a click', async () => {
      const { wrapper, el } = await standalone(acme);
      const button = document.createElement('button');
      button.textContent = 'before';
      wrapper.prepend(button);
      button.focus();
      await sendKeys({ press: 'Tab' });
      const layout = el.layout!;
      const first = readingOrder(layout)[0]!.id;
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(first);

      const right = neighbourOf(layout, first, 'right')!;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(right);
      expect(nodeOf(el, right).getAttribute('tabindex')).to.equal('0');
      expect(nodeOf(el, first).getAttribute('tabindex')).to.equal('-1');

      const down = neighbourOf(layout, right, 'down')!;
      expect(layout.nodes.find((node) => node.id === down)!.lane).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(down);

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(readingOrder(layout).at(-1)!.id);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(first);

      expect(await selections(el, () => sendKeys({ press: 'Enter' }))).to.deep.equal([{ kind: 'objective', id: first }]);
      expect(await selections(el, () => sendKeys({ press: 'Space' }))).to.deep.equal([{ kind: 'objective', id: first }]);
      const click = () =>
        nodeOf(el, 'win-customers')
          .querySelector('rect')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(await selections(el, click)).to.deep.equal([{ kind: 'objective', id: 'win-customers' }]);

      // Tab leaves the map: one stop, not thirteen.
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.closest('.node')).to.equal(null);
    });

    it('highlights what drives a hovered or focused objective and what it drives, and dims the rest', async () => {
      const { el } = await standalone(publicSector);
      expect(svgOf(el).classList.contains('tracing')).to.equal(false);
      nodeOf(el, 'gesunde-arbeit').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(svgOf(el).classList.contains('tracing')).to.equal(true);
      // Upstream: nothing; downstream: the procedures it speeds up, and the citizens they satisfy.
      expect(onPath(el)).to.deep.equal(['gesunde-arbeit', 'schnelle-verfahren', 'zufriedene-buerger']);
      const litEdges = [...root(el).querySelectorAll('[part~="edge"].on-path')];
      expect(litEdges).to.have.length(2);
      svgOf(el).dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(svgOf(el).classList.contains('tracing')).to.equal(false);

      nodeOf(el, 'schnelle-verfahren').focus();
      await el.updateComplete;
      // Upstream: the two learning objectives; downstream: the citizens.
      expect(onPath(el)).to.deep.equal(['gesunde-arbeit', 'qualifizierte-beschaeftigte', 'schnelle-verfahren', 'zufriedene-buerger']);
      nodeOf(el, 'schnelle-verfahren').blur();
      await el.updateComplete;
      expect(svgOf(el).classList.contains('tracing')).to.equal(false);
    });

    it('zooms and pans when `zoomable`, with buttons, and resets', async () => {
      const { el } = await standalone(acme);
      expect(root(el).querySelector('[part~="toolbar"]')).to.equal(null);
      el.zoomable = true;
      await el.updateComplete;
      const viewport = root(el).querySelector('.viewport')!;
      const zoomIn = root(el).querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
      expect(text(zoomIn)).to.equal('Zoom in');
      zoomIn.click();
      expect(viewport.getAttribute('transform')).to.match(/scale\(1\.5\)$/);
      root(el).querySelector<HTMLButtonElement>('[part~="zoom-reset"]')!.click();
      expect(viewport.getAttribute('transform')).to.equal('translate(0,0) scale(1)');
      root(el).querySelector<HTMLButtonElement>('[part~="zoom-out"]')!.click();
      expect(Number(/scale\(([\d.]+)\)$/.exec(viewport.getAttribute('transform')!)![1])).to.be.closeTo(2 / 3, 1e-9);
      await expect(el).to.be.accessible();

      el.zoomable = false;
      await el.updateComplete;
      expect(viewport.hasAttribute('transform')).to.equal(false);
      expect(svgOf(el).classList.contains('zoomable')).to.equal(false);
      expect(root(el).querySelector('[part~="toolbar"]')).to.equal(null);
    });

    it('zooms with Ctrl + wheel around the pointer, leaves a plain wheel to the page, pans by a drag that selects nothing, and still selects by a click', async () => {
      const { el } = await standalone(acme);
      el.zoomable = true;
      await el.updateComplete;
      const viewport = root(el).querySelector('.viewport')!;
      const node = nodeOf(el, 'win-customers').querySelector('rect')!;
      const box = node.getBoundingClientRect();
      const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
      const plain = new WheelEvent('wheel', { ...at, deltaY: -100, bubbles: true, cancelable: true, composed: true });
      node.dispatchEvent(plain);
      expect(plain.defaultPrevented, 'a plain wheel scrolls the page').to.equal(false);
      expect(viewport.hasAttribute('transform')).to.equal(false);
      const ctrl = new WheelEvent('wheel', { ...at, deltaY: -50, ctrlKey: true, bubbles: true, cancelable: true, composed: true });
      node.dispatchEvent(ctrl);
      expect(ctrl.defaultPrevented).to.equal(true);
      expect(viewport.getAttribute('transform')).to.match(/scale\(2\)$/);
      // Zoomed around the pointer: the objective under it is still under it.
      const after = node.getBoundingClientRect();
      expect(after.x + after.width / 2).to.be.closeTo(at.clientX, 1);
      expect(after.y + after.height / 2).to.be.closeTo(at.clientY, 1);

      const pointer = (type: string, dx: number) =>
        new PointerEvent(type, {
          clientX: at.clientX + dx,
          clientY: at.clientY,
          pointerId: 1,
          button: type === 'pointermove' ? -1 : 0,
          isPrimary: true,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
      const drag = () => {
        node.dispatchEvent(pointer('pointerdown', 0));
        node.dispatchEvent(pointer('pointermove', 40));
        node.dispatchEvent(pointer('pointerup', 40));
        node.dispatchEvent(new MouseEvent('click', { ...at, bubbles: true, composed: true }));
      };
      expect(await selections(el, drag), 'a drag is no click').to.deep.equal([]);
      expect(node.getBoundingClientRect().x).to.be.closeTo(after.x + 40, 1);
      const click = () => {
        node.dispatchEvent(pointer('pointerdown', 0));
        node.dispatchEvent(pointer('pointerup', 0));
        node.dispatchEvent(new MouseEvent('click', { ...at, bubbles: true, composed: true }));
      };
      expect(await selections(el, click)).to.deep.equal([{ kind: 'objective', id: 'win-customers' }]);
    });
  });
});
