import { existsSync } from 'node:fs';

/** Debian's Chromium; the kit never downloads a browser. CHROMIUM overrides the path. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error('Chromium not found: install Debian\'s "chromium" package (apt-get install chromium) or set CHROMIUM.');
  }
  return found;
}

/** Flags that let Chromium run headless as root on a machine without network or GPU. */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
