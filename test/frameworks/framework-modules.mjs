import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Serves the frameworks the integration tests run the kit in, and the kit as a page gets it from a
 * bundler, to the test browser. React ships CommonJS and Vue's default build expects a bundler's
 * `process.env`, so neither loads as the dev server finds it in node_modules:
 *
 * - `vue` resolves to Vue's own browser build (ES module, template compiler included);
 * - `react`, `react/jsx-runtime`, `react-dom` and `react-dom/client` resolve to ES modules that
 *   esbuild bundles once, with a shared chunk, so that every specifier sees one React;
 * - `/__frameworks/bsc-kit.js` is `src/index.ts` bundled whole (lit, d3, zod inside), as a vendor
 *   would ship it. Each distinct query string (`?copy=vendor`) is another module to the browser,
 *   so a test loads as many separate copies of the kit as it likes.
 */
export function frameworkModules() {
  let react;
  let kit;
  return {
    name: 'bsc-framework-modules',
    resolveImport({ source }) {
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.prod.js';
      if (Object.hasOwn(REACT_ENTRIES, source)) return `${PREFIX}${REACT_ENTRIES[source]}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length);
      // Bundled once per run, on first request: a watch run serves the kit as it was then.
      const body = name === KIT ? await (kit ??= bundleKit()) : (await (react ??= bundleReact())).get(name);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

const PREFIX = '/__frameworks/';
const KIT = 'bsc-kit.js';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bare specifiers a React page imports, and the name of the module that stands in for each. */
const REACT_ENTRIES = {
  react: 'react',
  'react/jsx-runtime': 'react-jsx-runtime',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom-client',
};

/**
 * An ES module per React specifier, re-exporting by name what the CommonJS module exports: a
 * bundler cannot know those names statically, so a production Node reads them (in a process of its
 * own: React's development build writes to the console, which the test runner has taken over).
 */
async function bundleReact() {
  const specifiers = Object.keys(REACT_ENTRIES);
  const namesBySpecifier = JSON.parse(
    execFileSync(
      process.execPath,
      ['--input-type=commonjs', '-e', `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => Object.keys(require(s)))))`],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        encoding: 'utf8',
      },
    ),
  );
  const facades = Object.fromEntries(
    specifiers.map((specifier, i) => {
      const names = namesBySpecifier[i].filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      const source = `import * as m from ${JSON.stringify(specifier)};\nexport const { ${names.join(', ')} } = m;\nexport default m.default ?? m;\n`;
      return [REACT_ENTRIES[specifier], source];
    }),
  );
  const result = await build({
    entryPoints: Object.keys(facades),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/out',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'facades',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? { path: args.path, namespace: 'facade' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'facade' }, (args) => ({ contents: facades[args.path], resolveDir: ROOT, loader: 'js' }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path.slice('/out/'.length), file.text]));
}

async function bundleKit() {
  const result = await build({
    entryPoints: ['src/index.ts'],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
