/**
 * Registers an element unless the name is taken: two copies of the kit on one page (a vendor's and
 * the host's) must not throw. The first definition wins; the second copy's elements are unused.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
