// The build's minification of html`…`/svg`…` whitespace (scripts/html-whitespace.mjs): what it
// takes out, and that a template renders the same before and after, in this browser.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html, render, type LitElement } from 'lit';
import { minifyHtmlTemplate } from '../../scripts/html-whitespace.mjs';
import * as kit from '../../src/index.js';

const one = (text: string, svg = false) => minifyHtmlTemplate([text], { svg })[0];

describe('minifyHtmlTemplate', () => {
  it('makes a run of whitespace with a line break one line break, and leaves a run without one', () => {
    expect(one('<p part="x">\n    ${a}\n  </p>')).to.equal('<p part="x">\n${a}\n</p>');
    expect(one('<p>\n\n    a\r\n  \r\n</p>'), 'as many line breaks as the run had').to.equal('<p>\n\na\n\n</p>');
    expect(one('<div>\n      <span>a</span>  <span>b</span>\n    </div>')).to.equal('<div>\n<span>a</span>  <span>b</span>\n</div>');
    expect(minifyHtmlTemplate(['<p>\n  ', '\n  ', '  </p>'])).to.deep.equal(['<p>\n', '\n', '  </p>']);
  });

  it('keeps quoted attribute values, comments, and <pre>, <textarea>, <script>, <style> as written', () => {
    expect(one('<b title="a\n    b"\n   class=\'c\n d\'\n  >x</b>')).to.equal('<b title="a\n    b"\nclass=\'c\n d\'\n>x</b>');
    expect(minifyHtmlTemplate(['<b title="a\n  ', '\n  b">\n  </b>'])).to.deep.equal(['<b title="a\n  ', '\n  b">\n</b>']);
    expect(one('<pre>\n  a\n    b\n</pre>\n  <textarea>\n  x</textarea>\n  <p>\n </p>')).to.equal(
      '<pre>\n  a\n    b\n</pre>\n<textarea>\n  x</textarea>\n<p>\n</p>',
    );
    expect(one('<!--\n  a\n  -->\n  <style>\n  .a {}\n</style>')).to.equal('<!--\n  a\n  -->\n<style>\n  .a {}\n</style>');
  });

  it('removes whitespace between tags inside <svg>, keeps it as written where SVG renders text, and never next to a part', () => {
    expect(one('<g>\n  <path d="M0 0\n  L1 1"></path>\n  <text>\n    a\n  </text>\n</g>', true)).to.equal(
      '<g><path d="M0 0\n  L1 1"></path><text>\n    a\n  </text></g>',
    );
    expect(one('<p>\n  <svg>\n    <rect />\n    <title>\n  t</title>\n  </svg>\n  <i></i>\n</p>')).to.equal(
      '<p>\n<svg><rect /><title>\n  t</title></svg>\n<i></i>\n</p>',
    );
    expect(minifyHtmlTemplate(['<g>\n  ', '\n  </g>'], { svg: true })).to.deep.equal(['<g>\n', '\n</g>']);
  });

  it('keeps what follows a backslash: an escape or a line continuation', () => {
    expect(one('<p>a\\\n    b\\`\n  </p>')).to.equal('<p>a\\\n    b\\`\n</p>');
  });
});

/** A piece of a template: text, whitespace, a part (`\0`), elements HTML and SVG. */
const word = fc.constantFrom('a', 'bb', 'Ünï', 'x y', '漢字', '');
const space = fc.constantFrom(' ', '\n', '\n    ', '  \n\t ', '\t', '\n\n  ');
const piece: fc.Memo<string> = fc.memo((depth) => {
  const leaf = fc.oneof(word, space, fc.constant('\0'));
  if (depth <= 1) return leaf;
  const children = fc.array(piece(depth - 1), { maxLength: 4 }).map((parts) => parts.join(''));
  const attribute = fc.tuple(word, space, word).map(([a, s, b]) => ` title="${a}${s}${b}"`);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('span', 'b', 'p', 'div', 'label'), attribute, space, children)
        .map(([tag, a, s, c]) => `<${tag}${s}${a}${s}>${c}</${tag}>`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(fc.oneof(word, space), { maxLength: 4 })).map(([c]) => `<pre>${c.join('')}</pre><textarea>${c.join('')}</textarea>`),
    },
    { weight: 1, arbitrary: svgPiece(depth).map((c) => `<svg width="200" height="40">${c}</svg>`) },
  );
});
const svgPiece = (depth: number): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        space,
        fc.constant('<rect width="5" height="5"></rect>'),
        fc.tuple(space, word, space, word, space).map((text) => `<text x="0" y="20">${text.join('')}</text>`),
        depth > 2 ? fc.constant('<g>\n  <circle r="2"></circle>\n</g>') : fc.constant('<g></g>'),
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join(''));

const WHITE_SPACES = ['normal', 'pre-line', 'nowrap'] as const;
type Shown = { text: string; width: number; height: number };

/** What a template shows, as far as whitespace can change it: per white-space mode, and the rest. */
function rendered(strings: string[]): Record<(typeof WHITE_SPACES)[number], Shown> & { rest: object } {
  const box = document.createElement('div');
  document.body.append(box);
  const shown: Record<string, Shown> = {};
  for (const whiteSpace of WHITE_SPACES) {
    const host = document.createElement('div');
    host.className = 'host';
    host.style.whiteSpace = whiteSpace; // the test's own page: no CSP here
    box.append(host);
    const template = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
    render(html(template, ...strings.slice(1).map((_, i) => `v${i}`)), host);
    const { width, height } = host.getBoundingClientRect();
    // A run of spaces shows as one, and none at a line's start or end, in these three modes (<pre> and <textarea>
    // are compared below, as written). WebKit's innerText keeps such runs under pre-line ("v0  a" where it draws
    // "v0" and "a" on two lines), so the text is compared as it shows; the sizes say where the lines break.
    shown[whiteSpace] = { text: host.innerText.replace(/[ \t]+/g, ' ').replace(/^ | $/gm, ''), width, height };
  }
  const first = box.firstElementChild!;
  const rest = {
    attributes: [...first.querySelectorAll('*')].map((el) => [el.localName, ...[...el.attributes].map((a) => `${a.name}=${a.value}`)]),
    verbatim: [...first.querySelectorAll('pre, textarea')].map((el) => el.textContent),
    svgText: [...first.querySelectorAll('text')].map((el) => (el as SVGTextElement).getComputedTextLength()),
  };
  box.remove();
  return { ...(shown as Record<(typeof WHITE_SPACES)[number], Shown>), rest };
}

describe('a template minified renders as written', () => {
  it('shows the same text, at the same size, with the same attributes, for random templates', () => {
    fc.assert(
      fc.property(fc.array(piece(4), { minLength: 1, maxLength: 5 }), (pieces) => {
        const strings = `<div>${pieces.join('')}</div>`.split('\0');
        const [minified, written] = [rendered(minifyHtmlTemplate(strings)), rendered(strings)];
        // Sizes within a pixel: Firefox gives a pre-line line of a bold element's collapsed spaces a pixel more
        // ("<b>\n    </b>" 40 px, "<b>\n</b>" 39 px); the text, the line breaks and the attributes must be the same.
        for (const whiteSpace of WHITE_SPACES) {
          expect(minified[whiteSpace].text, whiteSpace).to.equal(written[whiteSpace].text);
          expect(minified[whiteSpace].width, whiteSpace).to.be.closeTo(written[whiteSpace].width, 1);
          expect(minified[whiteSpace].height, whiteSpace).to.be.closeTo(written[whiteSpace].height, 1);
        }
        expect(minified.rest).to.deep.equal(written.rest);
      }),
      { numRuns: 150 },
    );
  });

  it("holds for the kit's styles: no element shows whitespace as written (pre, pre-wrap, break-spaces)", () => {
    const elements = Object.values(kit as Record<string, unknown>).filter(
      (value): value is typeof LitElement => typeof value === 'function' && 'elementStyles' in value,
    );
    expect(elements.length, 'every element of the kit').to.be.greaterThan(10);
    const css = elements.flatMap((element) => (element.elementStyles ?? []).map((style) => ('cssText' in style ? style.cssText : '')));
    expect(css.join('\n')).to.match(/white-space:\s*pre-line/, 'the styles are read');
    expect(css.join('\n')).not.to.match(/white-space:\s*(pre|pre-wrap|break-spaces)\s*[;}]/);
  });
});
