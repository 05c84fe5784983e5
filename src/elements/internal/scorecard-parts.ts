/**
 * The parts of `bsc-scorecard`'s default layout that load on demand, after its first paint or when
 * first needed: the header's filter (controls and the engine's filter), what changed since the
 * previous period (the summary and the changes behind it), the chosen KPI's panel, and the list of a
 * model's issues. A page that shows a scorecard does not
 * wait for them before it shows; a scorecard that asks for one (a `filter-*` attribute,
 * a chosen KPI) waits for it before its update.
 */
import type { CSSResult } from 'lit';
import { OnDemand } from './on-demand.js';

export const filterPart = new OnDemand(() => import('./scorecard-filter.js'));
export const changesPart = new OnDemand(() => import('./scorecard-changes-summary.js'));
export const detailPart = new OnDemand(() => import('./scorecard-detail.js'));
/** The list of a model's issues: a page whose models are valid never shows one. */
export const issuesPart = new OnDemand(() => import('./issue-list.js'));

/** Every part, each with the styles the scorecard adopts once it has loaded; a server loads them all before it renders (bsc-kit/ssr). */
export const SCORECARD_PARTS: readonly OnDemand<{ styles: CSSResult }>[] = [filterPart, changesPart, detailPart, issuesPart];
