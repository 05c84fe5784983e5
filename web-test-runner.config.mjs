import { chromeLauncher } from '@web/test-runner-chrome';
import { baseConfig } from './web-test-runner.base.mjs';
import { chromiumPath, chromiumFlags } from './test/support/chromium.mjs';

/** The whole suite, pure code and elements alike, in Debian's headless Chromium (`npm test`). */
export default {
  ...baseConfig,
  // One file at a time, as in Firefox and WebKit: beside another file's tab, axe's target-size
  // checks of test/a11y/narrow.test.ts never finish in Chromium (alone they take seconds).
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumFlags },
    }),
  ],
};
