/** Rolldown's `output.codeSplitting.groups` for the autoloader's build: see page-chunks.mjs. */
export function pageChunkGroups(pages: {
  gauge: string;
  scorecard: string;
  card: string;
}): NonNullable<Exclude<import('rolldown').OutputOptions['codeSplitting'], boolean | undefined>['groups']>;
