/**
 * A module an element loads the first time it needs it (issue 12: what a page does not use on its
 * first paint stays out of its first load). Asked for once and kept once loaded; a failed load is
 * forgotten, so that the next need tries again. `module` is there to render with synchronously.
 */
export class OnDemand<T> {
  readonly #import: () => Promise<T>;
  #pending?: Promise<T>;
  #module?: T;

  constructor(load: () => Promise<T>) {
    this.#import = load;
  }

  /** The module, once loaded; undefined before. */
  get module(): T | undefined {
    return this.#module;
  }

  /** Loads the module (once; a load under way is shared). Rejects when the import fails. */
  load(): Promise<T> {
    this.#pending ??= this.#import().then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }
}
