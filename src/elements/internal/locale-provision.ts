import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext, type LocaleContext } from '../../context/locale-context.js';

/**
 * The nested provider of an element that renders bsc-* children (a KPI its sparkline and bullet, a
 * perspective its objectives): once the element's own `locale` or `labels` is set, it provides the
 * locale and labels the element speaks to everything inside it, before each render, so the children
 * need no attributes. An element without its own provides nothing, and its children ask past it.
 * A lone gauge, which has no children, does not carry it.
 */
export class LocaleProvision implements ReactiveController {
  #provider?: ContextProvider<typeof localeContext>;

  /** `speaks`: the element's locale and labels, and whether it sets either itself. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly speaks: () => LocaleContext & { own: boolean },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { own, locale, labels } = this.speaks();
    // Once providing, it keeps providing (what the element inherits when its own is removed): its children subscribed to it.
    if (!own && !this.#provider) return;
    this.#provider ??= new ContextProvider(this.host, { context: localeContext });
    const value = this.#provider.value;
    if (value?.locale !== locale || value.labels !== labels) this.#provider.setValue({ locale, labels });
  }
}
