// Runs real kramdown (Jekyll 4's Markdown engine, GFM input as Jekyll configures it) and Psych (Jekyll's
// YAML reader) from the tests. Ruby is a test dependency installed by .ci/run: without it these tests
// must fail loudly rather than skip, or CI would pass without proving anything.
import { spawnSync } from 'node:child_process';

function runRuby(script: string, input: string): string {
  const result = spawnSync('ruby', ['-e', script], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) {
    throw new Error(
      `Cannot run ruby (${result.error.message}). Install ruby-kramdown and ruby-kramdown-parser-gfm ` +
        '(Debian packages; .ci/run does it) to run the kramdown tests.',
    );
  }
  if (result.status !== 0) throw new Error(`ruby failed (exit ${String(result.status)}): ${result.stderr}`);
  return result.stdout;
}

/** HTML that Jekyll 4 would produce from `markdown` (kramdown, `input: GFM`). */
export function kramdownToHtml(markdown: string): string {
  return runRuby(
    'require "kramdown"; require "kramdown-parser-gfm"; ' +
      'print Kramdown::Document.new($stdin.read, input: "GFM").to_html',
    markdown,
  );
}

/** A value as Psych reads it, with its Ruby class so that a Date never passes for a String. */
export type PsychValue = [className: string, value: unknown];

/** Each YAML document (a front matter body) loaded by Psych as Jekyll does, as ordered [key, value] pairs. */
export function psychLoad(documents: readonly string[]): [string, PsychValue][][] {
  const script = `
    require "yaml"; require "json"; require "date"
    def typed(v) = v.is_a?(Array) ? ["Array", v.map { |i| typed(i) }] : [v.class.name, v.is_a?(Float) && v.nan? ? "NaN" : v]
    JSON.parse($stdin.read).each do |doc|
      data = YAML.safe_load(doc, permitted_classes: [Date, Time]) || {}
      puts JSON.generate(data.map { |k, v| [k, typed(v)] })
    end`;
  const out = runRuby(script, JSON.stringify(documents));
  return out.trim() === '' ? [] : out.trim().split('\n').map((line) => JSON.parse(line) as [string, PsychValue][]);
}
