import { registerEnglish, type Labels } from '../labels.js';

/** The English words of `bsc-scorecard`'s header, layout switch, export and panel (the strategy map's name too, which the layout switch shows); registered when the module that shows them loads. */
export const SCORECARD_WORDS = {
  layout: 'Layout',
  close: 'Close',
  emptyScorecard: 'This scorecard has no perspectives yet.',
  export: 'Export',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  perspectives: 'Perspectives',
  strategyMap: 'Strategy map',
} satisfies Partial<Labels>;

registerEnglish(SCORECARD_WORDS);
