import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { minifyCssLiteralsVite } from './scripts/minify-css-literals.mjs';

const { dependencies = {} } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
const external = Object.keys(dependencies);

/**
 * `npm start` serves demo/ (the intranet page with the sample scorecard); `npm run build` builds
 * the library entries into dist/, leaving lit, d3 and zod to the user's bundler.
 */
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo', server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } } }
    : {
        plugins: [minifyCssLiteralsVite()],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          lib: { entry: { core: 'src/core.ts', index: 'src/index.ts' }, formats: ['es'] },
          rollupOptions: { external: (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`)) },
        },
      },
);
