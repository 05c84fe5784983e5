/**
 * Minifies the CSS inside Lit's css`…` templates at build time, with esbuild's CSS minifier (which
 * understands strings, comments and at-rules), for templates without `${…}` parts. Source stays
 * readable; the bundles a page downloads do not carry indentation and line breaks.
 * Used by the library build (vite.config.ts) and by the benchmarks' bundles, so both measure the
 * same thing.
 */
import { transformSync } from 'esbuild';
import { readFile } from 'node:fs/promises';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

export function minifyCssLiterals(source) {
  return source.replace(CSS_LITERAL, (whole, body) => {
    try {
      const { code } = transformSync(body, { loader: 'css', minify: true, logLevel: 'silent' });
      return `css\`${code.trim()}\``;
    } catch {
      return whole;
    }
  });
}

/** The esbuild plugin: applies to the kit's own TypeScript sources. */
export const minifyCssLiteralsEsbuild = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({ contents: minifyCssLiterals(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};

/** The Vite (rolldown) plugin, for `npm run build`. */
export function minifyCssLiteralsVite() {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
