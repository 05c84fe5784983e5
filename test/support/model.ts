import { parseScorecard, type Scorecard, type ScorecardInput } from '../../src/model/index.js';

type KpiInput = ScorecardInput['perspectives'][number]['objectives'] extends (infer O)[] | undefined ? (O extends { kpis?: (infer K)[] } ? K : never) : never;

/** A valid scorecard of one perspective and one objective holding `kpis`; fails the test if invalid. */
export function scorecardOf(kpis: KpiInput[], fields: Partial<ScorecardInput> = {}): Scorecard {
  return parsed({
    version: 1,
    id: 'test',
    title: 'Test scorecard',
    perspectives: [{ id: 'perspective', title: 'Perspective', objectives: [{ id: 'objective', title: 'Objective', kpis }] }],
    ...fields,
  });
}

export function parsed(input: ScorecardInput): Scorecard {
  const result = parseScorecard(input);
  if (!result.ok) throw new Error(`invalid test model: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.scorecard;
}

export type { KpiInput };
