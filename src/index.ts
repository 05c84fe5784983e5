/**
 * bsc-kit: importing this module registers every element of the kit. Each element also has an
 * entry of its own, for pages that want only some of them.
 */
export * from './core.js';
