import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { baseConfig, slowerEngine } from './web-test-runner.base.mjs';
import { firefoxPage, firefoxPath, firefoxPreferences } from './test/support/firefox.mjs';

/**
 * The whole suite in Debian's Firefox ESR (`npm run test:firefox`), driven by puppeteer-core over
 * WebDriver BiDi: the Chromium launcher with puppeteer-core as its puppeteer and `browser: 'firefox'`
 * is what @web/test-runner-puppeteer does, without the `puppeteer` package that downloads a browser.
 * One test file at a time: focus belongs to one tab (or window) of a Firefox, so of two files side
 * by side one misses its keys and its :focus-visible.
 */
export default {
  ...baseConfig,
  ...slowerEngine,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: firefoxPreferences },
      createPage: firefoxPage,
    }),
  ],
};
