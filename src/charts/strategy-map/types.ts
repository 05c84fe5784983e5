/** The strategy map's input, options and the layout it answers: plain data for the element to draw. */
import type { Status } from '../../engine/types.js';
import type { Scorecard } from '../../model/schema.js';

export interface StrategyMapInput {
  scorecard: Pick<Scorecard, 'perspectives' | 'links' | 'themes'>;
  /** Copied onto the nodes for a caller that wants them there; the layout never reads them. */
  statusOf?: (objectiveId: string) => { status: Status; score: number | null } | undefined;
}

export interface StrategyMapOptions {
  /** The width to fit, in px; a lane too full for it makes the map wider (scale it down to show it). */
  width: number;
  /** The width of a text in the font the titles are drawn in. */
  measureText: (text: string) => number;
  /** `rtl` mirrors the map: the first objective of a lane at its right. */
  direction?: 'ltr' | 'rtl';
  /** `model`: each lane in the model's order, for comparison; `barycenter` (default): few crossings. */
  order?: 'barycenter' | 'model';
  /** Of a title's lines, in px (default 18). */
  lineHeight?: number;
  /** A title longer than this many lines ends in "…" (default 4). */
  maxLines?: number;
  minNodeWidth?: number;
  maxNodeWidth?: number;
}

export interface StrategyMapLane {
  id: string;
  title: string;
  index: number;
  y: number;
  height: number;
  /** Where the objectives sit: the band they are centred in. */
  bandY: number;
  bandHeight: number;
  /** Where the title starts (in the map's direction: its right end in rtl) and its middle. */
  titleX: number;
  titleY: number;
}

export interface StrategyMapNode {
  id: string;
  title: string;
  perspective: string;
  lane: number;
  /** Place in its lane, counted from the lane's start (left, or right in rtl). */
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * The title, wrapped: each line starts at `textX` (in the map's direction, so its right end in
   * rtl, where an SVG with `direction: rtl` starts text) and is centred on `textY`, `textY +
   * lineHeight` …
   */
  lines: string[];
  textX: number;
  textY: number;
  /** The status row (icon, then score): its start corner (top left, or top right in rtl). */
  statusX: number;
  statusY: number;
  /** Ids of the themes holding this objective. */
  themes: string[];
  status?: Status;
  score?: number | null;
}

export interface StrategyMapEdge {
  from: string;
  to: string;
  /** Position in the model's `links`. */
  index: number;
  /** `up`/`down`: to a lane above/below; `arc`: inside one lane. */
  kind: 'up' | 'down' | 'arc';
  /** SVG path data, ending at the arrowhead's base. */
  path: string;
  /** The arrowhead: tip, then the two corners of its base. */
  arrow: [number, number][];
  label?: string;
}

export interface StrategyMapTheme {
  id: string;
  title: string;
  color?: string;
  /** Position in the model's `themes`. */
  index: number;
  objectives: string[];
  /** Rounded outlines around each of its objectives, one subpath each. */
  path: string;
}

export interface StrategyMapLayout {
  width: number;
  height: number;
  lineHeight: number;
  direction: 'ltr' | 'rtl';
  lanes: StrategyMapLane[];
  /** In model order. */
  nodes: StrategyMapNode[];
  edges: StrategyMapEdge[];
  themes: StrategyMapTheme[];
  /** Crossings of the links between lanes in the order drawn, and in the model's own order. */
  crossings: number;
  modelCrossings: number;
}
