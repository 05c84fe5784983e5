/**
 * The browser engine a test runs in, and `onlyIn`, which runs a test in some engines and skips it
 * by name in the others, the reason written beside it (and in the skipped test's title), so that no
 * test goes missing silently. For what an engine's driver cannot do (a Chrome DevTools Protocol
 * command), never for what the kit does differently: that the kit must handle.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = engineOf(navigator.userAgent);

export function engineOf(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/\b(Chrome|Chromium|HeadlessChrome)\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

/** `it` in the named engines; elsewhere `it.skip`, with the engine and the reason in the title. */
export function onlyIn(engines: readonly Engine[], reason: string): (title: string, test: Mocha.Func | Mocha.AsyncFunc) => Mocha.Test {
  if (engines.includes(engine)) return (title, test) => it(title, test);
  return (title, test) => it.skip(`${title} (skipped in ${engine}: ${reason})`, test);
}

/** Why print tests run in Chromium alone: @web/test-runner-commands' emulateMedia is a CDP call. */
export const EMULATE_MEDIA_NEEDS_CDP = "emulateMedia is a Chrome DevTools Protocol call; Firefox's WebDriver BiDi and WebKitWebDriver have no print emulation";
