// The suggested shortcut must reach Gleaner in Chrome and in Firefox, on Linux, Windows and macOS (issue 10:
// Ctrl+Shift+Y is Firefox's Downloads/Library on Linux, so the popup never opened and Firefox refused it).
// The lists are the browsers' own shortcuts with Shift and Ctrl/Alt/Command: Firefox's from the <key>
// elements of browser.xhtml (Firefox ESR 140, plus DevTools' keys), Chrome's from its keyboard shortcuts
// help page (support.google.com/chrome/answer/157179), Windows, Linux and macOS.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const FIREFOX = [
  'Ctrl+Shift+A', 'Ctrl+Shift+B', 'Ctrl+Shift+C', 'Ctrl+Shift+D', 'Ctrl+Shift+E', 'Ctrl+Shift+G', 'Ctrl+Shift+H',
  'Ctrl+Shift+I', 'Ctrl+Shift+J', 'Ctrl+Shift+K', 'Ctrl+Shift+M', 'Ctrl+Shift+N', 'Ctrl+Shift+O', 'Ctrl+Shift+P',
  'Ctrl+Shift+R', 'Ctrl+Shift+S', 'Ctrl+Shift+T', 'Ctrl+Shift+W', 'Ctrl+Shift+X', 'Ctrl+Shift+Y', 'Ctrl+Shift+Z',
  'Ctrl+Shift+Delete', 'Ctrl+Shift+]', 'Ctrl+Shift+}',
  // On macOS Firefox's accel is Command: the same letters, plus Downloads on Command+Shift+J.
  'Command+Shift+A', 'Command+Shift+B', 'Command+Shift+C', 'Command+Shift+D', 'Command+Shift+G', 'Command+Shift+H',
  'Command+Shift+J', 'Command+Shift+N', 'Command+Shift+O', 'Command+Shift+P', 'Command+Shift+R', 'Command+Shift+T',
  'Command+Shift+W', 'Command+Shift+X', 'Command+Shift+Y', 'Command+Shift+Z',
];

const CHROME = [
  'Ctrl+Shift+A', 'Ctrl+Shift+B', 'Ctrl+Shift+C', 'Ctrl+Shift+D', 'Ctrl+Shift+G', 'Ctrl+Shift+I', 'Ctrl+Shift+J',
  'Ctrl+Shift+M', 'Ctrl+Shift+N', 'Ctrl+Shift+O', 'Ctrl+Shift+Q', 'Ctrl+Shift+R', 'Ctrl+Shift+T', 'Ctrl+Shift+W',
  'Ctrl+Shift+Delete', 'Alt+Shift+A', 'Alt+Shift+B', 'Alt+Shift+I', 'Alt+Shift+T',
  'Command+Shift+A', 'Command+Shift+B', 'Command+Shift+C', 'Command+Shift+D', 'Command+Shift+G', 'Command+Shift+I',
  'Command+Shift+J', 'Command+Shift+M', 'Command+Shift+N', 'Command+Shift+O', 'Command+Shift+Q', 'Command+Shift+R',
  'Command+Shift+T', 'Command+Shift+W', 'Command+Shift+Delete',
];

interface Manifest {
  commands: { _execute_action: { suggested_key: { default: string; mac: string } } };
}

const { suggested_key: suggested } = (JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest).commands._execute_action;

test.each([['Windows and Linux', suggested.default], ['macOS', suggested.mac]])('the %s shortcut, %s, is neither browser’s own', (_, key) => {
  expect(FIREFOX).not.toContain(key);
  expect(CHROME).not.toContain(key);
});

test('the README tells the shortcut and how to change it', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain(`**${suggested.default}**`);
  expect(readme).toContain('chrome://extensions/shortcuts');
  expect(readme).toContain('Manage Extension Shortcuts');
});
