import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCssLiterals(source: string): string;
export const minifyCssLiteralsEsbuild: EsbuildPlugin;
export function minifyCssLiteralsVite(): VitePlugin;
