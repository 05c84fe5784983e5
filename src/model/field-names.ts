import {
  childSchema,
  commentaryEntrySchema,
  commentSchema,
  initiativeSchema,
  kpiSchema,
  linkSchema,
  objectiveSchema,
  observationSchema,
  perspectiveSchema,
  rangeSchema,
  rollupFromSchema,
  scorecardSchema,
} from './schema.js';

/**
 * Every field name the model knows, for "did you mean" hints on a misspelt field. Not a theme's
 * `color`: the hints are not per object, and a KPI's misspelt `colour` would be sent there.
 */
export const FIELD_NAMES: readonly string[] = [
  ...new Set(
    [
      scorecardSchema,
      perspectiveSchema,
      objectiveSchema,
      kpiSchema,
      observationSchema,
      linkSchema,
      initiativeSchema,
      rangeSchema,
      childSchema,
      rollupFromSchema,
      commentSchema,
      commentaryEntrySchema,
    ].flatMap((schema) => Object.keys(schema.def.shape)),
  ),
];
