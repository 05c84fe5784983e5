import { useGlobalFake } from './global-fake.js';

/**
 * A ResizeObserver a test drives: an element's reaction to a new size without waiting for a frame,
 * which a test page in the background may never get. `useDrivenResizeObserver()` in a `describe`
 * puts it in place of the browser's for each test of that block.
 */
export class DrivenResizeObserver {
  static made: DrivenResizeObserver[] = [];
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    DrivenResizeObserver.made.push(this);
  }
  observe(target: Element) {
    this.disconnected = false;
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  /** Calls the element back, as the browser does when a watched box changed size. */
  report() {
    this.callback([], this as unknown as ResizeObserver);
  }
}

export function useDrivenResizeObserver(): void {
  useGlobalFake('ResizeObserver', DrivenResizeObserver, () => (DrivenResizeObserver.made = []));
}
