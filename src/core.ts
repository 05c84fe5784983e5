/**
 * bsc-kit/core: the DOM-free half of the kit — model, engine and format. Runs in browsers and in
 * Node alike (server-side rendering, build-time checks, other tools).
 */
// Every language at hand, as for SSR: a tool in Node formats without waiting for a load.
import './format/locales/index.js';

export * from './core-exports.js';
