/**
 * A chart as a file: its SVG as a standalone document (`png.ts` draws that as a PNG).
 *
 * The charts colour themselves through classes and custom properties inside shadow roots, which do
 * not travel with the markup: a bare `outerHTML` would lose every colour. So the live SVG and a
 * detached clone are walked together and each element's computed paint and font are written onto
 * the clone as presentation attributes. Nothing is written into the live DOM (a strict CSP blocks
 * style attributes; attributes on a detached clone are no concern of it).
 */

/** A chart as an SVG document, with the size it is drawn at. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * What the charts' styles set that an SVG file must carry itself. The outermost element gets them
 * all; the others only where they differ from what they would have anyway (their parent's, as these
 * are inherited; 1 for `opacity`, which is not), which keeps the file small.
 */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
];

/**
 * The drawing in `frame` as a standalone SVG document named `name` (its `<title>`): the frame
 * itself when it is an SVG, else its outermost SVGs, each placed where it is shown, in the box that
 * holds them all (the HTML around them, a label or a readout, is left out: the title names the
 * chart). Elements matching `omit` (a pointer's crosshair) are left out. Null when there is no
 * SVG or it is not laid out.
 */
export function chartSvg(frame: Element, name: string, options: { omit?: string } = {}): ChartSvg | null {
  const sources = frame.localName === 'svg' ? [frame as SVGSVGElement] : outermostSvgs(frame);
  const rects = sources.map((source) => source.getBoundingClientRect()).filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0 || rects.length !== sources.length) return null;
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const width = round(Math.max(...rects.map((rect) => rect.right)) - left);
  const height = round(Math.max(...rects.map((rect) => rect.bottom)) - top);

  const document = frame.ownerDocument;
  let root: SVGSVGElement;
  if (sources.length === 1) {
    root = inlinedClone(sources[0]!);
    if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  } else {
    root = document.createElementNS(SVG_NS, 'svg');
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    sources.forEach((source, i) => {
      const placed = rects[i]!;
      const clone = inlinedClone(source);
      clone.setAttribute('x', String(round(placed.left - left)));
      clone.setAttribute('y', String(round(placed.top - top)));
      clone.setAttribute('width', String(round(placed.width)));
      clone.setAttribute('height', String(round(placed.height)));
      root.append(clone);
    });
  }
  if (options.omit) for (const element of root.querySelectorAll(options.omit)) element.remove();
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = name;
  root.prepend(title);
  // Without Lit's comment markers: serialised text never holds `<!--` (its `<` is escaped).
  return { svg: new XMLSerializer().serializeToString(root).replace(/<!--[^]*?-->/g, ''), width, height };
}

/** A deep clone of `source` with each element's computed paint and font as attributes. */
function inlinedClone(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const view = source.ownerDocument.defaultView;
  const originals = elementsOf(source);
  const copies = elementsOf(clone);
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const copy = copies[i]!;
    const style = view?.getComputedStyle(original);
    if (!style) return;
    computed.set(original, style);
    if (style.display === 'none') {
      copy.setAttribute('display', 'none');
      return;
    }
    const parent = original === source ? undefined : computed.get(original.parentElement!);
    for (const property of PAINT_PROPERTIES) {
      const value = style.getPropertyValue(property);
      const otherwise = parent === undefined ? '' : property === 'opacity' ? '1' : parent.getPropertyValue(property);
      if (value !== '' && value !== otherwise) copy.setAttribute(property, value);
    }
    // A transform of the text itself, which no presentation attribute carries (the strategy map's lane titles).
    if (style.textTransform === 'uppercase' && copy.localName === 'text' && copy.childElementCount === 0)
      copy.textContent = copy.textContent?.toLocaleUpperCase() ?? '';
  });
  for (const copy of copies) {
    for (const attribute of ['tabindex', 'part', 'role', 'aria-label', 'aria-describedby', 'aria-hidden', 'style']) copy.removeAttribute(attribute);
  }
  return clone;
}

/** The element and every element beneath it, in document order. */
function elementsOf(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*')];
}

/**
 * The SVGs inside `frame` that are not inside another SVG, in document order; a status badge's icon
 * is part of the HTML readout beside the chart (the title says the status), not of the drawing.
 */
function outermostSvgs(frame: Element): SVGSVGElement[] {
  return [...frame.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg, .status-badge'));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
