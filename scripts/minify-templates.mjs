/**
 * Minifies the kit's Lit templates at build time; source stays readable, the bundles a page
 * downloads do not carry indentation and line breaks:
 * - the CSS inside css`…` templates without `${…}` parts (the kit has no other), with esbuild's
 *   CSS minifier (which understands strings, comments and at-rules);
 * - the whitespace of html`…` and svg`…` templates that cannot show (scripts/html-whitespace.mjs
 *   says which), found by parsing the module.
 * Used by the library build (vite.config.ts) and by the benchmarks' bundles (bench/sizes.mjs), so
 * both measure the same thing.
 */
import { transformSync } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { parseAst } from 'vite';
import { minifyHtmlTemplate } from './html-whitespace.mjs';

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

/**
 * The html`…` and svg`…` templates of a TypeScript module, their whitespace minified. A module that
 * does not parse, or a template whose text is not where the parser says, is left as it is.
 */
export function minifyHtmlLiterals(source, filename = 'module.ts') {
  if (!/\b(html|svg)`/.test(source)) return source;
  let program;
  try {
    program = parseAst(source, { lang: 'ts' }, filename);
  } catch {
    return source;
  }
  /** [start, end, text] of each static string to replace. */
  const edits = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
      const quasis = node.quasi.quasis;
      // A template element's span holds its delimiters: the text starts after "`" or "}".
      const spans = quasis.map(({ start, value: { raw } }) => [start + 1, start + 1 + raw.length, raw]);
      if (spans.every(([start, end, raw]) => source.slice(start, end) === raw)) {
        const minified = minifyHtmlTemplate(
          spans.map(([, , raw]) => raw),
          { svg: node.tag.name === 'svg' },
        );
        spans.forEach(([start, end, raw], index) => minified[index] !== raw && edits.push([start, end, minified[index]]));
      }
    }
    for (const key in node) if (key !== 'type' && typeof node[key] === 'object') visit(node[key]);
  };
  visit(program);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Both minifications, as the plugins apply them to a module of src/. */
export function minifyTemplates(source, filename) {
  return minifyHtmlLiterals(minifyCssLiterals(source), filename);
}

const KIT_SOURCE = /[\\/]src[\\/].*\.ts$/;

/** The esbuild plugin: applies to the kit's own TypeScript sources. */
export const minifyTemplatesEsbuild = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: KIT_SOURCE }, async (args) => ({ contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path), loader: 'ts' }));
  },
};

/** The Vite (rolldown) plugin, for `npm run build`. */
export function minifyTemplatesVite() {
  return {
    name: 'minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!KIT_SOURCE.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
