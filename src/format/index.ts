/** Format's API with every built-in language registered up front, as `bsc-kit/core` has it. */
import './locales/index.js';

export * from './exports.js';
