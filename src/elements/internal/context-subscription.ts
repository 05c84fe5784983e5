import type { Context, ContextCallback, ContextType } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * An element's subscription to a context, by the community protocol's `context-request` event
 * (webcomponents-cg, context.md): the nearest provider answers with the value and calls again on
 * every change, until the element disconnects. What Lit's context package's `consume` decorator does, in the few
 * lines an element needs: a standalone gauge only asks whether it sits in a scorecard, and a
 * page of gauges should not carry the consumer, its decorator and a ContextRoot for that.
 *
 * A request no provider answers stays waiting while the element is connected, and is asked again
 * whenever a provider announces itself (`context-provider`, which Lit's context provider fires on
 * connecting): a page's HTML may hold `<bsc-scorecard><bsc-kpi>` and define the KPI first.
 */
export class ContextSubscription<C extends Context<unknown, unknown>> implements ReactiveController {
  #unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly context: C,
    private readonly onValue: (value: ContextType<C>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.request();
    // On the server (no document) a provider answers at once or never.
    if (!this.#unsubscribe && typeof document !== 'undefined') wait(this);
  }

  hostDisconnected(): void {
    waiting.delete(this);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * Asks the providers above the element; the one that answers calls `#answer` now and on every
   * change. The protocol's event, with the fields Lit's context providers read.
   */
  request(): void {
    const request = { context: this.context, contextTarget: this.host, callback: this.#answer, subscribe: true };
    this.host.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), request));
  }

  readonly #answer: ContextCallback<ContextType<C>> = (value, unsubscribe) => {
    waiting.delete(this);
    // A nearer provider that connected later takes over: leave the one that answered before.
    if (unsubscribe !== this.#unsubscribe) {
      this.#unsubscribe?.();
      this.#unsubscribe = unsubscribe;
    }
    this.onValue(value);
  };
}

/** Subscriptions no provider has answered yet. */
const waiting = new Set<ContextSubscription<Context<unknown, unknown>>>();
let listening = false;

function wait(subscription: ContextSubscription<Context<unknown, unknown>>): void {
  waiting.add(subscription);
  if (listening) return;
  listening = true;
  document.addEventListener('context-provider', (event) => {
    const { context } = event as Event & { context?: unknown };
    for (const waiter of [...waiting]) if (waiter.context === context) waiter.request();
  });
}
