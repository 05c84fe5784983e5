import { debianBinary } from './debian-binary.mjs';

/** Debian's Chromium; the kit never downloads a browser. CHROMIUM overrides the path. */
export function chromiumPath() {
  return debianBinary([process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'], 'Chromium', 'chromium', 'CHROMIUM');
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
