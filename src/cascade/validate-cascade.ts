/**
 * The rules of a cascade that span files (docs/architecture.md §2): an objective's `alignsTo` names an objective
 * of its parent, a KPI's `rollupFrom` names a KPI its children report, a child's file holds the
 * scorecard the parent lists. What one file can check alone is in `model/validate.ts`.
 */
import { formatPath, type PathSegment } from '../model/issues.js';
import type { Scorecard } from '../model/schema.js';
import { scorecardIndex } from '../model/node-index.js';
import { rollupSource } from './rollup-source.js';
import type { Cascade, CascadeIssue, CascadeNode } from './types.js';

export function validateCascade(cascade: Cascade): CascadeIssue[] {
  const issues: CascadeIssue[] = [];
  // A file listed under two parents is checked against each; the same pair only once.
  const checked = new Set<string>();
  for (const node of cascade.nodes) {
    if (!node.scorecard) continue;
    const report = (path: PathSegment[], message: string) => issues.push({ path: formatPath(path), message, file: node.file, src: node.src });
    const parent = node.parent;
    const pair = `${parent?.src ?? ''}\u0000${node.src}`;
    if (checked.has(pair)) continue;
    checked.add(pair);
    if (parent?.scorecard) checkAlignment(node.scorecard, parent, report);
    if (!checked.has(`rollups\u0000${node.src}`)) {
      checked.add(`rollups\u0000${node.src}`);
      checkRollups(node, report);
      checkChildIds(node, report);
    }
  }
  return issues;
}

type Report = (path: PathSegment[], message: string) => void;

function checkAlignment(scorecard: Scorecard, parent: CascadeNode, report: Report): void {
  const target = scorecardIndex(parent.scorecard!);
  scorecard.perspectives.forEach((perspective, p) =>
    perspective.objectives.forEach((objective, o) => {
      const id = objective.alignsTo;
      if (id === undefined || target.objectives.has(id)) return;
      const kind = target.kpis.has(id) ? 'a KPI' : target.perspectives.has(id) ? 'a perspective' : null;
      const where = `the parent scorecard "${parent.scorecard!.id}" (${parent.file})`;
      report(
        ['perspectives', p, 'objectives', o, 'alignsTo'],
        kind ? `names ${kind} of ${where}, "${id}": an objective aligns to an objective` : `names no objective of ${where}: there is no "${id}" there`,
      );
    }),
  );
}

function checkRollups(node: CascadeNode, report: Report): void {
  const scorecard = node.scorecard!;
  const loaded = node.children.filter((child) => child.scorecard);
  scorecard.perspectives.forEach((perspective, p) =>
    perspective.objectives.forEach((objective, o) =>
      objective.kpis.forEach((kpi, k) => {
        if (!kpi.rollupFrom) return;
        const path = ['perspectives', p, 'objectives', o, 'kpis', k];
        kpi.series.forEach((observation, i) => {
          if (observation.actual !== undefined || observation.numerator !== undefined) {
            report(
              [...path, 'series', i, observation.actual !== undefined ? 'actual' : 'numerator'],
              "is replaced by the child scorecards' values: a rolled-up KPI takes its actuals from them",
            );
          }
        });
        if (!node.children.length) {
          report([...path, 'rollupFrom'], 'has no child scorecards to roll up from: list them in "children"');
          return;
        }
        let found = false;
        for (const child of loaded) {
          const source = rollupSource(scorecard, kpi, child.scorecard!);
          const mismatch = source.kpi ? null : source.mismatch;
          if (source.kpi || mismatch) found = true;
          if (mismatch) report([...path, 'rollupFrom', 'kpi'], `"${kpi.rollupFrom.kpi}" in ${child.file} ${mismatch}: that child is left out`);
        }
        // Only when every child loaded can "no child has it" be told apart from "the one that has it failed".
        if (!found && loaded.length === node.children.length) {
          report(
            [...path, 'rollupFrom', 'kpi'],
            `names no KPI of the child scorecards (${loaded.map((child) => child.file).join(', ')}): there is no "${kpi.rollupFrom.kpi}" there`,
          );
        }
      }),
    ),
  );
}

/** The parent lists a child by the id its own file gives it. */
function checkChildIds(node: CascadeNode, report: Report): void {
  node.children.forEach((child, c) => {
    if (child.scorecard && child.scorecard.id !== child.id) {
      report(['children', c, 'id'], `is "${child.id}", but ${child.file} holds the scorecard "${child.scorecard.id}"`);
    }
  });
}
