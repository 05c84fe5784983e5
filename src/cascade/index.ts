export { loadCascade, DEFAULT_MAX_DEPTH, DEFAULT_MAX_SCORECARDS } from './load-cascade.js';
export { validateCascade } from './validate-cascade.js';
export { rolledUpScorecard } from './rollup-cascade.js';
export {
  evaluateCascade,
  contributions,
  alignedObjectives,
  alignmentsOf,
  offTrackKeys,
  type CascadeEvaluation,
  type CascadeNodeEvaluation,
  type Contribution,
  type Alignment,
} from './evaluate-cascade.js';
export type { Cascade, CascadeNode, CascadeNodeState, CascadeIssue, CascadeFetch, CascadeResponse, LoadCascadeOptions } from './types.js';
