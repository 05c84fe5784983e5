/**
 * A row's comment on its period, as the model holds it. On this branch the model's observation has
 * `note` (one text); issue 14.1 brings `series[].comment = { text, author?, date? }`: when it lands,
 * this function is the one place to change (`return { comment: { text } }`).
 */
import type { Observation } from '../model/schema.js';

export function observationComment(text: string): Pick<Observation, 'note'> {
  return { note: text };
}
