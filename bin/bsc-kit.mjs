#!/usr/bin/env node
/**
 * The bsc-kit command (`npx bsc-kit …`), for the package as installed:
 *
 *   bsc-kit import data.csv|data.xlsx [--structure s.json] [--locale de-DE] [--sheet NAME] [--separator ";"] [--title T] > scorecard.json
 *       a scorecard model from a table of one row per KPI and period (bsc-kit/import's fromCsv and
 *       fromXlsx); the model on standard output, each issue and a progress line for large files on
 *       standard error.
 *   bsc-kit check scorecard.json
 *       each issue of a model, with its path.
 *
 * Exit code 0 when all is well, 1 when there are issues (an import still writes the model of the
 * rows that imported), 2 when the command is wrong or a file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fromCsv, fromXlsx } from '../dist/import/index.js';
import { parseScorecard } from '../dist/core.js';
// The kit's translations: a CSV the kit exported in German ("Periode", "Istwert" …) reads back with --locale de-DE.
import '../dist/format/locales/index.js';

const USAGE = `usage:
  bsc-kit import <data.csv | data.xlsx> [--structure <structure.json>] [--locale <de-DE>] [--sheet <name>] [--separator <;>] [--title <title>] > scorecard.json
  bsc-kit check <scorecard.json>`;

/** Rows from which an import shows its progress. */
const LARGE = 10_000;

async function main(args) {
  const [command, ...rest] = args;
  if (command === 'import') return importTable(rest);
  if (command === 'check') return check(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  console.error(command ? `bsc-kit: unknown command "${command}"\n${USAGE}` : USAGE);
  return 2;
}

async function importTable(args) {
  const { files, flags, error } = options(args, ['structure', 'locale', 'sheet', 'separator', 'title']);
  if (error || files.length !== 1) {
    console.error(`bsc-kit import: ${error ?? 'name one data file'}\n${USAGE}`);
    return 2;
  }
  const [file] = files;
  const structure = flags.structure === undefined ? undefined : await read(flags.structure, 'utf8');
  if (structure === null) return 2;
  const shared = {
    locale: flags.locale,
    structure,
    title: flags.title ?? (structure === undefined ? basename(file, extname(file)) : undefined),
    onProgress: progress(file),
  };
  let result;
  if (extname(file).toLowerCase() === '.xlsx') {
    const data = await read(file);
    if (data === null) return 2;
    result = await fromXlsx(data, { ...shared, sheet: flags.sheet });
  } else {
    const text = await read(file, 'utf8');
    if (text === null) return 2;
    result = fromCsv(text, { ...shared, separator: flags.separator });
  }
  for (const issue of result.issues) console.error(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  if (result.model) {
    process.stdout.write(`${JSON.stringify(result.model, null, 2)}\n`);
    const kpis = result.model.perspectives.reduce((n, p) => n + p.objectives.reduce((m, o) => m + o.kpis.length, 0), 0);
    console.error(
      `bsc-kit import: ${file} → ${result.model.perspectives.length} perspectives, ${kpis} KPIs; ${result.issues.length ? `${result.issues.length} ${result.issues.length === 1 ? 'issue' : 'issues'}` : 'no issues'}`,
    );
  } else console.error(`bsc-kit import: ${file} gave no valid model`);
  return result.issues.length ? 1 : 0;
}

async function check(args) {
  const { files, error } = options(args, []);
  if (error || files.length !== 1) {
    console.error(`bsc-kit check: ${error ?? 'name one model file'}\n${USAGE}`);
    return 2;
  }
  const text = await read(files[0], 'utf8');
  if (text === null) return 2;
  const result = parseScorecard(text);
  if (!result.ok) {
    for (const issue of result.issues) console.log(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    console.error(`bsc-kit check: ${files[0]}: ${result.issues.length} ${result.issues.length === 1 ? 'issue' : 'issues'}`);
    return 1;
  }
  const kpis = result.scorecard.perspectives.reduce((n, p) => n + p.objectives.reduce((m, o) => m + o.kpis.length, 0), 0);
  console.log(`${files[0]}: a valid scorecard, ${result.scorecard.perspectives.length} perspectives, ${kpis} KPIs`);
  return 0;
}

/** `--name value` or `--name=value` for the flags allowed; everything else a file. */
function options(args, allowed) {
  const files = [];
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s);
    if (!allowed.includes(name)) return { files, flags, error: `unknown option --${name}` };
    const value = inline ?? args[++i];
    if (value === undefined) return { files, flags, error: `--${name} needs a value` };
    flags[name] = value;
  }
  return { files, flags };
}

/** A file's content, or null after saying why it could not be read. */
async function read(file, encoding) {
  try {
    return await readFile(file, encoding);
  } catch (error) {
    console.error(`bsc-kit: cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    return null;
  }
}

/** A progress line on standard error for a large table: rewritten in place on a terminal, a line each step elsewhere. */
function progress(file) {
  const tty = process.stderr.isTTY;
  return (done, total) => {
    if (total < LARGE) return;
    const line = `bsc-kit import: ${file}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows`;
    if (tty) process.stderr.write(done === total ? `\r${line}\n` : `\r${line}`);
    else if (done === total || done % (LARGE * 5) === 0) process.stderr.write(`${line}\n`);
  };
}

process.exitCode = await main(process.argv.slice(2));
