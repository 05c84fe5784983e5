import * as z from 'zod/mini';
import { scorecardSchema } from './schema.js';

/**
 * The model as JSON Schema (draft 2020-12), describing what an author writes: fields with
 * defaults are optional. Point `"$schema"` of a scorecard file at the published copy.
 */
export function scorecardJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scorecardSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'bsc-kit scorecard model, version 1',
  };
}
