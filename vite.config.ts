import { defineConfig, type UserConfig } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { minifyTemplatesVite } from './scripts/minify-templates.mjs';
import { pageChunkGroups } from './scripts/page-chunks.mjs';

const { dependencies = {} } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
const dependencyNames = Object.keys(dependencies);
const isDependency = (id: string) => dependencyNames.some((name) => id === name || id.startsWith(`${name}/`));
/** bsc-kit/ssr's renderer: the page's server installs it (it is Node-only and not needed in a browser). */
const isServerRenderer = (id: string) => id === '@lit-labs/ssr' || id.startsWith('@lit-labs/ssr/');

/**
 * What dist/bsc-kit.js leaves to files beside it (dist/bsc-kit/*.js), each loaded by the one file
 * the first time a page uses it, from where the one file was loaded: every language's words but
 * English (a page pays for the language it shows: `de.js`, `ar.js`, `ja.js`), and the CSV importer
 * with its parser (`csv-import.js`), which only a scorecard whose `src` is a CSV table uses.
 * Issue 12's rules; English, and whatever else the kit imports on demand, stays inside the one file.
 */
const isLanguageBesideOneFile = (id: string) => /[\\/]src[\\/]format[\\/]locales[\\/](?!index\.|register-|en\b)[\w-]+\.ts$/.test(id);
const isCsvImport = (id: string) => /[\\/]src[\\/]import[\\/]|[\\/]src[\\/]elements[\\/]internal[\\/]csv-model\.ts$|[\\/]node_modules[\\/]d3-dsv[\\/]/.test(id);
const isBesideOneFile = (id: string) => isLanguageBesideOneFile(id) || isCsvImport(id);

/** Every public element module: `src/elements/bsc-*.ts` but the base class and the styles. */
const elementEntries = Object.fromEntries(
  readdirSync(new URL('./src/elements/', import.meta.url))
    .filter((file) => /^bsc-[\w-]+\.ts$/.test(file) && !file.endsWith('.styles.ts') && file !== 'bsc-element.ts')
    .map((file) => [`elements/${file.slice(0, -3)}`, `src/elements/${file}`]),
);

/**
 * `npm start` serves demo/. `npm run build` runs two builds into dist/:
 * - the default mode, for bundlers: every module of src/ as a module of its own (the elements'
 *   entries, `core`, `index`, `ssr`, `import`), lit, d3 and zod left to the user's bundler, readable, no minification
 *   (the user's bundler minifies; their tree-shaking works module by module);
 * - `--mode standalone`: dist/bsc-kit.js, the whole kit in one minified file with lit, d3 and zod
 *   inside and the on-demand imports inlined, for a page's `<script type="module">`; but for
 *   another language than English, which it loads from dist/bsc-kit/ beside it (`isBesideOneFile`);
 * - `--mode autoload`: dist/cdn/autoload.js and its chunks, minified, lit, d3 and zod inside: a
 *   page's `<script type="module">` that loads each element's chunk when the page first shows it;
 *   the chunks the elements share are grouped by the budgeted pages (scripts/page-chunks.mjs).
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') return { root: 'demo', server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } } };
  const shared: UserConfig = {
    plugins: [minifyTemplatesVite()],
    // Lit's production build (its `production` export condition): no dev-mode warnings or checks.
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: { outDir: 'dist', target: 'es2022', reportCompressedSize: false },
  };
  // The minified builds are what a page runs, bundled already: no bundler reads their `@__PURE__`
  // marks after them (each mark is 17 bytes, some 300 in dist/bsc-kit.js: 0.3 KB min+gzip).
  if (mode === 'standalone') {
    return {
      ...shared,
      build: {
        ...shared.build,
        emptyOutDir: false,
        // No source map: the package ships no sources for it to point at; the modules build is readable.
        sourcemap: false,
        minify: true,
        lib: { entry: { 'bsc-kit': 'src/index.ts' }, formats: ['es'] },
        rolldownOptions: {
          // The file may export what its parts beside it import from it (names no page uses).
          preserveEntrySignatures: 'allow-extension',
          output: {
            chunkFileNames: 'bsc-kit/[name].js',
            minify: true,
            comments: { annotation: false },
            // Everything in bsc-kit.js (what the kit imports on demand too: a dynamic import of a
            // module in the same file costs nothing), but the parts a page may never use.
            codeSplitting: {
              includeDependenciesRecursively: false,
              groups: [
                { name: 'csv-import', test: isCsvImport },
                { name: 'bsc-kit', test: (id: string) => !isBesideOneFile(id) },
              ],
            },
          },
        },
      },
    };
  }
  if (mode === 'autoload') {
    return {
      ...shared,
      build: {
        ...shared.build,
        outDir: 'dist/cdn',
        emptyOutDir: false,
        sourcemap: false,
        minify: true,
        lib: { entry: { autoload: 'src/autoload.ts' }, formats: ['es'] },
        rolldownOptions: {
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
            minify: true,
            comments: { annotation: false },
            // Few files for the budgeted pages: a gauge's, a scorecard's (scripts/page-chunks.mjs).
            codeSplitting: {
              groups: pageChunkGroups({ gauge: 'src/elements/bsc-kpi-gauge.ts', scorecard: 'src/elements/bsc-scorecard.ts', card: 'src/elements/bsc-kpi.ts' }),
            },
          },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      ...shared.build,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: { index: 'src/index.ts', core: 'src/core.ts', ssr: 'src/ssr.ts', 'import/index': 'src/import/index.ts', ...elementEntries },
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id) => isDependency(id) || isServerRenderer(id),
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
