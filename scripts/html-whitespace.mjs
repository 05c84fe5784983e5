/**
 * The whitespace of one Lit html`…`/svg`…` template that cannot show, taken out at build time: the
 * source's line breaks and indentation. Pure (no import), so the tests run it in the browser and
 * compare what renders.
 *
 * A template is its static strings (`strings`, the raw text between its `${…}` parts), read as the
 * HTML parser reads them, the parts between as opaque values:
 * - between tags and in text, a run of whitespace holding line breaks becomes its line breaks,
 *   which render as the run did under `white-space` `normal`, `nowrap` and `pre-line` (the kit
 *   uses no `pre`, `pre-wrap` nor `break-spaces`: test/build/html-whitespace.test.ts checks every
 *   element's styles); a run without a line break stays as written;
 * - inside `<svg>`, a run between one tag's `>` and the next `<` goes, where SVG renders no text;
 *   inside `<text>`, `<tspan>`, `<textPath>`, `<title>`, `<desc>`, `<foreignObject>` every run stays
 *   as written (WebKit follows SVG 1.1 there: a line break is removed, not made a space, so
 *   " a\n    a " shows "a a" but " a\na " shows "aa");
 * - between a tag's attributes, a run holding a line break becomes one line break;
 * - attribute values in quotes, comments, and `<pre>`, `<textarea>`, `<script>`, `<style>` keep
 *   every character; so does whatever follows a backslash (an escape, a line continuation);
 * - whitespace next to a `${…}` part is only ever collapsed, never removed.
 *
 * `svg`: the template is an svg`…` one (its text starts inside an `<svg>`).
 */
const WHITESPACE = /[ \t\n\r\f]/;
/** SVG elements whose text renders (whitespace in them counts). */
const SVG_TEXT = new Set(['text', 'tspan', 'textpath', 'title', 'desc', 'foreignobject']);
/** HTML elements whose text is kept as written. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);

/** The line breaks of a run of whitespace, as the HTML parser reads them (CR LF and CR are LF). */
const lineBreaks = (run) => run.replace(/\r\n?/g, '\n').replace(/[^\n]/g, '');

export function minifyHtmlTemplate(strings, { svg = false } = {}) {
  let mode = 'text'; // 'text' | 'tag' | 'quoted' | 'comment' | 'verbatim'
  let quote = '';
  let verbatimEnd = '';
  let tag = { name: '', closing: false, selfClosing: false };
  let svgDepth = svg ? 1 : 0;
  let svgTextDepth = 0;

  const endTag = () => {
    const { name, closing, selfClosing } = tag;
    if (closing) {
      if (name === 'svg') svgDepth = Math.max(0, svgDepth - 1);
      else if (svgDepth > 0 && SVG_TEXT.has(name)) svgTextDepth = Math.max(0, svgTextDepth - 1);
      return 'text';
    }
    if (selfClosing) return 'text';
    if (name === 'svg') svgDepth++;
    else if (svgDepth > 0 && SVG_TEXT.has(name)) svgTextDepth++;
    else if (svgDepth === 0 && VERBATIM.has(name)) {
      verbatimEnd = `</${name}`;
      return 'verbatim';
    }
    return 'text';
  };

  return strings.map((text) => {
    let out = '';
    let i = 0;
    while (i < text.length) {
      const char = text[i];
      if (char === '\\') {
        out += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (mode === 'quoted') {
        if (char === quote) mode = 'tag';
        out += char;
        i++;
      } else if (mode === 'comment') {
        if (text.startsWith('-->', i)) {
          mode = 'text';
          out += '-->';
          i += 3;
        } else out += text[i++];
      } else if (mode === 'verbatim') {
        if (text.slice(i, i + verbatimEnd.length).toLowerCase() === verbatimEnd) {
          mode = 'tag';
          tag = { name: verbatimEnd.slice(2), closing: true, selfClosing: false };
          out += text.slice(i, i + verbatimEnd.length);
          i += verbatimEnd.length;
        } else out += text[i++];
      } else if (WHITESPACE.test(char)) {
        let end = i;
        while (end < text.length && WHITESPACE.test(text[end])) end++;
        const run = text.slice(i, end);
        const between = mode === 'text' && svgDepth > 0 && svgTextDepth === 0 && out.endsWith('>') && text[end] === '<';
        const svgText = mode === 'text' && svgTextDepth > 0;
        out += !/[\n\r]/.test(run) || svgText ? run : between ? '' : mode === 'tag' ? '\n' : lineBreaks(run);
        i = end;
      } else if (mode === 'tag') {
        if (char === '"' || char === "'") {
          mode = 'quoted';
          quote = char;
        } else if (char === '>') {
          tag.selfClosing = out.trimEnd().endsWith('/');
          mode = endTag();
        }
        out += char;
        i++;
      } else if (char === '<' && text.startsWith('<!--', i)) {
        mode = 'comment';
        out += '<!--';
        i += 4;
      } else if (char === '<' && /^<\/?[A-Za-z]/.test(text.slice(i, i + 3))) {
        const [opening, slash, name] = /^<(\/?)([A-Za-z][\w:-]*)/.exec(text.slice(i));
        tag = { name: name.toLowerCase(), closing: slash === '/', selfClosing: false };
        mode = 'tag';
        out += opening;
        i += opening.length;
      } else {
        out += char;
        i++;
      }
    }
    return out;
  });
}
