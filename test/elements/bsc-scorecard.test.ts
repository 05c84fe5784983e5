import '../../src/format/locales/index.js';
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/bsc-scorecard.js';
import '../../src/elements/bsc-kpi.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import type { ScorecardInput } from '../../src/model/index.js';
import { loadCascade } from '../../src/cascade/load-cascade.js';
import { rolledUpScorecard } from '../../src/cascade/rollup-cascade.js';

const SAMPLE = '/demo/data/acme-2026.json';

const small = (title = 'Small scorecard'): ScorecardInput => ({
  version: 1,
  id: 'small',
  title,
  asOf: '2026-02',
  perspectives: [
    {
      id: 'financial',
      title: 'Financial',
      objectives: [
        {
          id: 'grow',
          title: 'Grow',
          kpis: [
            {
              id: 'revenue',
              title: 'Revenue',
              target: 100,
              series: [
                { period: '2026-01', actual: 90 },
                { period: '2026-02', actual: 120 },
              ],
            },
          ],
        },
      ],
    },
  ],
});

const shadow = (el: BscScorecard) => el.shadowRoot!;
const part = (el: BscScorecard, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const settled = async (el: BscScorecard) => {
  await waitUntil(() => !part(el, 'base')?.matches('[aria-busy="true"]'), 'the scorecard kept loading', { timeout: 5000 });
  await el.updateComplete;
};

/** A fetch the test answers by hand, per URL, honouring aborts. */
function controlledFetch() {
  const pending = new Map<string, { resolve: (r: Response) => void; reject: (e: unknown) => void }>();
  const original = window.fetch;
  const aborted: string[] = [];
  const requested: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href).pathname;
      requested.push(url);
      pending.set(url, { resolve, reject });
      init?.signal?.addEventListener('abort', () => {
        aborted.push(url);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    })) as typeof fetch;
  return {
    answer: (url: string, body: unknown, status = 200) =>
      pending.get(url)!.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
    fail: (url: string, error: unknown) => pending.get(url)!.reject(error),
    aborted,
    requested,
    restore: () => {
      window.fetch = original;
    },
  };
}

describe('bsc-scorecard', () => {
  describe('loading', () => {
    it('loads a model from src and fires bsc-load', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard></bsc-scorecard>`);
      const loaded = oneEvent(el, 'bsc-load');
      el.src = SAMPLE;
      const event = await loaded;
      expect(event.detail.source).to.equal(SAMPLE);
      await settled(el);
      expect(part(el, 'title')!.textContent).to.contain('Acme');
      expect(shadow(el).querySelectorAll('bsc-perspective')).to.have.length(4);
    });

    it("speaks its model's language in its header too, on a page in another language, unless its own locale says otherwise", async () => {
      const german = { ...small(), locale: 'de-DE' };
      const wrapper = await fixture<HTMLElement>(html`<div lang="en-US"><bsc-scorecard .model=${german}></bsc-scorecard></div>`);
      const el = wrapper.querySelector('bsc-scorecard')!;
      await settled(el);
      expect(part(el, 'as-of')!.textContent).to.equal('Stand: Februar 2026 · Periode');
      expect(part(el, 'layout')!.getAttribute('aria-label')).to.equal('Darstellung');
      el.locale = 'en-US';
      await settled(el);
      expect(part(el, 'as-of')!.textContent).to.equal('As of February 2026 · Period');
    });

    it('takes a model object, or JSON text, through the model property', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small('From a property')}></bsc-scorecard>`);
      expect(part(el, 'title')!.textContent).to.equal('From a property');
      el.model = JSON.stringify(small('From JSON text'));
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('From JSON text');
    });

    it('reads an inline JSON script child', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard><script type="application/json">${JSON.stringify(small('Inline'))}</script></bsc-scorecard>`);
      expect(part(el, 'title')!.textContent).to.equal('Inline');
    });

    it('shows a loading state while the request is under way', async () => {
      const net = controlledFetch();
      try {
        const el = await fixture<BscScorecard>(html`<bsc-scorecard src="/slow.json"></bsc-scorecard>`);
        expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
        net.answer('/slow.json', small());
        await settled(el);
        expect(part(el, 'loading')).to.equal(null);
      } finally {
        net.restore();
      }
    });

    it('keeps composed elements quiet while the model loads, then fills them', async () => {
      const net = controlledFetch();
      try {
        const el = await fixture<BscScorecard>(html`<bsc-scorecard src="/composed.json"
          ><bsc-kpi kpi="revenue" variant="card"></bsc-kpi><bsc-perspective perspective="financial"></bsc-perspective
        ></bsc-scorecard>`);
        const kpi = el.querySelector('bsc-kpi')!;
        const perspective = el.querySelector('bsc-perspective')!;
        await Promise.all([kpi.updateComplete, perspective.updateComplete]);
        expect(kpi.shadowRoot!.textContent!.trim()).to.equal('');
        expect(perspective.shadowRoot!.textContent!.trim()).to.equal('');
        net.answer('/composed.json', small('Composed'));
        await settled(el);
        await Promise.all([kpi.updateComplete, perspective.updateComplete]);
        expect(kpi.shadowRoot!.textContent).to.contain('Revenue');
        expect(perspective.shadowRoot!.textContent).to.contain('Financial');
      } finally {
        net.restore();
      }
    });

    it('requests a src written in the markup once', async () => {
      const net = controlledFetch();
      try {
        const el = await fixture<BscScorecard>(html`<bsc-scorecard src="/only.json"></bsc-scorecard>`);
        await el.updateComplete;
        net.answer('/only.json', small('Only'));
        await settled(el);
        expect(part(el, 'title')!.textContent).to.equal('Only');
        expect(net.requested).to.deep.equal(['/only.json']);
        expect(net.aborted).to.deep.equal([]);
      } finally {
        net.restore();
      }
    });

    it('lets the later of two quick src values win, and cancels the earlier request', async () => {
      const net = controlledFetch();
      try {
        const el = await fixture<BscScorecard>(html`<bsc-scorecard src="/first.json"></bsc-scorecard>`);
        el.src = '/second.json';
        await el.updateComplete;
        expect(net.aborted).to.include('/first.json');
        net.answer('/second.json', small('Second'));
        await settled(el);
        expect(part(el, 'title')!.textContent).to.equal('Second');
      } finally {
        net.restore();
      }
    });

    it('answers load() with the outcome', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard></bsc-scorecard>`);
      const good = await el.load(small());
      expect(good.ok).to.equal(true);
      const bad = await el.load({ version: 1 });
      expect(bad.ok).to.equal(false);
      if (!bad.ok) expect(bad.issues.map((i) => i.path)).to.include('title');
      const fromUrl = await el.load(SAMPLE);
      expect(fromUrl.ok).to.equal(true);
    });
  });

  describe('errors', () => {
    const cases: [string, () => Promise<BscScorecard>, RegExp][] = [
      ['an HTTP error', () => fixture(html`<bsc-scorecard src="/no/such/model.json"></bsc-scorecard>`), /server answered 404/],
      ['invalid JSON', () => fixture(html`<bsc-scorecard .model=${'{"version": 1,'}></bsc-scorecard>`), /invalid JSON at line 1/],
      [
        'a model with issues',
        () => fixture(html`<bsc-scorecard .model=${{ ...small(), perspectives: 'none' }}></bsc-scorecard>`),
        /perspectives.*must be a list/,
      ],
      ['an address that is not http(s)', () => fixture(html`<bsc-scorecard src="javascript:alert(1)"></bsc-scorecard>`), /not an http\(s\) address/],
    ];
    for (const [name, make, message] of cases) {
      it(`shows ${name} as an accessible error listing the issues, and fires bsc-error`, async () => {
        let detail: unknown;
        const listener = (event: Event) => (detail = (event as CustomEvent).detail);
        document.addEventListener('bsc-error', listener);
        try {
          const el = await make();
          await settled(el);
          const error = part(el, 'error')!;
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.match(message);
          expect(detail).to.have.property('issues').that.is.not.empty;
          await expect(el).to.be.accessible();
        } finally {
          document.removeEventListener('bsc-error', listener);
        }
      });
    }

    it('shows a network failure as an issue', async () => {
      const net = controlledFetch();
      try {
        const el = await fixture<BscScorecard>(html`<bsc-scorecard src="/offline.json"></bsc-scorecard>`);
        net.fail('/offline.json', new TypeError('Failed to fetch'));
        await settled(el);
        expect(part(el, 'error')!.textContent).to.contain('Failed to fetch');
      } finally {
        net.restore();
      }
    });

    it('keeps the last good render after a failing src, with a notice', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small('Good')}></bsc-scorecard>`);
      const failed = oneEvent(el, 'bsc-error');
      el.model = { ...small(), version: 2 };
      await failed;
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('Good');
      expect(part(el, 'error')!.textContent).to.match(/last version that loaded/);
      expect(part(el, 'error')!.textContent).to.contain('version');
      el.model = small('Fixed');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.equal('Fixed');
    });

    it('keeps the last good render when a later src fails', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard src=${SAMPLE}></bsc-scorecard>`);
      await settled(el);
      el.src = '/missing.json';
      await oneEvent(el, 'bsc-error');
      await settled(el);
      expect(part(el, 'title')!.textContent).to.contain('Acme');
      expect(part(el, 'error')!.textContent).to.contain('404');
    });

    it('reports an invalid period and shows the model as of its own as-of', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard period="2026-13" .model=${small()}></bsc-scorecard>`);
      expect(part(el, 'error')!.textContent).to.contain('"2026-13" is not a period');
      expect(el.evaluation!.asOf).to.equal('2026-02');
    });
  });

  describe('evaluation', () => {
    it('evaluates as of the period and view, and re-evaluates when they change', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small()}></bsc-scorecard>`);
      expect(el.evaluation!.node('revenue')!.score).to.be.greaterThan(20 / 3);
      el.period = '2026-01';
      await el.updateComplete;
      expect(el.evaluation!.asOf).to.equal('2026-01');
      expect(el.evaluation!.node('revenue')!.status).to.equal('at-risk');
      el.view = 'ytd';
      await el.updateComplete;
      expect(el.evaluation!.view).to.equal('ytd');
    });

    it('fires bsc-period-change when the period picker asks for another period', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small()}></bsc-scorecard>`);
      const picker = shadow(el).querySelector('bsc-period-picker') as unknown as { context?: { requestPeriod(c: object): void } };
      const changed = oneEvent(el, 'bsc-period-change');
      picker.context!.requestPeriod({ period: '2026-01', view: 'ytd' });
      const event = await changed;
      expect(event.detail).to.deep.equal({ period: '2026-01', view: 'ytd' });
      expect(el.getAttribute('period')).to.equal('2026-01');
    });

    it('shows an empty scorecard as such', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${{ ...small(), perspectives: [] }}></bsc-scorecard>`);
      expect(part(el, 'empty')!.textContent).to.contain('no perspectives');
    });

    it("renders the author's elements instead of the default layout", async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small()}><p id="own">Mine</p></bsc-scorecard>`);
      await el.updateComplete;
      expect(part(el, 'perspectives')).to.equal(null);
      expect(el.querySelector('#own')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('layouts and the chosen KPI', () => {
    it('switches between perspectives and the strategy map from its header', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small()}></bsc-scorecard>`);
      const options = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="layout-option"]')];
      expect(part(el, 'layout')!.getAttribute('role')).to.equal('group');
      expect(options.map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
        ['Perspectives', 'true'],
        ['Strategy map', 'false'],
      ]);
      options[1]!.click();
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('strategy-map');
      expect(part(el, 'perspectives')).to.equal(null);
      expect(part(el, 'strategy-map')!.localName).to.equal('bsc-strategy-map');
      expect(shadow(el).querySelectorAll('[part="layout-option"]')[1]!.getAttribute('aria-pressed')).to.equal('true');
      el.layout = 'perspectives';
      await el.updateComplete;
      expect(part(el, 'strategy-map')).to.equal(null);
      expect(part(el, 'perspectives')).to.exist;
    });

    it('opens the trend of a chosen KPI in a panel, takes focus there, and gives it back on close', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small()}></bsc-scorecard>`);
      const perspective = part(el, 'perspective')!;
      await (perspective as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const objective = perspective.shadowRoot!.querySelector('bsc-objective')!;
      await objective.updateComplete;
      const name = objective.shadowRoot!.querySelector<HTMLButtonElement>('[part~="kpi-name"] button')!;
      name.focus();
      const selected = oneEvent(el, 'bsc-select');
      name.click();
      expect((await selected).detail).to.deep.equal({ kind: 'kpi', id: 'revenue' });
      await el.updateComplete;
      expect(el.getAttribute('selected-kpi')).to.equal('revenue');
      const panel = part(el, 'detail')!;
      expect(part(el, 'detail-title')!.textContent).to.equal('Revenue');
      expect(part(el, 'detail-title')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'trend-chart')!.getAttribute('kpi')).to.equal('revenue');
      expect(shadow(el).activeElement).to.equal(panel);

      part(el, 'detail-close')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal(null);
      expect(el.hasAttribute('selected-kpi')).to.be.false;
      expect(objective.shadowRoot!.activeElement).to.equal(name);
    });
  });

  describe('in a cascade', () => {
    it("shows each child's contribution under a rolled-up KPI, and the child objectives serving an objective", async () => {
      const cascade = await loadCascade('/demo/data/cascade/company.json', { fetch: (url, init) => fetch(url, init), base: location.href });
      const model = rolledUpScorecard(cascade.root)!;
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .cascade=${cascade} .model=${model} locale="en-US"></bsc-scorecard>`);
      const perspective = part(el, 'perspective')!;
      await (perspective as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const objective = [...perspective.shadowRoot!.querySelectorAll('bsc-objective')].find((o) => o.objective === 'hit-5m-sales')!;
      await objective.updateComplete;
      const breakdown = objective.shadowRoot!.querySelector<HTMLElement & { kpi?: string; updateComplete: Promise<unknown> }>('[part="contributions"]')!;
      expect(breakdown.kpi).to.equal('revenue');
      await breakdown.updateComplete;
      expect(breakdown.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Contributions');
      expect(breakdown.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
      // The row sits right under its KPI's row, across every column.
      expect(breakdown.closest('tr')!.previousElementSibling!.textContent).to.contain('Booked revenue');
      expect(breakdown.closest('td')!.getAttribute('colspan')).to.equal('5');

      const pipeline = [...perspective.shadowRoot!.querySelectorAll('bsc-objective')].find((o) => o.objective === 'grow-pipeline')!;
      await pipeline.updateComplete;
      const servedBy = pipeline.shadowRoot!.querySelector('[part="served-by"]') as HTMLElement & { updateComplete: Promise<unknown> };
      await servedBy.updateComplete;
      expect(servedBy.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Served by');
      expect(servedBy.shadowRoot!.querySelector('[part="item"]')!.textContent).to.contain('Qualify enough pipeline');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('shows no breakdown outside a cascade', async () => {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${small()}></bsc-scorecard>`);
      const perspective = part(el, 'perspective')!;
      await (perspective as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const objective = perspective.shadowRoot!.querySelector('bsc-objective')!;
      await objective.updateComplete;
      expect(objective.shadowRoot!.querySelector('bsc-contributions')).to.equal(null);
    });
  });

  describe('safety', () => {
    it('shows strings from the model as text, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const model = small(payload);
      model.perspectives[0]!.title = payload;
      const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${model}></bsc-scorecard>`);
      await aTimeout(50);
      expect(part(el, 'title')!.textContent).to.equal(payload);
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('lifecycle', () => {
    it('leaves no listeners, observers or timers behind after 1,000 connect/disconnect cycles', async () => {
      const counts = { listeners: 0, timers: 0 };
      // Observers that watch something: each counts from its first observe() until its disconnect().
      const watching = new Set<object>();
      type Watcher = { observe(...args: unknown[]): void; disconnect(): void };
      const observerPrototypes = [IntersectionObserver.prototype, ResizeObserver.prototype] as unknown as Watcher[];
      const originalMethods = observerPrototypes.map((proto) => ({ proto, observe: proto.observe, disconnect: proto.disconnect }));
      for (const { proto, observe, disconnect } of originalMethods) {
        proto.observe = function (this: Watcher, ...args: unknown[]) {
          watching.add(this);
          return observe.apply(this, args);
        };
        proto.disconnect = function (this: Watcher) {
          watching.delete(this);
          return disconnect.apply(this);
        };
      }
      const targets = [window, document] as EventTarget[];
      const originals = targets.map((t) => ({ t, add: t.addEventListener, remove: t.removeEventListener }));
      for (const { t, add, remove } of originals) {
        t.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
          counts.listeners++;
          return add.apply(this, args);
        };
        t.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
          counts.listeners--;
          return remove.apply(this, args);
        };
      }
      const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
      window.setInterval = ((...args: Parameters<typeof every>) => (counts.timers++, every(...args))) as typeof every;
      window.clearInterval = ((id?: number) => (counts.timers--, stop(id))) as typeof stop;
      try {
        // fixtureSync: a plain element's fixture waits for an animation frame, which a background page may not get.
        const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('bsc-scorecard');
        el.model = small();
        for (let i = 0; i < 1000; i++) {
          host.append(el);
          el.remove();
        }
        host.append(el);
        await el.updateComplete;
        // Again once rendered: the perspectives and objectives inside connect and disconnect too.
        for (let i = 0; i < 1000; i++) {
          el.remove();
          host.append(el);
        }
        await el.updateComplete;
        expect(counts.listeners).to.equal(0);
        expect(counts.timers).to.equal(0);
        expect(part(el, 'title')!.textContent).to.equal('Small scorecard');
        const objectives = shadow(el).querySelector('bsc-perspective')!.shadowRoot!.querySelectorAll('bsc-objective').length;
        expect(objectives).to.be.above(0);
        expect(watching.size, 'an IntersectionObserver for each objective on the page, none for those gone').to.equal(objectives);
        el.remove();
        expect(watching.size).to.equal(0);
      } finally {
        for (const { proto, observe, disconnect } of originalMethods) Object.assign(proto, { observe, disconnect });
        for (const { t, add, remove } of originals) {
          t.addEventListener = add;
          t.removeEventListener = remove;
        }
        Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop });
      }
    });
  });

  it('passes axe with the sample scorecard, in light and dark', async function () {
    // Two whole-page axe runs: as long as the other whole-scorecard audits, which have the same allowance.
    this.timeout(20000);
    for (const theme of ['light', 'dark']) {
      const el = await fixture<BscScorecard>(html`<bsc-scorecard theme=${theme} src=${SAMPLE}></bsc-scorecard>`);
      await settled(el);
      await expect(el).to.be.accessible();
    }
  });
});
