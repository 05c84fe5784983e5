import { panBy, transformAttribute, wheelZoomFactor, zoomAround, ZOOM_IDENTITY, type Point, type ZoomTransform } from '../../charts/zoom.js';

/** How far a pointer may move between press and release and still click (select an objective) rather than pan, in the map's units. */
const CLICK_DISTANCE = 3;

/**
 * Zoom and pan of an SVG's drawing (its `viewport` group), as d3-zoom does it without d3's
 * selection and transition modules: Ctrl (or ⌘) + wheel and a touchpad's pinch zoom around the
 * pointer; a drag with one pointer pans; two touching fingers pinch; a double click zooms in (with
 * Shift, out). The page keeps scrolling under a plain wheel. `scaleBy` and `reset` are for buttons.
 */
export class MapZoom {
  readonly svg: SVGSVGElement;
  #viewport: SVGGraphicsElement;
  #extent: readonly [number, number];
  #transform: ZoomTransform = ZOOM_IDENTITY;
  /** Pointers down on the map, where they are now (in the SVG's frame); the gesture's start. */
  #pointers = new Map<number, Point>();
  #gesture?: { transform: ZoomTransform; points: Point[]; moved: boolean };
  #abort = new AbortController();

  constructor(svg: SVGSVGElement, viewport: SVGGraphicsElement, extent: readonly [number, number]) {
    this.svg = svg;
    this.#viewport = viewport;
    this.#extent = extent;
    const options = { signal: this.#abort.signal };
    svg.classList.add('zoomable');
    svg.addEventListener('wheel', this.#onWheel, { ...options, passive: false });
    svg.addEventListener('pointerdown', this.#onPointerDown, options);
    svg.addEventListener('pointermove', this.#onPointerMove, options);
    svg.addEventListener('pointerup', this.#onPointerUp, options);
    svg.addEventListener('pointercancel', this.#onPointerUp, options);
    svg.addEventListener('dblclick', this.#onDoubleClick, options);
    // A drag that panned ends with a click on whatever is under it: that click is not a selection.
    svg.addEventListener('click', this.#onClick, { ...options, capture: true });
  }

  get transform(): ZoomTransform {
    return this.#transform;
  }

  /** Zooms by `factor` around the middle of the map. */
  scaleBy(factor: number): void {
    this.#set(zoomAround(this.#transform, this.#transform.k * factor, this.#centre(), this.#extent));
  }

  /** Back to the map as drawn. */
  reset(): void {
    this.#set(ZOOM_IDENTITY);
  }

  /** Stops listening and puts the drawing back as drawn. */
  destroy(): void {
    this.#abort.abort();
    this.svg.classList.remove('zoomable');
    this.#viewport.removeAttribute('transform');
  }

  #set(transform: ZoomTransform): void {
    this.#transform = transform;
    this.#viewport.setAttribute('transform', transformAttribute(transform));
  }

  /** The middle of the map in its own frame: its viewBox's, else its box's. */
  #centre(): Point {
    const box = this.svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) return [box.x + box.width / 2, box.y + box.height / 2];
    return [this.svg.clientWidth / 2, this.svg.clientHeight / 2];
  }

  /** An event's position in the SVG's frame (its viewBox), as d3-selection's `pointer` finds it. */
  #pointOf(event: MouseEvent): Point {
    const matrix = this.svg.getScreenCTM();
    if (!matrix) return [event.offsetX, event.offsetY];
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
  }

  #onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const factor = wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey);
    this.#set(zoomAround(this.#transform, this.#transform.k * factor, this.#pointOf(event), this.#extent));
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const first = this.#pointers.size === 0;
    this.#pointers.set(event.pointerId, this.#pointOf(event));
    this.#startGesture(!first && (this.#gesture?.moved ?? false));
  };

  #onPointerMove = (event: PointerEvent): void => {
    if (!this.#pointers.has(event.pointerId) || !this.#gesture) return;
    this.#pointers.set(event.pointerId, this.#pointOf(event));
    const { transform, points } = this.#gesture;
    const now = [...this.#pointers.values()];
    if (now.length === 1 || points.length === 1) {
      const [x0, y0] = points[0]!;
      const [x1, y1] = now[0]!;
      if (!this.#gesture.moved && Math.hypot(x1 - x0, y1 - y0) < CLICK_DISTANCE) return;
      this.#moving(event);
      this.#set(panBy(transform, x1 - x0, y1 - y0));
      return;
    }
    // Two fingers: the scale follows their distance, the drawing follows their midpoint.
    const [a0, b0] = points as [Point, Point];
    const [a1, b1] = now as [Point, Point];
    const ratio = Math.hypot(b1[0] - a1[0], b1[1] - a1[1]) / (Math.hypot(b0[0] - a0[0], b0[1] - a0[1]) || 1);
    const mid0: Point = [(a0[0] + b0[0]) / 2, (a0[1] + b0[1]) / 2];
    const mid1: Point = [(a1[0] + b1[0]) / 2, (a1[1] + b1[1]) / 2];
    const zoomed = zoomAround(transform, transform.k * ratio, mid0, this.#extent);
    this.#moving(event);
    this.#set(panBy(zoomed, mid1[0] - mid0[0], mid1[1] - mid0[1]));
  };

  /**
   * The gesture pans or pinches: the map keeps the pointer while it is outside. Not before: a
   * captured pointer's click lands on the map, not on the objective pressed.
   */
  #moving(event: PointerEvent): void {
    this.#gesture!.moved = true;
    try {
      if (!this.svg.hasPointerCapture(event.pointerId)) this.svg.setPointerCapture(event.pointerId);
    } catch {
      // The pointer is no longer active (released meanwhile): nothing to keep.
    }
  }

  #onPointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#pointers.size > 0) this.#startGesture(true);
    else if (!this.#gesture?.moved) this.#gesture = undefined;
  };

  /** A gesture starts afresh whenever a finger is added or lifted: from where the drawing is now. */
  #startGesture(moved: boolean): void {
    this.#gesture = { transform: this.#transform, points: [...this.#pointers.values()], moved };
  }

  #onClick = (event: MouseEvent): void => {
    if (this.#gesture?.moved && this.#pointers.size === 0) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
    this.#gesture = undefined;
  };

  #onDoubleClick = (event: MouseEvent): void => {
    event.preventDefault();
    this.#set(zoomAround(this.#transform, this.#transform.k * (event.shiftKey ? 0.5 : 2), this.#pointOf(event), this.#extent));
  };
}
