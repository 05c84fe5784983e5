import { BscElement } from './bsc-element.js';
import { LocaleProvision } from './locale-provision.js';

/**
 * A `BscElement` that renders bsc-* children (a KPI, a perspective, an objective): with its own
 * `locale` or `labels` set it provides them to the elements inside it (`LocaleProvision`), the one
 * way they reach its children. Not registered as an element itself.
 */
export class BscParentElement extends BscElement {
  constructor() {
    super();
    new LocaleProvision(this, () => ({ own: !!this.locale || !!this.labels, locale: this.resolvedLocale, labels: this.resolvedLabels }));
  }
}
