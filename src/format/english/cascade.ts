import { registerEnglish, type Labels } from '../labels.js';

/** The English words of `bsc-cascade` and `bsc-contributions`; registered when the module that shows them loads. */
export const CASCADE_WORDS = {
  cascade: 'Scorecard cascade',
  onlyOffTrack: 'Only off track',
  nothingOffTrack: 'No scorecard in the cascade is off track.',
  notLoaded: 'Not loaded',
  cascadeError: 'The scorecard cascade could not be loaded',
  cascadePartial: 'Some scorecards of the cascade could not be loaded',
  serves: 'Serves {objective}',
  servedBy: 'Served by',
  contributions: 'Contributions',
  share: 'Share',
} satisfies Partial<Labels>;

registerEnglish(CASCADE_WORDS);
