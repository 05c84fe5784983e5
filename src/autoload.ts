/**
 * bsc-kit/autoload: defines each bsc-* element the first time the page shows it, loading that
 * element's code only then. A page with one gauge loads the gauge; a page with a scorecard, the
 * scorecard. What the page adds later (a framework rendering a dashboard, a tab opened) is found
 * as it is added.
 *
 * It watches the document, not the shadow roots of the page's own components: pass such a root to
 * `discover` once it holds bsc-* elements. The kit's elements find the ones they render themselves.
 * A language loads the first time an element shows it (English is built in).
 */

/** Each element's module, by tag. */
const MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'bsc-scorecard': () => import('./elements/bsc-scorecard.js'),
  'bsc-perspective': () => import('./elements/bsc-perspective.js'),
  'bsc-objective': () => import('./elements/bsc-objective.js'),
  'bsc-kpi': () => import('./elements/bsc-kpi.js'),
  'bsc-status': () => import('./elements/bsc-status.js'),
  'bsc-kpi-gauge': () => import('./elements/bsc-kpi-gauge.js'),
  'bsc-bullet': () => import('./elements/bsc-bullet.js'),
  'bsc-sparkline': () => import('./elements/bsc-sparkline.js'),
  'bsc-trend-chart': () => import('./elements/bsc-trend-chart.js'),
  'bsc-period-picker': () => import('./elements/bsc-period-picker.js'),
  'bsc-strategy-map': () => import('./elements/bsc-strategy-map.js'),
  'bsc-cascade': () => import('./elements/bsc-cascade.js'),
  'bsc-contributions': () => import('./elements/bsc-contributions.js'),
  'bsc-changes': () => import('./elements/bsc-changes.js'),
};

/** Loads under way or done, by tag: each module is asked for once. */
const requested = new Map<string, Promise<unknown>>();

/** The tags not defined yet, as one selector; '' once every element is. */
function undefinedSelector(): string {
  return Object.keys(MODULES)
    .filter((tag) => !customElements.get(tag))
    .join(',');
}

/**
 * Loads the element of every bsc-* tag in `root` (the element itself included) that is not
 * defined yet; resolves once they are (a load already under way is awaited, not repeated). For
 * the page's own shadow roots, which the autoloader does not watch; the document is discovered
 * when this module loads.
 */
export function discover(root: ParentNode = document): Promise<void> {
  return loadTags(tagsIn([root], undefinedSelector()));
}

/** The tags of `selector` that `roots` hold, themselves included. */
function tagsIn(roots: Iterable<ParentNode>, selector: string): Set<string> {
  const found = new Set<string>();
  if (!selector) return found;
  for (const root of roots) {
    if (root instanceof Element && root.matches(selector)) found.add(root.localName);
    for (const element of root.querySelectorAll(selector)) found.add(element.localName);
  }
  return found;
}

function loadTags(tags: Set<string>): Promise<void> {
  return Promise.all([...tags].map((tag) => requested.get(tag) ?? load(tag))).then(() => undefined);
}

/**
 * Imports a tag's module once. A failed import (the network) is reported on the console and
 * forgotten, so that the next discovery of the tag tries again; the rest of the page goes on.
 */
function load(tag: string): Promise<unknown> {
  const promise = MODULES[tag]!().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`bsc-kit/autoload: <${tag}> could not be loaded`, error);
  });
  requested.set(tag, promise);
  return promise;
}

if (typeof document !== 'undefined') {
  void discover(document);
  const observer = new MutationObserver((records) => {
    // One selector per batch of changes: a framework may add thousands of nodes at once.
    const selector = undefinedSelector();
    if (!selector) {
      observer.disconnect(); // every element is defined: nothing left to watch for
      return;
    }
    const added = records.flatMap((record) => [...record.addedNodes].filter((node): node is Element => node instanceof Element));
    void loadTags(tagsIn(added, selector));
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
