import { describe, expect, it } from 'vitest';
import { errorMessage, errorReport, MAX_SHOWN_CHARS, redactSecrets } from '../../src/core/redact';
import { redact } from '../../src/git/auth';

const TOKEN = 'tok3n-Secret+Value=9876';

describe('redactSecrets', () => {
  it('hides a token in a URL: userinfo, with or without a user name', () => {
    const text = `GET https://x-access-token:${TOKEN}@git.example.org/blog.git/info/refs and http://${TOKEN}@127.0.0.1:8711/r.git failed`;
    const shown = redactSecrets(text);
    expect(shown).toBe('GET https://•••@git.example.org/blog.git/info/refs and http://•••@127.0.0.1:8711/r.git failed');
  });
  it('hides a token in a query string, as typed or URL-encoded', () => {
    const shown = redactSecrets(`https://host/api?private_token=${encodeURIComponent(TOKEN)}&x=1 https://h/?access_token=abc`);
    expect(shown).toBe('https://host/api?private_token=•••&x=1 https://h/?access_token=•••');
  });
  it('hides header values: Authorization (Basic, Bearer, token), Private-Token, as text or as JSON', () => {
    const basic = btoa(`x-access-token:${TOKEN}`);
    const text = [
      `Authorization: Basic ${basic}`,
      `{"authorization":"Bearer ${TOKEN}","Private-Token":"${TOKEN}"}`,
      `headers: { Authorization: 'token ${TOKEN}' }`,
      `proxy-authorization=${TOKEN}`,
    ].join('\n');
    const shown = redactSecrets(text);
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain(basic);
    expect(shown).toBe([
      'Authorization: Basic •••',
      '{"authorization":"Bearer •••","Private-Token":"•••"}',
      "headers: { Authorization: 'token •••' }",
      'proxy-authorization=•••',
    ].join('\n'));
  });
  it('hides a known secret anywhere, and tokens shaped like GitHub\'s or GitLab\'s whoever\'s they are', () => {
    expect(redactSecrets(`the server said: bad credentials ${TOKEN}.`, [TOKEN])).toBe('the server said: bad credentials •••.');
    expect(redactSecrets(`a token ${encodeURIComponent(TOKEN)} in a path`, [TOKEN])).toBe('a token ••• in a path');
    expect(redactSecrets('ghp_abcdefghijklmnopqrstuvwxyz0123 and glpat-abcdefghijklmnopqrst')).toBe('••• and •••');
  });
  it('leaves ordinary sentences alone', () => {
    const text = 'the server refused the push: main is protected (https://github.com/rudeops/blog.git, Basic realm="git")';
    expect(redactSecrets(text)).toBe(text);
  });
  it('git/auth redact hides the token, its Basic encoding and credential shapes', () => {
    const encoded = btoa(`x-access-token:${TOKEN}`);
    expect(redact(`${TOKEN} ${encoded} https://u:other@h/`, TOKEN)).toBe('••• ••• https://•••@h/');
  });
  it('stays linear on hostile text (a megabyte of near-URLs answers)', () => {
    const hostile = 'a.'.repeat(250_000) + 'b+://'.repeat(50_000) + 'authorization:'.repeat(20_000);
    expect(redactSecrets(hostile).length).toBeGreaterThan(0);
  });
});

describe('errorMessage and errorReport', () => {
  it('a message is redacted and bounded, and a token cut by the bound is still hidden', () => {
    const error = new Error(`${'x'.repeat(MAX_SHOWN_CHARS - 5)}${TOKEN} then ${'y'.repeat(5_000_000)}`);
    const shown = errorMessage(error, [TOKEN]);
    expect(shown.length).toBeLessThan(MAX_SHOWN_CHARS + 50);
    expect(shown).not.toContain(TOKEN.slice(0, 5));
  });
  it('non-errors: strings, objects with a message, objects whose toString throws', () => {
    expect(errorMessage(`https://u:${TOKEN}@h`)).toBe('https://•••@h');
    expect(errorMessage({ message: `Bearer ${TOKEN}` })).toBe('Bearer •••');
    expect(errorMessage({ toString: () => { throw new Error('no'); } })).toBe('[object Object]');
  });
  it('a report has the stack and the causes (even looping), redacted', () => {
    const inner = new Error(`fetch https://x:${TOKEN}@h/r.git`);
    const outer = new Error('sync failed', { cause: inner });
    (inner as { cause?: unknown }).cause = outer;
    const report = errorReport(outer, [TOKEN]);
    expect(report).toContain('sync failed');
    expect(report).toContain('caused by: Error: fetch https://•••@h/r.git');
    expect(report).not.toContain(TOKEN);
  });
});
