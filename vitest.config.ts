import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumFlags, chromiumPath } from './test/support/chromium.mjs';

/**
 * `npm run test:stories`: every story of .storybook/main.ts rendered once in Debian's headless
 * Chromium, its play function run, then axe over the page; a violation fails the story
 * (`a11y: { test: 'error' }` in preview.ts). The unit tests (test/**) stay with web-test-runner:
 * the only project here is Storybook's, whose files are the stories and nothing else.
 *
 * The preview's annotations (preview.ts and every addon's, a11y's included) are applied by the
 * plugin itself since Storybook 10.3; .storybook/vitest.setup.ts only makes the page like
 * Storybook's canvas.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        // Storybook's builder reads .storybook/vite.config.ts; the plugin does not, so the setting
        // it exists for (legacy decorators in every file) is repeated here.
        tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
        // Storybook's web-components renderer imports this one module of lit's; pre-bundled with
        // the rest of lit, the page runs one copy of lit-html, not two.
        optimizeDeps: { include: ['lit/directive-helpers.js'] },
        test: {
          name: 'storybook',
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumFlags } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
