#!/usr/bin/env node
/**
 * `npm run engines:check` (after `npm run build`): the pages a user opens load in Chromium, Firefox
 * ESR and WebKitGTK with no console error, no uncaught error or rejection, no failed resource and no
 * CSP violation, and every bsc-* element on them renders:
 *
 * - the demo pages (demo/, served by Vite as `npm start` does): the intranet page with each sample,
 *   the page composed by hand and the cascade;
 * - dist/bsc-kit.js by one `<script type="module">`, under
 *   `Content-Security-Policy: script-src 'self'; style-src 'self'`, on an English page and on a
 *   German one, which loads dist/bsc-kit/de.js from beside it (its gauge must read German);
 * - dist/cdn/autoload.js by one `<script type="module">`, under the same policy.
 *
 * A probe (a file, so the policy allows it) runs before anything else on each page and records what
 * went wrong from inside the page, the same way in every engine (first tried on a broken page, so
 * that the check can fail): Chromium and Firefox are driven by
 * puppeteer-core (WebDriver BiDi for Firefox), which also reports the browser's own console errors;
 * WebKit by webdriverio and Debian's WebKitWebDriver (test/support/webkit.mjs).
 *
 * `--engines chromium,firefox` picks engines. Exit code 1 when a page fails in any engine.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { createServer as createViteServer } from 'vite';
import { chromiumFlags, chromiumPath } from '../test/support/chromium.mjs';
import { firefoxPath, firefoxPreferences } from '../test/support/firefox.mjs';
import { startWebKitWebDriver, webkitCapabilities } from '../test/support/webkit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const PAGE_TIMEOUT = 45_000;
const ENGINES = ['chromium', 'firefox', 'webkit'];
const chosen = (
  process.argv
    .find((arg) => arg.startsWith('--engines='))
    ?.slice('--engines='.length)
    .split(',') ?? ENGINES
).filter((name) => ENGINES.includes(name));

const log = (...parts) => console.log('[engines:check]', ...parts);

/** Runs first on every page: what goes wrong, recorded in the page, then the page's state when asked. */
const PROBE = `(() => {
  const problems = (window.__problems = []);
  const text = (value) => (value instanceof Error ? value.message : typeof value === 'string' ? value : (() => { try { return JSON.stringify(value); } catch { return String(value); } })());
  const error = console.error.bind(console);
  console.error = (...args) => { problems.push('console.error: ' + args.map(text).join(' ')); error(...args); };
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && (target.src || target.href)) problems.push('failed to load ' + (target.src || target.href));
    else problems.push('uncaught ' + (event.message || text(event.error)));
  }, true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + text(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('CSP violation: ' + event.violatedDirective + ' ' + (event.blockedURI || event.sample)));
  const elements = () => {
    const found = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('bsc-')) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  };
  let settledAt = 0;
  window.__engineCheck = () => {
    if (document.readyState !== 'complete') return null;
    const all = elements();
    const pending = all.filter((el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childNodes.length === 0);
    if (all.length === 0 || pending.length > 0) { settledAt = 0; return { ready: false, pending: [...new Set(pending.map((el) => el.localName))], count: all.length }; }
    // Rendered: a moment more for what loads after the first render (charts imported on demand).
    settledAt ||= performance.now();
    if (performance.now() - settledAt < 750) return { ready: false, pending: [], count: all.length };
    return { ready: true, count: all.length, tags: [...new Set(all.map((el) => el.localName))].length, problems };
  };
})();
`;

/** On the German page: the gauge must read German (its words loaded from dist/bsc-kit/de.js), else a problem. */
const EXPECT_GERMAN = `const gauge = document.querySelector('bsc-kpi-gauge');
await customElements.whenDefined('bsc-kpi-gauge');
await gauge.updateComplete;
const reads = gauge.shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '';
if (!/gefährdet/.test(reads)) window.__problems.push('the gauge does not read German: ' + reads);
`;

const CHECK_HTML = (kit, extra = '', lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bsc-kit engines check</title>
<script src="/__probe.js"></script>${extra}
<script type="module" src="${kit}"></script></head><body>
<bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>
<bsc-scorecard src="/demo/data/acme-2026.json" layout="strategy-map"></bsc-scorecard>
</body></html>`;

/** The repository's dist/ and sample data, and the two strict-CSP pages, served with the policy. */
function serveDist() {
  const pages = {
    '/standalone.html': CHECK_HTML('/dist/bsc-kit.js'),
    '/standalone-de.html': CHECK_HTML('/dist/bsc-kit.js', '<script type="module" src="/__expect-german.js"></script>', 'de'),
    '/autoload.html': CHECK_HTML('/dist/cdn/autoload.js'),
    // The probe's own check: a page with a console error, a missing script and an inline style must fail.
    '/broken.html': CHECK_HTML(
      '/dist/bsc-kit.js',
      '<script src="/__broken.js"></script><script src="/no-such-script.js"></script><style>body { color: red }</style>',
    ),
    '/__broken.js': "console.error('an error the probe must report');",
    '/__probe.js': PROBE,
    '/__expect-german.js': EXPECT_GERMAN,
  };
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const headers = (file) => ({
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (pages[path]) return response.writeHead(200, headers(path)).end(pages[path]);
    const file = join(root, path);
    const allowed = file.startsWith(join(root, 'dist')) || file.startsWith(join(root, 'demo/data'));
    if (!allowed || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, headers(file)).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** demo/ as `npm start` serves it, the probe put first in every page. */
async function serveDemo() {
  const probe = {
    name: 'engines-check-probe',
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: '/__probe.js' }, injectTo: 'head-prepend' }],
    configureServer(server) {
      server.middlewares.use('/__probe.js', (_, response) => response.setHeader('content-type', 'text/javascript').end(PROBE));
    },
  };
  const server = await createViteServer({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, strictPort: false, hmr: false },
    plugins: [probe],
  });
  await server.listen();
  return server;
}

// ---------------------------------------------------------------------------------------------
/** One engine's browser behind one interface: open a URL, answer the page's state and its own console errors. */
async function openPuppeteer(options) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  return {
    async check(url) {
      const page = await browser.newPage();
      const consoleErrors = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
      try {
        await page.goto(url);
        const handle = await page
          .waitForFunction(() => window.__engineCheck?.()?.ready && window.__engineCheck(), { timeout: PAGE_TIMEOUT, polling: 100 })
          .catch(async () => {
            throw new Error(`did not render: ${JSON.stringify(await page.evaluate(() => window.__engineCheck?.()))}`);
          });
        const result = await handle.jsonValue();
        return { ...result, problems: [...new Set([...result.problems, ...consoleErrors])] };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

async function openWebKit() {
  const driver = await startWebKitWebDriver();
  try {
    const browser = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: webkitCapabilities() });
    return {
      async check(url) {
        await browser.url(url);
        let last;
        await browser
          .waitUntil(async () => (last = await browser.execute(() => window.__engineCheck?.() ?? null))?.ready, { timeout: PAGE_TIMEOUT, interval: 100 })
          .catch(() => {
            throw new Error(`did not render: ${JSON.stringify(last)}`);
          });
        return last;
      },
      async close() {
        await browser.deleteSession().catch(() => {});
        driver.stop();
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}

const launchers = {
  chromium: () => openPuppeteer({ executablePath: chromiumPath(), args: chromiumFlags, pipe: true }),
  firefox: () => openPuppeteer({ browser: 'firefox', executablePath: firefoxPath(), extraPrefsFirefox: firefoxPreferences }),
  webkit: openWebKit,
};

// ---------------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(join(root, 'dist/bsc-kit.js')) || !existsSync(join(root, 'dist/cdn/autoload.js'))) {
    console.error('[engines:check] FAILED: dist/ is missing or incomplete: run npm run build first');
    process.exitCode = 1;
    return;
  }
  const dist = await serveDist();
  const demo = await serveDemo();
  const distBase = `http://127.0.0.1:${dist.address().port}`;
  const demoBase = demo.resolvedUrls.local[0].replace(/\/$/, '');
  const pages = [
    ['demo: the intranet page', `${demoBase}/index.html`],
    ['demo: the public-sector sample', `${demoBase}/index.html?model=public-sector`],
    ['demo: composed by hand', `${demoBase}/compose.html`],
    ['demo: the cascade', `${demoBase}/cascade.html`],
    ['dist/bsc-kit.js under the strict CSP', `${distBase}/standalone.html`],
    ['dist/bsc-kit.js under the strict CSP, a German page (dist/bsc-kit/de.js on demand)', `${distBase}/standalone-de.html`],
    ['dist/cdn/autoload.js under the strict CSP', `${distBase}/autoload.html`],
  ];
  let failures = 0;
  try {
    for (const name of chosen) {
      const started = Date.now();
      let browser;
      try {
        browser = await launchers[name]();
        const reported = (await browser.check(`${distBase}/broken.html`)).problems.join('; ');
        const missed = [/an error the probe must report/, /no-such-script\.js/, /CSP violation: style-src/].filter((expected) => !expected.test(reported));
        if (missed.length > 0) {
          failures += 1;
          console.error(`[engines:check] FAILED ${name}: the probe missed ${missed.join(', ')} on a broken page (it reported: ${reported})`);
        } else log(`${name}: the probe reports a broken page's console error, missing script and CSP violation`);
        for (const [page, url] of pages) {
          try {
            const result = await browser.check(url);
            if (result.problems.length > 0) throw new Error(result.problems.join('; '));
            log(`${name}, ${page}: ${result.count} elements (${result.tags} tags) rendered, no error`);
          } catch (error) {
            failures += 1;
            console.error(`[engines:check] FAILED ${name}, ${page}: ${error.message}`);
          }
        }
      } catch (error) {
        failures += 1;
        console.error(`[engines:check] FAILED ${name}: the browser did not start: ${error.message}`);
      } finally {
        await browser?.close();
      }
      log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    dist.closeAllConnections?.();
    await new Promise((resolve) => dist.close(() => resolve()));
    await demo.close();
  }
  if (failures > 0) process.exitCode = 1;
  else log(`every page loads without error in ${chosen.join(', ')}`);
}

await main();
