import { debianBinary } from './debian-binary.mjs';

/** Debian's Firefox ESR; the kit never downloads a browser. FIREFOX overrides the path. */
export function firefoxPath() {
  return debianBinary([process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'], 'Firefox', 'firefox-esr', 'FIREFOX');
}

/**
 * Preferences that keep Firefox off the network on a machine without one, and let the page under
 * test act as focused (focus events, :focus-visible) though no window of a headless Firefox has the
 * system's focus.
 */
export const firefoxPreferences = {
  'focusmanager.testmode': true,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'extensions.update.enabled': false,
};

/**
 * A page for the test runner to drive. Puppeteer's WebDriver BiDi keyboard knows the character
 * ' ' but not the key name 'Space' that tests press (its CDP keyboard knows both), so the name is
 * given as the character.
 */
export async function firefoxPage({ context }) {
  const page = await context.newPage();
  const keyboard = page.keyboard;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}
