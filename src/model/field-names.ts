import { kpiSchema, objectiveSchema, perspectiveSchema, scorecardSchema, observationSchema, linkSchema, initiativeSchema, rangeSchema } from './schema.js';

/** Every field name the model knows, for "did you mean" hints on a misspelt field. */
export const FIELD_NAMES: readonly string[] = [
  ...new Set(
    [scorecardSchema, perspectiveSchema, objectiveSchema, kpiSchema, observationSchema, linkSchema, initiativeSchema, rangeSchema].flatMap(
      (schema) => Object.keys(schema.def.shape),
    ),
  ),
];
