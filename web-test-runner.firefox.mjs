import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { baseConfig, slowerEngine } from './web-test-runner.base.mjs';
import { firefoxPage, firefoxPath, firefoxPreferences } from './test/support/firefox.mjs';

/**
 * The whole suite in Debian's Firefox ESR (`npm run test:firefox`), driven by puppeteer-core over
 * WebDriver BiDi: the Chromium launcher with puppeteer-core as its puppeteer and `browser: 'firefox'`
 * is what @web/test-runner-puppeteer does, without the `puppeteer` package that downloads a browser.
 */
export default {
  ...baseConfig,
  ...slowerEngine,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: firefoxPreferences },
      createPage: firefoxPage,
    }),
  ],
};
