// `node --test test/build/minify-templates.test.mjs` (npm test's pretest): the build plugin finds the
// html`…` and svg`…` templates of a module by parsing it, and changes nothing else. What a template's
// whitespace becomes is test/build/html-whitespace.test.ts's, in the browser.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { minifyHtmlLiterals, minifyTemplates } from '../../scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('minifies html`` and svg`` templates, nested ones too, and leaves other tags, strings and comments', () => {
  const source = [
    '// Ünïcödé before: offsets count UTF-16 units.',
    '/* A comment with html`<p>\n  </p>` in it. */',
    "const text = 'html`<p>\\n  </p>`';",
    'const other = sql`SELECT\n  1`;',
    "@customElement('x-a') class A { render(): unknown { return html`<ul>\n  ${items.map((i: number) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`; } }",
    'const icon = svg`<g>\n  <path d="M0 0\n   L1 1"></path>\n</g>`;',
  ].join('\n');
  const expected = source
    .replace('html`<ul>\n  ${', 'html`<ul>\n${')
    .replace('html`<li>\n    ${i}\n  </li>`', 'html`<li>\n${i}\n</li>`')
    .replace(')}\n</ul>`', ')}\n</ul>`')
    .replace('svg`<g>\n  <path d="M0 0\n   L1 1"></path>\n</g>`', 'svg`<g><path d="M0 0\n   L1 1"></path></g>`');
  assert.equal(minifyHtmlLiterals(source, 'a.ts'), expected);
});

test('leaves a module that does not parse as it is', () => {
  const broken = 'const a = html`<p>\n  </p>`; const = ;';
  assert.equal(minifyHtmlLiterals(broken, 'broken.ts'), broken);
});

/** The module with every html``/svg``/css`` template's static text blanked: what must not change. */
function outsideTemplates(source) {
  const spans = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && ['html', 'svg', 'css'].includes(node.tag.name)) {
      for (const quasi of node.quasi.quasis) spans.push([quasi.start + 1, quasi.start + 1 + quasi.value.raw.length]);
    }
    for (const key in node) if (typeof node[key] === 'object') visit(node[key]);
  };
  visit(parseAst(source, { lang: 'ts' }));
  let out = source;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}…${out.slice(end)}`;
  return { out, templates: spans.length };
}

test("every module of src/: only its templates' text changes, and it still parses", () => {
  const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/**/*.ts'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  let templates = 0;
  let saved = 0;
  for (const file of files) {
    const source = readFileSync(`${root}/${file}`, 'utf8');
    const minified = minifyTemplates(source, file);
    const before = outsideTemplates(source);
    const after = outsideTemplates(minified);
    assert.equal(after.out, before.out, `${file}: something outside its templates changed`);
    assert.equal(after.templates, before.templates, file);
    templates += before.templates;
    saved += source.length - minified.length;
  }
  assert.ok(templates > 100 && saved > 1000, `${templates} templates, ${saved} characters saved: the plugin finds the kit's templates`);
});
