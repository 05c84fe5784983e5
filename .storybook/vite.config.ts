import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Storybook's own Vite config (the root vite.config.ts serves demo/ and builds the library).
 * Storybook keeps only `build.target` of a file's `build`: build options go in main.ts `viteFinal`.
 *
 * Vite 8 compiles TypeScript with oxc, which takes `experimentalDecorators` and
 * `useDefineForClassFields` from the nearest tsconfig.json only for files that tsconfig includes.
 * stories/ is outside the root tsconfig's `include`, so an element defined in a story would get
 * standard decorators, which no browser runs yet. Naming the tsconfig applies it to every file.
 */
export default defineConfig({
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  plugins: [reloadOnManifestChange()],
});

/**
 * Stories read custom-elements.json once, when they load (`getStorybookHelpers` at module scope),
 * so a hot update of preview.ts alone would keep stale controls: reload the page instead.
 */
function reloadOnManifestChange(): Plugin {
  const manifest = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
  return {
    name: 'bsc:reload-on-manifest-change',
    hotUpdate({ file }) {
      if (file !== manifest) return;
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
