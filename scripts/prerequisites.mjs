#!/usr/bin/env node
// What `npm test` needs beyond npm packages, checked first so that a fresh machine fails in a second with the
// one command to run, not ten minutes later in a browser test. Where it may (root, or sudo without a
// password, as CI is) it installs what is missing with apt-get itself.
//   Chromium (E2E), Firefox ESR (smoke test), Ruby kramdown + GFM parser (Jekyll's Markdown, unit tests),
//   git with its http-backend (test git server), jekyll (a published clone builds).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Each prerequisite: how to tell it is there, and the Debian packages that provide it. */
const PREREQUISITES = [
  { name: 'Chromium', packages: ['chromium'], present: () => executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { name: 'Firefox ESR', packages: ['firefox-esr'], present: () => onPath(process.env.FIREFOX_PATH ?? 'firefox-esr') },
  {
    name: 'Ruby kramdown with its GFM parser',
    packages: ['ruby-kramdown', 'ruby-kramdown-parser-gfm'],
    present: () => succeeds('ruby', ['-e', 'require "kramdown"; require "kramdown-parser-gfm"']),
  },
  { name: 'git and git-http-backend', packages: ['git'], present: () => onPath('git') && executable('/usr/lib/git-core/git-http-backend') },
  { name: 'Jekyll', packages: ['jekyll'], present: () => onPath('jekyll') },
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function succeeds(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function onPath(command) {
  return command.includes('/') ? executable(command) : succeeds('sh', ['-c', `command -v "${command}"`]);
}

/** `[]` as root, `['sudo', '-n']` with passwordless sudo, null when installing is not ours to do. */
function installPrefix() {
  if (!onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
}

function run(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const missing = PREREQUISITES.filter((prerequisite) => !prerequisite.present());
if (missing.length > 0) {
  const packages = missing.flatMap((prerequisite) => prerequisite.packages);
  const prefix = installPrefix();
  const names = missing.map((prerequisite) => prerequisite.name).join(', ');
  if (prefix === null) {
    console.error(`npm test needs ${names}. Install ${missing.length > 1 ? 'them' : 'it'}, then run npm test again:\n`);
    console.error(`  sudo apt-get install -y --no-install-recommends ${packages.join(' ')}\n`);
    console.error('(Not Debian or Ubuntu? Install the same programs with your system\'s package manager; set CHROMIUM_PATH or FIREFOX_PATH if they live elsewhere.)');
    process.exit(1);
  }
  console.log(`Installing ${names} (apt-get: ${packages.join(' ')})`);
  run(prefix, ['apt-get', 'update', '-qq']);
  run(prefix, ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  const still = missing.filter((prerequisite) => !prerequisite.present());
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.map((prerequisite) => prerequisite.name).join(', ')}`);
    process.exit(1);
  }
}
