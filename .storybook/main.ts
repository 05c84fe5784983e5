import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';

/**
 * Storybook for the elements: stories/*.stories.ts and stories/*.mdx, controls from
 * custom-elements.json (see preview.ts), axe checks in the a11y panel. It runs offline: no
 * telemetry, no update check (`--no-version-updates` in the npm script), no "what's new" fetch.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.@(mdx|stories.ts)'],
  // addon-vitest: the sidebar's "Run tests" runs vitest.config.ts, as `npm run test:stories` does.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the root vite.config.ts: that one serves demo/ and builds the library.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      build: {
        // Storybook's preview and docs bundles are big; their size says nothing about the kit's.
        chunkSizeWarningLimit: 2000,
        rolldownOptions: {
          onwarn(warning, warn) {
            // @wc-toolkit/storybook-helpers ships its Node-only preset in the module the preview
            // imports; that preset's `import path from "path"` never runs in the browser.
            if (/"path" has been externalized.*storybook-helpers/s.test(warning.message)) return;
            warn(warning);
          },
        },
      },
    }),
  // The manager asks the server for the latest "what's new" post on every start, whatever the
  // setting above; answer it here so nothing leaves the machine.
  experimental_serverChannel: async (channel) => {
    channel.removeAllListeners('requestWhatsNewData');
    channel.on('requestWhatsNewData', () => channel.emit('resultWhatsNewData', { data: { status: 'ERROR' } }));
    return channel;
  },
};

export default config;
