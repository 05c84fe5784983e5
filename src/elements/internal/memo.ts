/** The last value computed, kept until one of the keys it was computed from changes (compared by identity; always as many keys). */
export class Memo<T> {
  #keys: readonly unknown[] | null = null;
  #value: T | undefined;

  get(keys: readonly unknown[], compute: () => T): T {
    if (!this.#keys || keys.some((key, i) => key !== this.#keys![i])) {
      this.#value = compute();
      this.#keys = keys;
    }
    return this.#value!;
  }

  /** The value last computed, whatever its keys; undefined before the first. */
  get last(): T | undefined {
    return this.#value;
  }
}
