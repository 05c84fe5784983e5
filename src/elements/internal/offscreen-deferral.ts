import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lets an element put off its re-renders while it is out of the viewport: they run when the
 * browser is idle, or at once when the element comes into view, whichever is first. A change of
 * period then costs the frame only what the reader sees; the rest follows in idle time, well before
 * anyone scrolls to it. The first render is never put off, and until the browser has said where the
 * element is (an IntersectionObserver reports after the element's first frame) it counts as in view.
 *
 * The viewport, not the browser's `content-visibility` skipping: the browser keeps laid out what is
 * near the viewport, which no reader sees yet either, and the observer is in every browser.
 */
export class OffscreenDeferral implements ReactiveController {
  #outOfView = false;
  #waiting: { promise: Promise<void>; release: () => void } | null = null;
  #observer: IntersectionObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer = new IntersectionObserver((entries) => {
      this.#outOfView = !entries[entries.length - 1]!.isIntersecting;
      if (!this.#outOfView) this.#waiting?.release();
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#outOfView = false;
    // Nothing is waiting for idle time once the element has left the page.
    this.#waiting?.release();
  }

  /** Null while the element is in view (update now); else a promise that resolves when it should update. */
  wait(): Promise<void> | null {
    if (!this.#outOfView) return null;
    if (this.#waiting) return this.#waiting.promise;
    let release!: () => void;
    const promise = new Promise<void>((resolve) => {
      const cancel = whenIdle(() => release());
      release = () => {
        cancel();
        this.#waiting = null;
        resolve();
      };
    });
    this.#waiting = { promise, release };
    return promise;
  }
}

/** Within a second even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1000;

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}
