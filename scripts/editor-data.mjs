#!/usr/bin/env node
/**
 * Editor support for the kit's tags, generated from custom-elements.json into dist/editor/ (a step
 * of `npm run build`; the package ships it):
 * - vscode.html-custom-data.json and vscode.css-custom-data.json — VS Code's custom data, which a
 *   project names in its `html.customData` / `css.customData` settings;
 * - web-types.json — JetBrains IDEs find it through package.json's `web-types` field.
 * Only what the tools answer is written: neither writes package.json nor anything outside dist/.
 *
 *   node scripts/editor-data.mjs [outDir]     default dist/editor
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(process.argv[2] ?? join(root, 'dist/editor'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

// The JetBrains generator reads ./package.json (the package's name and version) when it is imported.
process.chdir(root);
const { getVsCodeCssCustomData, getVsCodeHtmlCustomData } = await import('custom-element-vs-code-integration');
const { getWebTypesData } = await import('custom-element-jet-brains-integration');

const shared = {
  // The base class carries no tag; the description is the JSDoc summary and its details.
  exclude: ['BscElement'],
  // Methods are for scripts, not markup; the section would be empty for most tags.
  hideMethodDocs: true,
  hideLogs: true,
};

/** The manifest names source files; the package ships their builds: src/elements/x.ts → dist/elements/x.js. */
const shippedModule = (_symbol, modulePath) => modulePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

const files = {
  'vscode.html-custom-data.json': getVsCodeHtmlCustomData(manifest, shared),
  'vscode.css-custom-data.json': getVsCodeCssCustomData(manifest, shared),
  'web-types.json': getWebTypesData(manifest, { ...shared, modulePathTemplate: shippedModule }),
};

mkdirSync(outDir, { recursive: true });
for (const [file, contents] of Object.entries(files)) writeFileSync(join(outDir, file), `${JSON.stringify(JSON.parse(contents), null, 2)}\n`);
console.log(`editor data: ${Object.keys(files).join(', ')} → ${relative(root, outDir) || '.'}`);
