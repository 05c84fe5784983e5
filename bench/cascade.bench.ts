/**
 * Cascading scorecards: 200 scorecards of 50 KPIs × 36 monthly periods each (10,000 KPIs in all,
 * as in the evaluate bench, split over files), a company over 9 departments over 190 teams. Every
 * scorecard has ten "cascade" KPIs: the teams report them, the departments and the company roll
 * them up (sum; half of them with their targets); the other 40 KPIs are the generator's mix.
 *
 * - loadCascade from an in-memory fetch of the 200 JSON texts (parse and validation of every file
 *   included, no network);
 * - evaluateCascade cold: a freshly loaded cascade, so the roll-ups are derived and every scorecard
 *   is evaluated for the first time;
 * - evaluateCascade warm: the same cascade at another period (roll-ups reused), and in the other view.
 */
import { evaluateCascade, loadCascade, type Cascade, type CascadeEvaluation, type CascadeFetch } from '../src/cascade/index.js';
import type { ScorecardInput } from '../src/model/schema.js';
import { generateScorecard } from '../test/support/generate.js';
import { bench, consume } from './harness.js';

const DEPARTMENTS = 9;
const TEAMS = 190;
const KPIS = 50;
const CASCADE_KPIS = 10;
const PERIODS = 36;
const BASE = 'https://bench.test/cascade/';

bench(`cascade — ${1 + DEPARTMENTS + TEAMS} scorecards × ${KPIS} KPIs × ${PERIODS} monthly periods`, async (b) => {
  const files = buildFiles();
  const fetch: CascadeFetch = async (url) => {
    const text = files.get(url);
    return text === undefined ? { ok: false, status: 404, text: async () => '' } : { ok: true, status: 200, text: async () => text };
  };
  const load = async () => {
    const cascade = await loadCascade('company.json', { fetch, base: BASE });
    if (cascade.issues.length)
      throw new Error(
        `the generated cascade has issues: ${cascade.issues
          .slice(0, 3)
          .map((i) => `${i.file}: ${i.path}: ${i.message}`)
          .join('; ')}`,
      );
    return cascade;
  };
  const check = await load();
  if (check.nodes.length !== 1 + DEPARTMENTS + TEAMS) throw new Error(`expected ${1 + DEPARTMENTS + TEAMS} scorecards, got ${check.nodes.length}`);

  /** Reads every scorecard's score and the company's rolled-up KPIs, so nothing is skipped. */
  const touch = (evaluation: CascadeEvaluation) => {
    let sum = 0;
    const visit = (node: CascadeEvaluation['root']) => {
      sum += node.score ?? 0;
      node.children.forEach(visit);
    };
    visit(evaluation.root);
    for (let k = 1; k <= CASCADE_KPIS; k++) sum += evaluation.root.evaluation!.node(`cascade-${k}`)?.score ?? 0;
    return sum;
  };

  await b.measure('loadCascade: 200 files from an in-memory fetch (parse + validation)', () => load(), { runs: 5, warmup: 1 });
  await b.measure(
    'evaluateCascade cold, period view (roll-ups derived, every scorecard evaluated)',
    (cascade: Cascade) => touch(evaluateCascade(cascade, { view: 'period' })),
    {
      setup: load,
      runs: 10,
      warmup: 1,
    },
  );
  await b.measure('evaluateCascade cold, year-to-date view', (cascade: Cascade) => touch(evaluateCascade(cascade, { view: 'ytd' })), {
    setup: load,
    runs: 10,
    warmup: 1,
  });

  const warm = await load();
  consume(touch(evaluateCascade(warm, { view: 'period' })));
  let month = 0;
  await b.measure(
    'evaluateCascade warm: another as-of period (roll-ups reused)',
    () => touch(evaluateCascade(warm, { asOf: `2026-0${1 + (month++ % 9)}`, view: 'period' })),
    {
      runs: 9,
      warmup: 0,
    },
  );
  b.note(
    `${((1 + DEPARTMENTS + TEAMS) * KPIS).toLocaleString('en-US')} KPIs in all; ${(1 + DEPARTMENTS) * CASCADE_KPIS} of them rolled up (sum), ${((1 + DEPARTMENTS) * CASCADE_KPIS) / 2} with their targets.`,
  );
  b.note(`Total JSON: ${([...files.values()].reduce((sum, text) => sum + text.length, 0) / 1e6).toFixed(1)} MB in ${files.size} files.`);
});

/** The 200 files by address: company.json → dept-N.json → team-N-M.json. */
function buildFiles(): Map<string, string> {
  const files = new Map<string, string>();
  let seed = 1;
  const add = (name: string, id: string, children: { id: string; title: string; src: string }[]) => {
    const model = generateScorecard({ kpis: KPIS - CASCADE_KPIS, periods: PERIODS, seed: seed++ });
    const card: ScorecardInput = { ...model, id, title: `Scorecard ${id}`, perspectives: prefixIds(model, id) };
    card.perspectives.push({
      id: `${id}-cascade`,
      title: 'Cascade',
      objectives: [{ id: `${id}-cascade-goal`, title: 'Cascaded goals', kpis: cascadeKpis(children.length > 0, seed) }],
    });
    if (children.length) card.children = children;
    files.set(new URL(name, BASE).href, JSON.stringify(card));
  };
  const departments = Array.from({ length: DEPARTMENTS }, (_, d) => ({ id: `dept-${d + 1}`, title: `Department ${d + 1}`, src: `dept-${d + 1}.json` }));
  add('company.json', 'company', departments);
  let team = 0;
  departments.forEach((department, d) => {
    const count = Math.floor(TEAMS / DEPARTMENTS) + (d < TEAMS % DEPARTMENTS ? 1 : 0);
    const teams = Array.from({ length: count }, () => {
      team++;
      return { id: `team-${team}`, title: `Team ${team}`, src: `teams/team-${team}.json` };
    });
    add(department.src, department.id, teams);
    for (const t of teams) add(t.src, t.id, []);
  });
  return files;
}

/** The generator's ids are the same in every model; ids only need to be unique within a file, but distinct ones read better. */
function prefixIds(model: ScorecardInput, prefix: string): ScorecardInput['perspectives'] {
  return model.perspectives.map((perspective) => ({ ...perspective, id: `${prefix}-${perspective.id}` }));
}

/** Ten monthly "up" KPIs: reported by a team, rolled up (sum) by a department or the company. */
function cascadeKpis(rollsUp: boolean, seed: number): NonNullable<NonNullable<ScorecardInput['perspectives'][number]['objectives']>[number]['kpis']> {
  return Array.from({ length: CASCADE_KPIS }, (_, k) => {
    const id = `cascade-${k + 1}`;
    const base = { id, title: `Cascaded KPI ${k + 1}`, aggregation: 'sum' as const };
    if (rollsUp) return { ...base, target: 1000, rollupFrom: { kpi: id, aggregation: 'sum' as const, targets: k % 2 === 0 } };
    const series = Array.from({ length: PERIODS }, (_, p) => {
      const ordinal = 2026 * 12 + 9 - (PERIODS - 1) + p;
      const period = `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
      return { period, actual: 80 + ((seed * 31 + k * 17 + p * 7) % 40) };
    });
    return { ...base, target: 100, redFlag: 90, series };
  });
}
