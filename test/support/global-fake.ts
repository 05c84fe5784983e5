/**
 * Puts `fake` in place of the global `name` for each test of the enclosing `describe` (after
 * `reset`), and the browser's own back after each: a driven observer instead of the real one.
 */
export function useGlobalFake<K extends 'ResizeObserver' | 'IntersectionObserver'>(name: K, fake: unknown, reset: () => void): void {
  const real = globalThis[name];
  beforeEach(() => {
    reset();
    globalThis[name] = fake as (typeof globalThis)[K];
  });
  afterEach(() => {
    globalThis[name] = real;
  });
}
