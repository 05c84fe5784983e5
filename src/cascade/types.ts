import type { ModelIssue } from '../model/issues.js';
import type { Scorecard } from '../model/schema.js';

/**
 * A fetch-like function: the global `fetch` fits, and so does an in-memory loader in a test or
 * on a server. Only these parts of a response are read.
 */
export type CascadeFetch = (url: string, init: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<CascadeResponse>;

export interface CascadeResponse {
  ok: boolean;
  status: number;
  statusText?: string;
  text(): Promise<string>;
}

export interface LoadCascadeOptions {
  fetch: CascadeFetch;
  /** The address relative `src` values resolve against (a page passes `document.baseURI`). */
  base?: string;
  signal?: AbortSignal;
  /** How many levels below the root are loaded (default 8); deeper children are listed, not loaded. */
  maxDepth?: number;
  /** How many scorecards the tree may hold (default 500); the rest are listed, not loaded. */
  maxScorecards?: number;
}

/**
 * Why a node of the tree holds no scorecard: its file could not be loaded or read (`failed`), it
 * leads back to a scorecard above it (`cycle`), or a limit stopped the loading (`too-deep`, `over-limit`).
 */
export type CascadeNodeState = 'loaded' | 'failed' | 'cycle' | 'too-deep' | 'over-limit';

/** A model issue in one file of the cascade. */
export interface CascadeIssue extends ModelIssue {
  /** The file, relative to the root's folder (`sales.json`, `teams/enterprise.json`), or its whole address. */
  file: string;
  /** The file's resolved address. */
  src: string;
}

/** One scorecard in the tree (company → departments → teams). */
export interface CascadeNode {
  /** Unique in the tree: the ids from the root down, joined by "/" (`acme/sales/enterprise`). */
  key: string;
  /** The id the parent lists the child by (the root: its scorecard's id). */
  id: string;
  title: string;
  owner?: string;
  /** The resolved address of the file. */
  src: string;
  /** The file as issues name it. */
  file: string;
  /** 0 for the root. */
  depth: number;
  state: CascadeNodeState;
  /** The model as loaded and validated; null unless `loaded`. */
  scorecard: Scorecard | null;
  /** Why the node holds no scorecard (empty when loaded). */
  issues: CascadeIssue[];
  parent: CascadeNode | null;
  children: CascadeNode[];
}

/** A loaded tree of scorecards. Treated as immutable: roll-ups are derived from it once. */
export interface Cascade {
  root: CascadeNode;
  /** Every node, parents before their children (the order of the tree read top-down). */
  nodes: CascadeNode[];
  /** Every issue of every file: failures, cycles, limits, and references between files that do not resolve. */
  issues: CascadeIssue[];
}
