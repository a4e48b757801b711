#!/usr/bin/env node
// `web-ext lint` (Mozilla's addons-linter, as AMO runs it) on the Firefox build or its zip: every error and
// every warning fails, except the few listed below. Each exception is a library's own code, matched by rule,
// file and the exact code around the reported place, so a new finding of the same rule elsewhere still fails.
// Usage: node scripts/lint-firefox.mjs [dist/firefox | a zip | --package (artifacts/gleaner-firefox-VERSION.zip)]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { artifact } from './package.mjs';
import { extractZip } from './zip.mjs';

/** Library warnings that are harmless here, with the reason (also in README, "Store packages"). */
export const EXCEPTIONS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /\.innerHTML=\w+\.__html/,
    why: "preact's dangerouslySetInnerHTML; Gleaner gives it only DOMPurify's output (the preview)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /documentElement\.innerHTML=/,
    why: "DOMPurify parsing the untrusted string into an inert document that it then sanitises",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /createElement\(`template`\);return \w+\.innerHTML=\w+,\w+/,
    why: "emoji-picker-element parsing its own static markup into a <template> (values are bound through the DOM, never as HTML)",
  },
  {
    code: 'DANGEROUS_EVAL',
    around: /jitless[\s\S]{0,160}Function\(``\)/,
    why: "zod probing whether eval is allowed (`try { Function('') }`); the extension CSP refuses it, so zod validates without generated code",
  },
  // Pulled in with isomorphic-git's Node polyfills (es-shims): both are dead code in a browser.
  {
    code: 'DANGEROUS_EVAL',
    around: /Function\(`binder`/,
    why: "function-bind's fallback for engines without Function.prototype.bind (every browser has it, so it never runs)",
  },
  {
    code: 'DANGEROUS_EVAL',
    around: /"%eval%":eval\b/,
    why: "get-intrinsic listing eval among the intrinsics it can hand out; nothing asks it for %eval%",
  },
];

function linterReport(sourceDir) {
  const bin = resolve(import.meta.dirname, '../node_modules/.bin/web-ext');
  let stdout;
  try {
    stdout = execFileSync(bin, ['lint', '--source-dir', sourceDir, '--self-hosted=false', '--output=json', '--no-config-discovery'], { encoding: 'utf8' });
  } catch (failure) {
    // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
    stdout = failure.stdout;
  }
  return JSON.parse(stdout);
}

/** The code around a finding, where its exception must match. */
function around(sourceDir, finding) {
  if (!finding.file || !finding.line) return '';
  const line = readFileSync(join(sourceDir, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '';
  const column = finding.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

export function lint(target) {
  const isZip = statSync(target).isFile();
  const sourceDir = isZip ? mkdtempSync(join(tmpdir(), 'gleaner-lint-')) : target;
  try {
    if (isZip) extractZip(target, sourceDir);
    const report = linterReport(sourceDir);
    const findings = [...report.errors, ...report.warnings];
    const unexplained = findings.filter((finding) => !EXCEPTIONS.some((exception) =>
      exception.code === finding.code && exception.around.test(around(sourceDir, finding))));
    return { findings, unexplained, notices: report.notices };
  } finally {
    if (isZip) rmSync(sourceDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argument = process.argv[2] ?? 'dist/firefox';
  const target = argument === '--package' ? artifact('firefox') : argument;
  const { findings, unexplained } = lint(target);
  for (const finding of unexplained) {
    console.error(`${finding._type ?? finding.type} ${finding.code} ${finding.file ?? ''}:${finding.line ?? ''} ${finding.message}`);
  }
  const excused = findings.length - unexplained.length;
  console.log(`web-ext lint ${target}: ${unexplained.length} problem(s), ${excused} known library warning(s) (scripts/lint-firefox.mjs)`);
  process.exit(unexplained.length === 0 ? 0 : 1);
}
