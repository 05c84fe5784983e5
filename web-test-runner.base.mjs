import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { frameworkModules } from './test/frameworks/framework-modules.mjs';

/**
 * What every engine's run shares: the files, how the dev server serves them and how a run reports.
 * Each engine's config (web-test-runner.config.mjs for Chromium, .firefox.mjs, .webkit.mjs) adds
 * its browser, and its concurrency where the engine needs another.
 */
export const baseConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // A file's tests together: test/a11y/narrow.test.ts runs axe's target-size rule, which compares
  // every pair of targets, over four whole pages; beside another file on two loaded cores that
  // passes the runner's default of two minutes. No test asserts a timing.
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), frameworkModules()],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};

/**
 * More time for what is slower to start and to run axe in Firefox and WebKit than in Chromium, on
 * a shared CI machine: a browser start, a page start, and a test (mocha's timeout; no test asserts
 * a timing). axe over the whole sample scorecard, light and dark, takes WebKit about twice as long
 * as Chromium (measured under load: 21 s against 12.5 s a theme).
 */
export const slowerEngine = {
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
};
