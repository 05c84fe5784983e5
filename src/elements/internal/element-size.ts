import type { ReactiveController, ReactiveElement } from 'lit';

export interface ElementSizeOptions {
  /** Measures as soon as it observes, not only when the observer first reports: the first frame has the size. */
  measureNow?: boolean;
  /** Keeps the last size while the element measures 0 wide (not laid out yet, or hidden). */
  keepWhenEmpty?: boolean;
}

/**
 * The size of an element of the host's shadow root (`selector`), in whole CSS pixels, kept by a
 * ResizeObserver; the host updates when it changes. Observes the element the latest render made
 * (a new one after a message gave way to the chart), and nothing while the host is out of the page.
 */
export class ElementSize implements ReactiveController {
  /** Null until first measured. */
  size: { width: number; height: number } | null = null;
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly selector: string,
    private readonly options: ElementSizeOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the document (moved, or re-attached): observe again, the container may have another size.
    if (this.host.hasUpdated) this.#observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = null;
  }

  hostUpdated(): void {
    if (this.#target() !== this.#observed && this.host.isConnected) this.#observe();
  }

  #target(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(this.selector);
  }

  #observe(): void {
    const target = this.#target();
    this.#observer?.disconnect();
    this.#observed = target;
    if (!target) return;
    if (typeof ResizeObserver !== 'undefined') {
      this.#observer ??= new ResizeObserver(() => this.#measure());
      this.#observer.observe(target);
    }
    if (this.options.measureNow) this.#measure();
  }

  #measure(): void {
    const target = this.#target();
    if (!target) return;
    const width = Math.floor(target.clientWidth);
    const height = Math.floor(target.clientHeight);
    if (this.options.keepWhenEmpty && width === 0) return;
    if (this.size && this.size.width === width && this.size.height === height) return;
    this.size = { width, height };
    this.host.requestUpdate();
  }
}
