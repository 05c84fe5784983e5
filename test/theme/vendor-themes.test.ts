/**
 * The white-label themes in demo/themes/ are what a vendor may write: the kit's public `--bsc-*`
 * tokens and its `::part`s, scoped by a class, never a selector into the shadow DOM or a token the
 * kit does not read. And what they make must stay accessible: a scorecard under each theme passes axe,
 * colour contrast included.
 */
import '../../src/format/locales/index.js';
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import * as kit from '../../src/index.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import type { BscStatus } from '../../src/elements/bsc-status.js';
import { tokens } from '../../src/theme/tokens.js';
import { applyVendorLabels, VENDOR_THEMES, type VendorTheme } from '../../demo/themes/labels.js';
import { fetchText } from '../model/fetch-text.js';

const THEMES: Record<VendorTheme, { scheme: 'light' | 'dark'; radius: string; onTrack: string }> = {
  'vendor-a': { scheme: 'light', radius: '14px', onTrack: 'On plan' },
  'vendor-b': { scheme: 'dark', radius: '0px', onTrack: 'Green' },
};

function cssText(styles: CSSResultGroup): string {
  if (Array.isArray(styles)) return styles.map((style) => cssText(style as CSSResultGroup)).join('\n');
  return (styles as { cssText: string }).cssText;
}

/** Every public token the kit reads: the global ones of tokens.ts and the elements' own (`--bsc-gauge-size`). */
function declaredTokens(): Set<string> {
  const elements = Object.entries(kit).filter(([name, value]) => name.startsWith('Bsc') && typeof value === 'function' && 'styles' in value);
  const css = [cssText(tokens), ...elements.map(([, element]) => cssText((element as { styles: CSSResultGroup }).styles))].join('\n');
  return new Set([...css.matchAll(/var\(\s*(--bsc-[a-z0-9-]+)/g)].map((m) => m[1]!));
}

/** Each element's parts, by tag, from custom-elements.json. */
async function declaredParts(): Promise<Map<string, Set<string>>> {
  const manifest = JSON.parse(await fetchText('/custom-elements.json')) as {
    modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
  };
  const parts = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.tagName) parts.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((p) => p.name)));
  }
  return parts;
}

async function sheetOf(theme: VendorTheme): Promise<CSSStyleSheet> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await fetchText(`/demo/themes/${theme}.css`));
  return sheet;
}

/** A compound selector a theme may use: `:root`, a class scope, a kit element, and a part of it last. */
const COMPOUND = /^(?::root|(bsc-[a-z0-9-]+))?(?:\.[a-z][a-z0-9-]*)*(?:::part\(([a-z0-9 -]+)\))?$/;

interface Finding {
  selector: string;
  problem: string;
}

/** What in a theme's rules is not a public token or a part; empty when the theme keeps to the kit's surface. */
function findings(sheet: CSSStyleSheet, tokenNames: Set<string>, parts: Map<string, Set<string>>): Finding[] {
  const found: Finding[] = [];
  for (const rule of sheet.cssRules) {
    if (!(rule instanceof CSSStyleRule)) {
      found.push({ selector: rule.cssText.slice(0, 40), problem: 'is not a style rule' });
      continue;
    }
    for (const selector of rule.selectorText.split(',').map((s) => s.trim())) {
      const compounds = selector.split(/\s*>\s*|\s+/);
      let targetsPart = false;
      compounds.forEach((compound, i) => {
        const match = COMPOUND.exec(compound);
        if (!compound || !match) return found.push({ selector, problem: `"${compound}" is not :root, a class, a bsc-* element or its ::part` });
        const [, tag, partNames] = match;
        if (partNames === undefined) return;
        if (!tag) return found.push({ selector, problem: '::part() of something other than a kit element' });
        if (i !== compounds.length - 1) return found.push({ selector, problem: '::part() before the end of the selector' });
        targetsPart = true;
        for (const name of partNames.split(/\s+/)) {
          if (!parts.get(tag)?.has(name)) found.push({ selector, problem: `${tag} has no part "${name}"` });
        }
      });
      for (const property of rule.style) {
        if (property.startsWith('--')) {
          if (!tokenNames.has(property)) found.push({ selector, problem: `${property} is not a token the kit reads` });
        } else if (!targetsPart) {
          found.push({ selector, problem: `${property} outside a ::part() rule (only --bsc-* tokens there)` });
        }
      }
    }
  }
  return found;
}

describe('vendor themes', () => {
  let tokenNames: Set<string>;
  let parts: Map<string, Set<string>>;

  before(async () => {
    tokenNames = declaredTokens();
    parts = await declaredParts();
  });

  it('knows the kit’s tokens and parts (the checks below compare against something)', () => {
    expect([...tokenNames]).to.include.members(['--bsc-color-scheme', '--bsc-status-on-track', '--bsc-radius', '--bsc-gauge-size']);
    expect([...(parts.get('bsc-scorecard') ?? [])]).to.include.members(['title', 'score']);
  });

  it('the check itself catches a selector into the shadow DOM, an unknown token and an unknown part', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .x { --bsc-radius: 2px; --bsc-colour-text: red; color: red; }
      .x bsc-kpi div { color: red; }
      .x bsc-kpi::part(nonsense) { color: red; }
      .x div::part(base) { color: red; }
      @media print { .x { --bsc-radius: 0; } }
    `);
    expect(findings(sheet, tokenNames, parts).map((f) => f.problem)).to.deep.equal([
      '--bsc-colour-text is not a token the kit reads',
      'color outside a ::part() rule (only --bsc-* tokens there)',
      '"div" is not :root, a class, a bsc-* element or its ::part',
      'color outside a ::part() rule (only --bsc-* tokens there)',
      'bsc-kpi has no part "nonsense"',
      '"div::part(base)" is not :root, a class, a bsc-* element or its ::part',
      'color outside a ::part() rule (only --bsc-* tokens there)',
      'is not a style rule',
    ]);
  });

  for (const theme of VENDOR_THEMES) {
    describe(theme, () => {
      let sheet: CSSStyleSheet;

      before(async () => {
        sheet = await sheetOf(theme);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });

      after(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      });

      it('uses only the kit’s public tokens and parts, under a class scope', () => {
        expect(findings(sheet, tokenNames, parts)).to.deep.equal([]);
        expect(sheet.cssRules.length).to.be.greaterThan(1);
      });

      it('sets every status colour, so no status falls back to the kit’s palette', () => {
        const scope = [...sheet.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === `.${theme}`);
        for (const status of ['exceeding', 'on-track', 'at-risk', 'off-track', 'no-data']) {
          expect(scope?.style.getPropertyValue(`--bsc-status-${status}`), status).to.not.equal('');
        }
      });

      it('themes a scorecard, with the vendor’s status words, and axe finds nothing (contrast included)', async function () {
        this.timeout(20000);
        const { scheme, radius, onTrack } = THEMES[theme];
        const model = JSON.parse(await fetchText('/demo/data/acme-2026.json')) as unknown;
        const page = fixtureSync<HTMLDivElement>(html`
          <div class=${theme} lang="en-US">
            <bsc-scorecard .model=${model}></bsc-scorecard>
            <p><bsc-status status="exceeding"></bsc-status> <bsc-status status="on-track"></bsc-status> <bsc-status status="at-risk"></bsc-status> <bsc-status status="off-track"></bsc-status> <bsc-status status="no-data"></bsc-status></p>
            <bsc-kpi-gauge value="72" target="80" red-flag="60" label="Revenue growth"></bsc-kpi-gauge>
          </div>
        `);
        // The page behind the loose elements, as a vendor's page would paint it.
        page.style.background = 'var(--bsc-color-surface)';
        applyVendorLabels(page, theme, 'en-US');
        const scorecard = page.querySelector<BscScorecard>('bsc-scorecard')!;
        await waitUntil(() => scorecard.shadowRoot?.querySelector('[part~="perspectives"]'), 'the scorecard did not render its perspectives', {
          timeout: 5000,
        });
        const statuses = [...page.querySelectorAll<BscStatus>('bsc-status')];
        await Promise.all([scorecard, ...statuses].map((el) => el.updateComplete));

        expect(getComputedStyle(scorecard).colorScheme).to.equal(scheme);
        expect(getComputedStyle(scorecard).borderTopLeftRadius).to.equal(radius);
        expect(statuses[1]!.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(onTrack);
        expect(scorecard.labels?.onTrack).to.equal(onTrack);
        await expect(page).to.be.accessible();
      });
    });
  }
});

describe('applyVendorLabels', () => {
  it('gives the words to elements outside a scorecard only, and takes back only its own', () => {
    const page = fixtureSync<HTMLDivElement>(html`
      <div>
        <bsc-scorecard><bsc-kpi kpi="x"></bsc-kpi></bsc-scorecard>
        <bsc-status status="at-risk"></bsc-status>
        <bsc-status status="on-track"></bsc-status>
      </div>
    `);
    const [scorecard, inner, loose, ownWords] = ['bsc-scorecard', 'bsc-kpi', 'bsc-status', 'bsc-status:last-of-type'].map(
      (s) => page.querySelector(s) as Element & { labels?: object },
    );
    const pageWords = { onTrack: 'Fine' };
    ownWords!.labels = pageWords;

    applyVendorLabels(page, 'vendor-b', 'de-DE');
    expect(scorecard!.labels).to.include({ onTrack: 'Grün' });
    expect(loose!.labels).to.include({ atRisk: 'Gelb' });
    expect(inner!.labels, 'a scorecard passes its words down').to.equal(undefined);
    expect(ownWords!.labels, 'words the page set stay').to.equal(pageWords);

    applyVendorLabels(page, 'vendor-a', 'ja-JP');
    expect(scorecard!.labels, 'no Japanese words: the kit’s stay').to.equal(undefined);

    applyVendorLabels(page, 'vendor-a', 'en-US');
    applyVendorLabels(page, undefined, 'en-US');
    expect(scorecard!.labels).to.equal(undefined);
    expect(loose!.labels).to.equal(undefined);
    expect(ownWords!.labels).to.equal(pageWords);
  });
});
