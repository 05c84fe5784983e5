import { existsSync } from 'node:fs';

/**
 * The first of `candidates` (an environment variable's value first, then Debian's paths) that
 * exists, or an error that says which Debian package to install. The kit never downloads a browser.
 */
export function debianBinary(candidates, what, pkg, variable) {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`${what} not found: install Debian's "${pkg}" package (apt-get install ${pkg}) or set ${variable}.`);
  return found;
}
