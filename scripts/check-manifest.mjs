/**
 * Fails when the committed custom-elements.json differs, byte for byte, from a fresh analysis of
 * src/elements/ with custom-elements-manifest.config.mjs. The fresh manifest is written to a temp
 * dir, so a failing run leaves something to diff against.
 */
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const committedPath = join(root, 'custom-elements.json');
process.chdir(root); // the config reads the globbed files relative to the working directory

// noWrite: the analyzer writes nothing (neither the manifest nor package.json); the bytes are
// formatted exactly as its own writer does.
const manifest = await cli({
  argv: ['analyze', '--config', join(root, 'custom-elements-manifest.config.mjs'), '--quiet'],
  cwd: root,
  noWrite: true,
});
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
const freshPath = join(mkdtempSync(join(tmpdir(), 'bsc-manifest-')), 'custom-elements.json');
writeFileSync(freshPath, fresh);

const committed = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : '';
if (committed !== fresh) {
  console.error('custom-elements.json is out of date: run npm run manifest and commit it.');
  console.error(`  fresh manifest: ${freshPath}  (diff -u custom-elements.json ${freshPath})`);
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
