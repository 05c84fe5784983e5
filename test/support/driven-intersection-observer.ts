import { useGlobalFake } from './global-fake.js';

/**
 * An IntersectionObserver a test drives: whether an element is in view, said by the test, which a
 * test page in the background (never rendered) would otherwise never learn.
 * `useDrivenIntersectionObserver()` in a `describe` puts it in place of the browser's for each test
 * of that block.
 */
export class DrivenIntersectionObserver {
  static made: DrivenIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    DrivenIntersectionObserver.made.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** Says whether `target` is in view, as the browser does after a frame in which that changed. */
  static report(target: Element, isIntersecting: boolean) {
    for (const observer of DrivenIntersectionObserver.made) {
      if (!observer.targets.has(target)) continue;
      observer.callback([{ target, isIntersecting } as IntersectionObserverEntry], observer as unknown as IntersectionObserver);
    }
  }
  /** How many observers still watch something. */
  static get watching(): number {
    return DrivenIntersectionObserver.made.filter((observer) => observer.targets.size > 0).length;
  }
}

export function useDrivenIntersectionObserver(): void {
  useGlobalFake('IntersectionObserver', DrivenIntersectionObserver, () => (DrivenIntersectionObserver.made = []));
}
