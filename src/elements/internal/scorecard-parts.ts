/**
 * The parts of `bsc-scorecard`'s default layout that load on demand, after its first paint or when
 * first needed: the header's filter (controls and the engine's filter), and what changed since the
 * previous period (the summary and the changes behind it). A page that shows a scorecard does not
 * wait for them before it shows; a scorecard that asks for one (a `filter-*` attribute,
 * `show-previous`) waits for it before its update.
 */
import { OnDemand } from './on-demand.js';

export const filterPart = new OnDemand(() => import('../scorecard-filter.js'));
export const changesPart = new OnDemand(() => import('../scorecard-changes-summary.js'));

/** Every part, for a server that renders a scorecard in one pass (bsc-kit/ssr). */
export const SCORECARD_PARTS: readonly OnDemand<unknown>[] = [filterPart, changesPart];
