import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import * as kit from '../../src/index.js';

/** Every element class the kit registers. */
const ELEMENTS = Object.entries(kit).filter(([name, value]) => name.startsWith('Bsc') && typeof value === 'function' && 'styles' in value) as [
  string,
  { styles: CSSResultGroup },
][];

function cssText(styles: CSSResultGroup): string {
  if (Array.isArray(styles)) return styles.map((style) => cssText(style as CSSResultGroup)).join('\n');
  return (styles as { cssText: string }).cssText;
}

describe('design tokens', () => {
  it('has every element', () => {
    expect(ELEMENTS.map(([name]) => name)).to.include.members(['BscScorecard', 'BscKpiGauge', 'BscStatus', 'BscSparkline']);
  });

  for (const [name, element] of ELEMENTS) {
    it(`${name} reads only private tokens that are declared`, () => {
      const css = cssText(element.styles);
      const declared = new Set([...css.matchAll(/(--_[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
      const used = new Set([...css.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)].map((m) => m[1]));
      const undeclared = [...used].filter((token) => !declared.has(token));
      expect(undeclared, `${name} uses undeclared tokens`).to.deep.equal([]);
    });

    it(`${name} takes its colours from tokens, not literals`, () => {
      const css = cssText(element.styles).replace(/--[a-z0-9_-]+\s*:[^;]*;/g, '');
      const literals = css.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi) ?? [];
      expect(literals, `${name} has colour literals outside token declarations`).to.deep.equal([]);
    });
  }
});
