/**
 * The "Import from a spreadsheet" docs page's live examples (import.mdx): the sample spreadsheet
 * of demo/data/ as a scorecard, through bsc-kit/import's `fromCsv` with its structure file, inline
 * as `<script type="text/csv">` (imported by the element on the fly), and a table with bad cells,
 * which the element shows as any bad model.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/elements/bsc-scorecard.js';
import { fromCsv } from '../../src/import/index.js';
import sampleCsv from '../../demo/data/kpi-data.csv?raw';
import structure from '../../demo/data/kpi-structure.json' with { type: 'json' };

const meta = {
  title: 'Docs/Import from a spreadsheet',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A `<bsc-scorecard>` holding a CSV table in a `<script type="text/csv">`. */
function withInlineCsv(csv: string, locale?: string): HTMLElement {
  const scorecard = document.createElement('bsc-scorecard');
  if (locale) scorecard.setAttribute('locale', locale);
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  scorecard.append(script);
  return scorecard;
}

/** The sample spreadsheet with its structure file: the ids, titles and weights of the perspectives from the structure, the rest from the rows. */
export const WithStructure: Story = {
  render: () => {
    const { model } = fromCsv(sampleCsv, { structure });
    return html`<bsc-scorecard .model=${model}></bsc-scorecard>`;
  },
};

/** The same table inline: the element imports it on the fly, and derives the structure from the titles. */
export const InlineCsv: Story = {
  render: () => withInlineCsv(sampleCsv),
};

/** A German export (`;` between columns, `1.234,5`, `Okt. 2026`, the kit's German headings) in a German page. */
export const GermanNotation: Story = {
  globals: { locale: 'de-DE' },
  render: () =>
    withInlineCsv(
      `Perspektive;Strategisches Ziel;Kennzahl;Periode;Istwert;Zielwert;Red flag;Unit
Finanzen;Umsatz steigern;Auftragseingang;Sep. 2026;4.240.000;4.250.000;3.820.000;EUR
Finanzen;Umsatz steigern;Auftragseingang;Okt. 2026;4.412.500;4.380.000;3.940.000;EUR
Kunden;Kunden begeistern;Reklamationsquote;Sep. 2026;1,4 %;1,2 %;1,6 %;%
Kunden;Kunden begeistern;Reklamationsquote;Okt. 2026;1,1 %;1,2 %;1,6 %;%`,
      'de-DE',
    ),
};

/** Bad cells: each an issue at its row and column, shown in the element's error state. */
export const BadCells: Story = {
  render: () =>
    withInlineCsv(`Perspective,Objective,KPI,Period,Actual,Target
Financial,Grow revenue,Booked revenue,Oct 2026,"12,3.4",100
Financial,Grow revenue,Booked revenue,soon,90,100
Financial,Grow revenue,,Nov 2026,95,100`),
};
