/**
 * Lets an element styled `content-visibility: auto` put off its re-renders while the browser skips
 * it (off screen, beyond the margin the browser keeps ready): they run when the browser is idle, or
 * at once when the element comes near the viewport, whichever is first. A change of period then
 * costs the frame only what is in view; the rest follows in idle time, well before anyone scrolls
 * to it. The first render is never put off: whether an element is skipped is known only after it.
 *
 * Browsers without the `contentvisibilityautostatechange` event never report an element skipped,
 * and so never defer.
 */
export class OffscreenDeferral {
  #skipped = false;
  #waiting: { promise: Promise<void>; release: () => void } | null = null;

  constructor(host: HTMLElement) {
    host.addEventListener('contentvisibilityautostatechange', (event) => {
      this.#skipped = (event as ContentVisibilityAutoStateChangeEvent).skipped;
      if (!this.#skipped) this.#waiting?.release();
    });
  }

  /** Null while the element is shown (update now); else a promise that resolves when it should update. */
  wait(): Promise<void> | null {
    if (!this.#skipped) return null;
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
