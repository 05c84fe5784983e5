import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** Imports a TypeScript module of the kit in Node, bundled by esbuild (the DOM-free layers only). */
export async function importTs(relativePath) {
  const entry = fileURLToPath(new URL(`../${relativePath}`, import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'bsc-kit-'));
  const outfile = join(dir, 'module.mjs');
  try {
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
    return await import(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
