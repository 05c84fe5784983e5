import { chromeLauncher } from '@web/test-runner-chrome';
import { baseConfig } from './web-test-runner.base.mjs';
import { chromiumPath, chromiumFlags } from './test/support/chromium.mjs';

/** The whole suite, pure code and elements alike, in Debian's headless Chromium (`npm test`). */
export default {
  ...baseConfig,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumFlags },
    }),
  ],
};
