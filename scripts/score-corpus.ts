/**
 * Scores `pcse parse` against the validation corpus in test/corpus (see test/corpus/README.md).
 *
 * Runs `node bin/pcse.js parse --mailbox M <files>` once per mailbox, matches output lines to files
 * in order, and prints kind accuracy, field exactness, must-raise recall, invented values and
 * ignored accuracy, and splits the field misses into wrong values (given, but not the expected one) and
 * missing ones. A measurement, so it exits 0 unless thresholds are given
 * (--min-kind 0.9 --min-fields 0.85 --min-raise 0.7 --max-invented 3 --max-wrong 0.03).
 *
 * Usage: npx tsx scripts/score-corpus.ts [--corpus DIR] [--verbose] [--output-dir DIR] [--min-kind X] ...
 *   --corpus DIR scores another corpus of the same layout (default test/corpus; e.g. test/holdout).
 *   --output-dir DIR reads DIR/<mailbox>.jsonl instead of running the parser (for testing the scorer).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;

interface Expected {
  mailbox: string;
  kind: string;
  ignored: string | null;
  organisation: { odsCode: string | null; type: string | null } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
}

interface Miss {
  file: string;
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface Score {
  files: number;
  kind: { correct: number; total: number };
  fields: { correct: number; total: number };
  raise: { raised: number; total: number };
  ignored: { correct: number; total: number };
  invented: Miss[];
  /** Scored leaves given a value that is not the expected one (worse than missing: it looks right on a card). */
  wrong: Miss[];
  /** Scored leaves left empty. */
  missing: Miss[];
  misses: Miss[];
  unparsed: string[];
}

/** Trimmed, case-folded comparison form of a scalar (NFC so composed and decomposed accents agree). */
function norm(v: unknown): string {
  return String(v).normalize('NFC').trim().toLowerCase();
}

/** Flattens an object into leaf paths; arrays are leaves. */
function leaves(obj: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, obj);
  }
  return out;
}

function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function equalLeaf(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const a = [...new Set(actual.map(norm))].sort();
    const e = [...new Set(expected.map(norm))].sort();
    return a.length === e.length && a.every((x, i) => x === e[i]);
  }
  if (actual === null || actual === undefined) return false;
  return norm(expected) === norm(actual);
}

function isFilled(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** Scores one output object against one expected file; accumulates into `s`. */
export function scoreOne(file: string, exp: Expected, out: Record<string, unknown> | null, s: Score): void {
  s.files++;
  s.kind.total++;
  s.ignored.total++;
  if (out === null) {
    s.unparsed.push(file);
    s.misses.push({ file, path: 'kind', expected: exp.kind, actual: '(no output)' });
  }
  const o = out ?? {};
  if (o.kind === exp.kind) s.kind.correct++;
  else if (out !== null) s.misses.push({ file, path: 'kind', expected: exp.kind, actual: o.kind });
  const ign = (o.ignored as string | null | undefined) ?? null;
  if (ign === exp.ignored) s.ignored.correct++;
  else s.misses.push({ file, path: 'ignored', expected: exp.ignored, actual: ign });

  // Expected leaves: every non-null one is scored; explicit nulls are checked for invented values.
  const expLeaves = leaves(exp.fields, 'fields', new Map());
  if (exp.kind !== 'unclassified') {
    // The top-level organisation is scored for requests; for unclassified mail it is neither required nor "invented".
    expLeaves.set('organisation.odsCode', exp.organisation?.odsCode ?? null);
    if (exp.organisation) expLeaves.set('organisation.type', exp.organisation.type);
  }
  for (const [path, e] of expLeaves) {
    const a = get(o, path);
    if (e === null) {
      if (isFilled(a)) s.invented.push({ file, path, expected: null, actual: a });
      continue;
    }
    s.fields.total++;
    if (equalLeaf(e, a)) {
      s.fields.correct++;
      continue;
    }
    const miss = { file, path, expected: e, actual: a };
    s.misses.push(miss);
    if (isFilled(a)) s.wrong.push(miss);
    else s.missing.push(miss);
  }

  const raisedCodes = new Set(
    (Array.isArray(o.findings) ? o.findings : [])
      .map((f: unknown) => (f && typeof f === 'object' ? (f as { code?: unknown }).code : undefined))
      .filter((c: unknown): c is string => typeof c === 'string'),
  );
  for (const code of exp.mustRaise) {
    s.raise.total++;
    if (raisedCodes.has(code)) s.raise.raised++;
    else s.misses.push({ file, path: `findings[${code}]`, expected: code, actual: [...raisedCodes] });
  }
}

/** Lists the corpus files of one mailbox, sorted. */
export function listCorpus(corpusDir: string, mailbox: string): string[] {
  const dir = join(corpusDir, mailbox);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => join(dir, f));
}

/** Parses the JSON lines of `pcse parse` (one per readable file, in order); unparseable lines become null. */
export function parseLines(stdout: string): (Record<string, unknown> | null)[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return null;
      }
    });
}

/**
 * Aligns output objects to files. `pcse parse` prints in file order but skips unreadable files,
 * so align by messageId when the counts differ.
 */
function align(files: string[], outputs: Record<string, unknown>[]): (Record<string, unknown> | null)[] {
  if (outputs.length === files.length) return outputs;
  const byId = new Map(outputs.map((o) => [String(o.messageId ?? ''), o]));
  return files.map((f) => {
    const id = /^Message-ID:\s*(\S+)/im.exec(readFileSync(f, 'utf8'))?.[1] ?? '';
    return byId.get(id) ?? null;
  });
}

function runParser(mailbox: string, files: string[], outputDir: string | null): Record<string, unknown>[] {
  let stdout: string;
  if (outputDir) {
    const p = join(outputDir, `${mailbox}.jsonl`);
    stdout = existsSync(p) ? readFileSync(p, 'utf8') : '';
  } else {
    const r = spawnSync(process.execPath, [join(REPO, 'bin', 'pcse.js'), 'parse', '--mailbox', mailbox, ...files], {
      cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    });
    stdout = r.stdout ?? '';
    if (r.status !== 0) process.stderr.write(`pcse parse --mailbox ${mailbox} exited ${r.status}: ${(r.stderr ?? '').slice(0, 2000)}\n`);
  }
  return parseLines(stdout).filter((o): o is Record<string, unknown> => o !== null);
}

/** Scores the whole corpus. */
export function scoreCorpus(corpusDir: string, outputDir: string | null): Score {
  const s: Score = {
    files: 0, kind: { correct: 0, total: 0 }, fields: { correct: 0, total: 0 }, raise: { raised: 0, total: 0 },
    ignored: { correct: 0, total: 0 }, invented: [], wrong: [], missing: [], misses: [], unparsed: [],
  };
  for (const mailbox of MAILBOXES) {
    const files = listCorpus(corpusDir, mailbox);
    if (files.length === 0) continue;
    const outputs = align(files, runParser(mailbox, files, outputDir));
    files.forEach((f, i) => {
      const exp = JSON.parse(readFileSync(f.replace(/\.eml$/, '.expected.json'), 'utf8')) as Expected;
      scoreOne(relative(corpusDir, f), exp, outputs[i] ?? null, s);
    });
  }
  return s;
}

const pct = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const fmt = (a: number, b: number): string => `${(pct(a, b) * 100).toFixed(1)}% (${a}/${b})`;

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const corpusArg = arg('--corpus');
  const corpusDir = corpusArg ? resolve(corpusArg) : join(REPO, 'test', 'corpus');
  const s = scoreCorpus(corpusDir, arg('--output-dir'));
  const show = (v: unknown): string => JSON.stringify(v);
  console.log(`files:            ${s.files}${s.unparsed.length ? ` (${s.unparsed.length} without output)` : ''}`);
  console.log(`kind accuracy:    ${fmt(s.kind.correct, s.kind.total)}`);
  console.log(`field exactness:  ${fmt(s.fields.correct, s.fields.total)}`);
  console.log(`must-raise recall:${fmt(s.raise.raised, s.raise.total)}`);
  console.log(`ignored accuracy: ${fmt(s.ignored.correct, s.ignored.total)}`);
  console.log(`wrong values:     ${fmt(s.wrong.length, s.fields.total)} of scored fields`);
  console.log(`missing values:   ${fmt(s.missing.length, s.fields.total)} of scored fields`);
  console.log(`invented values:  ${s.invented.length}`);
  for (const m of s.invented) console.log(`  ${m.file} ${m.path} = ${show(m.actual)}`);
  for (const m of s.wrong) console.log(`  wrong: ${m.file} ${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}`);
  if (verbose) {
    console.log('misses:');
    for (const m of s.misses) console.log(`  ${m.file} ${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}`);
  }
  const checks: [string, boolean][] = [];
  const minKind = arg('--min-kind');
  const minFields = arg('--min-fields');
  const minRaise = arg('--min-raise');
  const maxInvented = arg('--max-invented');
  const maxWrong = arg('--max-wrong');
  if (minKind) checks.push([`kind >= ${minKind}`, pct(s.kind.correct, s.kind.total) >= Number(minKind)]);
  if (minFields) checks.push([`fields >= ${minFields}`, pct(s.fields.correct, s.fields.total) >= Number(minFields)]);
  if (minRaise) checks.push([`must-raise >= ${minRaise}`, pct(s.raise.raised, s.raise.total) >= Number(minRaise)]);
  if (maxInvented) checks.push([`invented <= ${maxInvented}`, s.invented.length <= Number(maxInvented)]);
  if (maxWrong) checks.push([`wrong <= ${maxWrong} of scored fields`, pct(s.wrong.length, s.fields.total) <= Number(maxWrong)]);
  const failed = checks.filter(([, ok]) => !ok);
  for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
