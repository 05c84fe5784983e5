import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { debianBinary } from './debian-binary.mjs';

/**
 * WebKitGTK (the engine Safari's WebKit shares), driven by Debian's WebKitWebDriver over WebDriver
 * classic through @web/test-runner-webdriver. The launcher starts the driver on a free port when the
 * run starts and stops it with the run; MiniBrowser needs a display, so without one the driver runs
 * inside `xvfb-run -a` (Debian's xvfb). Nothing is downloaded. WEBKIT_WEBDRIVER and MINIBROWSER
 * override the paths.
 */
export function webkitLauncher() {
  return new WebKitLauncher();
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    });
  }

  async initialize(config, testFiles) {
    this.webKitWebDriver = await startWebKitWebDriver();
    this.options.port = this.webKitWebDriver.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.webKitWebDriver?.stop();
    this.webKitWebDriver = undefined;
  }
}

/** The capabilities that open MiniBrowser, WebKitGTK's browser for automation, over WebDriver classic. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // WebDriver classic: webdriverio would ask for BiDi (webSocketUrl), which WebKitWebDriver refuses.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
}

/** Debian's WebKitWebDriver on a free local port (under xvfb-run without a display), ready for a session. */
export async function startWebKitWebDriver() {
  const port = await freePort();
  const child = startDriver(webkitWebDriverPath(), port);
  try {
    await waitForDriver(port, child);
  } catch (error) {
    stopDriver(child);
    throw error;
  }
  return { port, stop: () => stopDriver(child) };
}

function webkitWebDriverPath() {
  return debianBinary([process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'], 'WebKitWebDriver', 'webkit2gtk-driver', 'WEBKIT_WEBDRIVER');
}

function miniBrowserPath() {
  const candidates = [process.env.MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
  return debianBinary(candidates, 'MiniBrowser', 'webkit2gtk-driver', 'MINIBROWSER');
}

/** The driver in a process group of its own, so that stopping it stops xvfb-run and Xvfb too. */
function startDriver(driver, port) {
  const command = process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? [driver] : ['xvfb-run', '-a', driver];
  const child = spawn(command[0], [...command.slice(1), `--port=${port}`, '--host=local'], { detached: true, stdio: 'ignore' });
  const stop = () => stopDriver(child);
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  return child;
}

function stopDriver(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode} before it answered`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
