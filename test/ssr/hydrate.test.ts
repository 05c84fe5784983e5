import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import { deepText } from '../support/deep-text.js';

// The page scripts/ssr-check.mjs (`npm run ssr:check`) renders in Node from demo/data/acme-2026.json.
const FIXTURE = new URL('./fixtures/acme.html', import.meta.url).href;
const CLIENT = new URL('./hydrate-client.ts', import.meta.url).href;

describe('bsc-scorecard rendered on the server (declarative shadow DOM)', () => {
  let frame: HTMLIFrameElement;
  let page: Document;

  before(async () => {
    const response = await fetch(FIXTURE, { method: 'HEAD' });
    if (!response.ok) throw new Error('test/ssr/fixtures/acme.html is missing: run `npm run ssr:check` first');
  });

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = FIXTURE;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    page = frame.contentDocument!;
  });

  afterEach(() => frame.remove());

  it('shows the values, statuses and perspectives before any script runs', () => {
    expect(frame.contentWindow!.customElements.get('bsc-scorecard')).to.equal(undefined);
    const scorecard = page.querySelector('bsc-scorecard')!;
    expect(scorecard.shadowRoot, 'a declarative shadow root').to.exist;
    const text = deepText(scorecard);
    for (const words of ['Acme Industries', 'Financial', 'Customer', 'Internal process', 'Learning & growth', '$4,412,500', 'On track']) {
      expect(text).to.contain(words);
    }
    expect(figures(scorecard).filter(([part]) => part === 'kpi-value')).to.have.length.greaterThan(20);
  });

  it('hydrates without a visible change, keeping the server’s nodes, with nothing in the console', async () => {
    const scorecard = page.querySelector('bsc-scorecard')!;
    const before = { dom: snapshot(scorecard), figures: figures(scorecard) };
    const valueCells = deepQueryAll(scorecard, '[part="kpi-value"]');
    const revenue = valueCells.find((cell) => cell.textContent?.includes('$4,412,500'))!;
    expect(revenue, 'the booked revenue cell').to.exist;

    const problems = await hydrate();

    expect(problems).to.deep.equal([]);
    const elements = deepQueryAll(scorecard, '*').filter((element) => element.localName.startsWith('bsc-'));
    expect(
      elements.every((element) => (element as LitElement).hasUpdated),
      'every element hydrated',
    ).to.equal(true);
    expect(elements.filter((element) => element.hasAttribute('defer-hydration')).map((element) => element.localName)).to.deep.equal([]);
    expect(figures(scorecard)).to.deep.equal(before.figures);
    expect(snapshot(scorecard)).to.equal(before.dom);
    const cellsAfter = deepQueryAll(scorecard, '[part="kpi-value"]');
    expect(cellsAfter.length).to.equal(valueCells.length);
    expect(
      cellsAfter.every((cell, i) => cell === valueCells[i]),
      'the same cells',
    ).to.equal(true);
    expect(revenue.isConnected).to.equal(true);
  });

  it('updates the hydrated nodes when the period changes', async () => {
    const scorecard = page.querySelector('bsc-scorecard') as BscScorecard;
    const revenue = deepQueryAll(scorecard, '[part="kpi-value"]').find((cell) => cell.textContent?.includes('$4,412,500'))!;
    expect(await hydrate()).to.deep.equal([]);

    scorecard.period = '2026-09';
    await settled(scorecard);

    expect(revenue.isConnected).to.equal(true);
    expect(revenue.textContent).not.to.contain('$4,412,500');
    expect(deepText(scorecard)).to.contain('September 2026');
  });

  /** Loads the kit into the page as its module script would; answers what went to the console or threw. */
  async function hydrate(): Promise<string[]> {
    const win = frame.contentWindow! as Window & typeof globalThis;
    const problems: string[] = [];
    for (const level of ['error', 'warn'] as const) {
      const original = win.console[level].bind(win.console);
      win.console[level] = (...args: unknown[]) => {
        problems.push(`console.${level}: ${args.map(String).join(' ')}`);
        original(...args);
      };
    }
    win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
    win.addEventListener('unhandledrejection', (event) => problems.push(`rejection: ${String(event.reason)}`));
    const script = page.createElement('script');
    script.type = 'module';
    script.src = CLIENT;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error(`could not load ${CLIENT}`)), { once: true });
    });
    page.head.append(script);
    await loaded;
    await settled(page.querySelector('bsc-scorecard')!);
    return problems;
  }
});

/** Until every kit element in the tree (shadow roots included) has hydrated and finished updating. */
async function settled(root: Element): Promise<void> {
  for (;;) {
    const elements = [root, ...deepQueryAll(root, '*')].filter((element) => element.localName.startsWith('bsc-')) as LitElement[];
    const pending = await Promise.all(elements.map((element) => element.updateComplete));
    const waiting = elements.some((element) => !element.hasUpdated && !element.hasAttribute('defer-hydration'));
    if (pending.every(Boolean) && !waiting) return;
  }
}

/** Every KPI value and status, and every score, with its part name: what a reader takes from the page. */
function figures(root: Element): [string, string][] {
  return deepQueryAll(root, '[part~="kpi-value"], [part~="kpi-status"], [part~="status"], [part~="score"]').map((element) => [
    element.getAttribute('part')!,
    deepText(element).replace(/\s+/g, ' ').trim(),
  ]);
}

/** Elements, attributes and text, through shadow roots (no comments: Lit's markers are not content). */
function snapshot(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const element = node as Element;
  const shadow = element.shadowRoot ? `#shadow(${snapshot(element.shadowRoot)})` : '';
  const children = [...node.childNodes].map(snapshot).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'defer-hydration')
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort()
    .join(' ');
  return `<${element.localName} ${attributes}>${shadow}${children}</${element.localName}>`;
}

function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}
