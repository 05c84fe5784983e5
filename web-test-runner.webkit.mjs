import { baseConfig, slowerEngine } from './web-test-runner.base.mjs';
import { webkitLauncher } from './test/support/webkit.mjs';

/**
 * The whole suite in WebKitGTK (`npm run test:webkit`) through Debian's WebKitWebDriver. One test
 * file at a time: with more, @web/test-runner-webdriver runs files in iframes of one page, where
 * keyboard input cannot be sent to the right file.
 */
export default {
  ...baseConfig,
  ...slowerEngine,
  concurrency: 1,
  browsers: [webkitLauncher()],
};
