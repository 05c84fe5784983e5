import { RoundedPath } from '../path.js';
import { SIZE } from './size.js';
import type { StrategyMapInput, StrategyMapNode, StrategyMapTheme } from './types.js';

/** Each theme's outline: a rounded box around each of its objectives, nested outward when an objective has several themes. */
export function themesOf(scorecard: StrategyMapInput['scorecard'], nodes: StrategyMapNode[]): StrategyMapTheme[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (scorecard.themes ?? []).map((theme, index) => {
    const p = new RoundedPath(2);
    const objectives = theme.objectives.filter((id) => byId.has(id));
    for (const id of objectives) {
      const node = byId.get(id)!;
      const inset = SIZE.themeOffset + SIZE.themeStep * node.themes.indexOf(theme.id);
      roundedRect(p, node.x - inset, node.y - inset, node.width + 2 * inset, node.height + 2 * inset, SIZE.radius + inset);
    }
    const outline: StrategyMapTheme = { id: theme.id, title: theme.title, index, objectives, path: p.toString() };
    if (theme.color) outline.color = theme.color;
    return outline;
  });
}

function roundedRect(p: RoundedPath, x: number, y: number, width: number, height: number, r: number): void {
  p.moveTo(x + r, y);
  p.arcTo(x + width, y, x + width, y + height, r);
  p.arcTo(x + width, y + height, x, y + height, r);
  p.arcTo(x, y + height, x, y, r);
  p.arcTo(x, y, x + width, y, r);
  p.closePath();
}
