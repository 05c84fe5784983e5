import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCssLiterals(source: string): string;
export function minifyHtmlLiterals(source: string, filename?: string): string;
export function minifyTemplates(source: string, filename?: string): string;
export const minifyTemplatesEsbuild: EsbuildPlugin;
export function minifyTemplatesVite(): VitePlugin;
