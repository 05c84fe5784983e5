/**
 * Writes src/model/scorecard.schema.json from the zod schema, so authors get completion and
 * checks in their editors. `--check` fails when the committed file differs from a fresh one.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const target = new URL('../src/model/scorecard.schema.json', import.meta.url);
const { scorecardJsonSchema } = await importTs('src/model/json-schema.ts');
const fresh = `${JSON.stringify(scorecardJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== fresh) {
    console.error('src/model/scorecard.schema.json is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('scorecard.schema.json is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('wrote src/model/scorecard.schema.json');
}
