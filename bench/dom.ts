/**
 * In-page helpers for the benches that render bsc-kit elements: wait until a tree of them has
 * finished updating, force layout, wait for the next frame, and catch what an element reports.
 *
 * Lit updates asynchronously, and an element that renders others (a scorecard → perspectives →
 * objectives → sparklines and status badges) makes them update later still, so "rendered" means:
 * every bsc-* element, through every shadow root, has no update pending, and their number stopped
 * growing. A render that throws rejects its element's `updateComplete`, which `settled` passes on.
 */
import { measure, measureInterleaved, type Bench, type Contender, type Lap, type MeasureOptions, type Sample } from './harness.js';

/** What every bsc-kit element is: a Lit element. */
export interface Updating extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly isUpdatePending: boolean;
}

/**
 * The names of the bsc-* elements seen so far. A full walk (every element of every shadow root)
 * finds them; later walks look only for those names, which costs a fraction of the full one on a
 * tree of thousands of elements (the walk runs inside the timings).
 */
const knownNames = new Set<string>();
let knownSelector = '';

/**
 * Every bsc-* element under `root`, its shadow roots included (document order, outer first).
 * `full`: look at every element (and learn the names); else only for the names seen before, with a
 * full walk while none is known. Throws for a bsc-* element that is not defined.
 */
export function bscElements(root: ParentNode, { full = false } = {}): Updating[] {
  const found: Updating[] = [];
  const take = (element: Element) => {
    if (!('updateComplete' in element)) throw new Error(`<${element.localName}> is not a defined bsc-kit element (not registered, or it failed to upgrade)`);
    found.push(element as Updating);
  };
  if (full || !knownSelector) {
    const visit = (scope: ParentNode) => {
      for (const element of scope.querySelectorAll('*')) {
        if (element.localName.startsWith('bsc-')) {
          take(element);
          knownNames.add(element.localName);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    if (root instanceof Element && root.localName.startsWith('bsc-')) {
      take(root);
      knownNames.add(root.localName);
      if (root.shadowRoot) visit(root.shadowRoot);
    }
    visit(root);
    knownSelector = [...knownNames].join(',');
    return found;
  }
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll(knownSelector)) {
      take(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && knownNames.has(root.localName)) {
    take(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/**
 * Waits until every bsc-* element under `root` (through shadow roots) has finished updating and no
 * new one appeared: awaits all their `updateComplete`, again, until the count is stable and none is
 * pending. Answers the number of elements. Throws when an element's update threw, or after
 * `maxRounds` rounds (an element that keeps requesting updates). `full`: see `bscElements` (a
 * bench's first, untimed render should use it, to learn every name its tree holds).
 */
export async function settled(root: ParentNode, { full = false, maxRounds = 50 } = {}): Promise<number> {
  return (await settledElements(root, { full, maxRounds })).length;
}

/**
 * `settled`, for the bsc-* elements whose box meets the viewport only: what the user sees. An
 * element the browser skips off screen (`content-visibility: auto`) may put its re-render off to
 * idle time; this waits for what is in view, `settled` for everything.
 */
export async function settledInView(root: ParentNode, { maxRounds = 50 } = {}): Promise<number> {
  return (await settledElements(root, { inView: true, maxRounds })).length;
}

/** What `settled` (or, `inView`, `settledInView`) waits for: the elements, once settled. */
async function settledElements(root: ParentNode, { full = false, inView = false, maxRounds = 50 } = {}): Promise<Updating[]> {
  const find = () => (inView ? bscElements(root).filter(meetsViewport) : bscElements(root, { full }));
  let elements = find();
  for (let round = 0; round < maxRounds; round++) {
    await Promise.all(elements.map((element) => element.updateComplete));
    const now = find();
    if (now.length === elements.length && !now.some((element) => element.isUpdatePending)) return now;
    elements = now;
  }
  throw new Error(`${inView ? 'settledInView' : 'settled'}(): the bsc-* elements${inView ? ' in view' : ''} kept updating after ${maxRounds} rounds`);
}

/**
 * Forces the layout of what each of `elements` whose box meets the viewport holds, by reading the
 * box of the first element of its shadow root: skipped content (`content-visibility: auto`) is laid
 * out when something inside it is measured. Answers how many were in view.
 */
export function layoutInView(elements: readonly Element[]): number {
  let count = 0;
  for (const element of elements) {
    if (!meetsViewport(element)) continue;
    element.shadowRoot?.firstElementChild?.getBoundingClientRect();
    count++;
  }
  return count;
}

/** Whether an element's box meets the viewport. */
function meetsViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
}

/** Forces style recalculation and layout of the whole document, now. */
export function layout(): number {
  return document.body.offsetHeight;
}

/** Resolves at the start of the next frame (before its style, layout and paint). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Collects every `bsc-error` event fired in the page (they bubble and are composed), so a bench can
 * fail with the element's own words rather than measure an element that shows an error.
 */
export function watchErrors(): { readonly errors: string[]; check(what: string): void; stop(): void } {
  const errors: string[] = [];
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<{ issues?: { path: string; message: string }[] }>).detail;
    const from = (event.composedPath()[0] as Element | undefined)?.localName ?? '?';
    const issues = (detail?.issues ?? []).map((i) => `${i.path ? `${i.path}: ` : ''}${i.message}`).join('; ');
    errors.push(`<${from}> ${issues || 'bsc-error without issues'}`);
  };
  document.addEventListener('bsc-error', listener, true);
  return {
    errors,
    check(what: string) {
      if (errors.length) throw new Error(`${what}: ${errors.length} bsc-error event(s), first: ${errors.slice(0, 3).join(' | ')}`);
    },
    stop() {
      document.removeEventListener('bsc-error', listener, true);
    },
  };
}

/** The elements in `root`'s shadow-including tree that match `selector`. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode) => {
    found.push(...scope.querySelectorAll(selector));
    for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Counts of bsc-* elements by name: `{ 'bsc-objective': 40, … }`. */
export function countByName(elements: readonly Element[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of elements) counts[element.localName] = (counts[element.localName] ?? 0) + 1;
  return counts;
}

/**
 * Resolves after the frame that starts next has been rendered: its requestAnimationFrame callbacks,
 * style, layout, paint and commit on the main thread (a message posted from the frame's callback
 * runs once the frame's rendering task is over). Rasterising runs on other threads and is not waited for.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/**
 * For the end of a bench's `setup`: lets the page render what setup (or the last teardown) changed,
 * so that the timed run starts in a task of its own with nothing left to paint — not inside a
 * requestAnimationFrame callback, whose frame would then paint the timed run's changes before the
 * next frame starts.
 */
export const quiet = afterPaint;

/**
 * The end of a timed render, with laps (see `measureToFrame`):
 * - "settled": `settled(root)` (skipped with `settle: false`, for a peer library that draws
 *   synchronously; with `inView`, `settledInView(root)`: the elements in view);
 * - "layout": style and layout forced (`document.body.offsetHeight`), no waiting for a frame;
 * - "frame": the start of the next frame (requestAnimationFrame) and layout forced there;
 * - the end: that frame rendered — painted and committed on the main thread.
 * Where layout is forced, so is the layout of what every bsc-* element in view holds (`layoutInView`):
 * an element that the browser skips (`content-visibility: auto`) is laid out only once that frame's
 * rendering has found it in view, after requestAnimationFrame — it would be missing from "frame".
 * That costs more than the browser's own way (a forced pass per element, not one for all of them);
 * `forceInView: false` leaves it to the browser, whose layout of them then shows in "painted" only.
 */
export async function toFrame(root: ParentNode, lap: Lap, { settle = true, inView = false, forceInView = true } = {}): Promise<number> {
  // The elements a settled walk found: the rows below lay out those in view without walking again.
  const settledOnes = settle ? await settledElements(root, { inView }) : [];
  const elements = forceInView ? settledOnes : [];
  lap('settled');
  layout();
  layoutInView(elements);
  lap('layout');
  let height = 0;
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => {
      height = layout();
      layoutInView(elements);
      lap('frame');
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        lap('painted');
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
  return height;
}

/** The rows of a sample of renders that end with `toFrame` (see `measureToFrame`). */
function frameRows(
  b: Bench,
  sample: Sample,
  { budget, settledNote = 'every bsc-* element updated' }: { budget?: number; settledNote?: string },
): Sample & { frame: Sample } {
  // A timed function may go on after toFrame (to wait for work put off to idle time): its laps say where the frame ended.
  const what = sample.name;
  const laps = sample.laps ?? {};
  if (!laps.frame) throw new Error(`${what}: the timed function did not end with toFrame()`);
  if (laps.settled) b.row({ ...laps.settled, name: `${what}: to settled` }, { note: settledNote });
  if (laps.layout) b.row({ ...laps.layout, name: `${what}: + style & layout` }, { note: 'layout forced, no wait for a frame' });
  const frame = b.row(
    { ...laps.frame, name: `${what}: to the next frame` },
    { ...(budget === undefined ? {} : { budget }), note: 'then requestAnimationFrame + layout forced' },
  );
  b.row({ ...(laps.painted ?? sample), name: `${what}: to painted` }, { note: "that frame's paint and commit done (main thread)" });
  return { ...sample, frame: { ...laps.frame, name: frame.name } };
}

/**
 * Measures a render that ends with `toFrame`, and adds its rows, from the same runs: to settled,
 * + style & layout (no frame wait), to the next frame (settled, then requestAnimationFrame and
 * layout: the figure docs/architecture.md §5's budgets are checked against), and to painted (that frame rendered).
 */
export async function measureToFrame<S>(
  b: Bench,
  what: string,
  fn: (state: S, lap: Lap) => Promise<unknown>,
  options: MeasureOptions<S> & { budget?: number; settledNote?: string },
): Promise<Sample & { frame: Sample }> {
  const { budget, settledNote, ...measureOptions } = options;
  return frameRows(b, await measure(what, fn, measureOptions), { budget, settledNote });
}

/** `measureToFrame` for several renders timed in turns (`measureInterleaved`), for their ratios. */
export async function measureToFrameInterleaved(
  b: Bench,
  contenders: readonly (Contender & { settledNote?: string })[],
  options: { runs?: number; warmup?: number },
): Promise<(Sample & { frame: Sample })[]> {
  const samples = await measureInterleaved(contenders, options);
  return samples.map((sample, i) => frameRows(b, sample, { settledNote: contenders[i]!.settledNote }));
}

/** Whether a canvas holds any pixel that is not transparent. */
export function inked(canvas: HTMLCanvasElement | null): boolean {
  if (!canvas) return false;
  const context = canvas.getContext('2d');
  if (!context) return false;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}
