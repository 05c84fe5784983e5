import { ContextProvider, createContext } from '@lit/context';
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextSubscription } from '../../src/elements/internal/context-subscription.js';

/** A context of the test's own, answered by @lit/context's provider as a scorecard answers. */
const colour = createContext<string | undefined>(Symbol('test-colour'));

class ColourReader extends LitElement {
  /** Every value the subscription handed over, in order. */
  readonly seen: (string | undefined)[] = [];

  constructor() {
    super();
    new ContextSubscription(this, colour, (value) => this.seen.push(value));
  }
}
customElements.define('test-colour-reader', ColourReader);

/** A `<div>` providing `value`. */
function providerOn(host: HTMLElement, value: string) {
  return { provider: new ContextProvider(host, { context: colour, initialValue: value }) };
}

/** What @lit/context's provider fires when its element connects (its ContextProviderEvent). */
function announce(host: HTMLElement): void {
  host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: colour, contextTarget: host }));
}

describe('ContextSubscription', () => {
  afterEach(() => document.body.replaceChildren());

  it('takes the nearest provider’s value on connecting, and every change after', () => {
    const outer = document.createElement('div');
    const { provider } = providerOn(outer, 'red');
    const reader = new ColourReader();
    outer.append(reader);
    document.body.append(outer);
    provider.setValue('green');
    expect(reader.seen).to.deep.equal(['red', 'green']);
  });

  it('stops hearing of changes once disconnected, and asks again when connected again', () => {
    const outer = document.createElement('div');
    const { provider } = providerOn(outer, 'red');
    const reader = new ColourReader();
    outer.append(reader);
    document.body.append(outer);
    reader.remove();
    provider.setValue('green');
    expect(reader.seen).to.deep.equal(['red']);
    outer.append(reader);
    expect(reader.seen).to.deep.equal(['red', 'green']);
  });

  it('finds a provider that connects after it (an element defined before its scorecard)', () => {
    const outer = document.createElement('div');
    const reader = new ColourReader();
    outer.append(reader);
    document.body.append(outer);
    expect(reader.seen, 'no provider yet').to.deep.equal([]);
    const { provider } = providerOn(outer, 'red');
    announce(outer);
    provider.setValue('blue');
    expect(reader.seen).to.deep.equal(['red', 'blue']);
  });

  it('moves to a nearer provider that connects later, and leaves the outer one', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('div');
    const { provider: outerProvider } = providerOn(outer, 'red');
    const reader = new ColourReader();
    inner.append(reader);
    outer.append(inner);
    document.body.append(outer);
    const { provider: innerProvider } = providerOn(inner, 'blue');
    // The outer provider hears the inner one announce itself and sends its subscribers' requests again.
    announce(inner);
    outerProvider.setValue('green');
    innerProvider.setValue('yellow');
    expect(reader.seen).to.deep.equal(['red', 'blue', 'yellow']);
  });
});
