/**
 * A row's comment on its period, as the model holds it: the period's `comment`, with the text alone
 * (a table's comment column carries no author or date).
 */
import type { Observation } from '../model/schema.js';

export function observationComment(text: string): Pick<Observation, 'comment'> {
  return { comment: { text } };
}
