/** Defines the kit after the parser has made the page's elements, as a page's module script does. */
import '../../src/index.js';

const scorecard = document.querySelector('bsc-scorecard')!;
(window as unknown as { __settled: Promise<void> }).__settled = new Promise<void>((resolve) =>
  scorecard.addEventListener('bsc-load', () => resolve(), { once: true }),
).then(() => new Promise((resolve) => setTimeout(resolve, 200)));
