/**
 * bsc-kit/ssr: renders a scorecard to HTML in Node (declarative shadow DOM, through @lit-labs/ssr,
 * which the page's server installs), for a page that shows the scorecard before its scripts run and
 * hydrates it after.
 */
// Every language at hand: a server renders each page in one pass, without waiting for a load.
import './format/locales/index.js';

export { renderScorecardToString, type RenderScorecardOptions } from './ssr/render-scorecard.js';
