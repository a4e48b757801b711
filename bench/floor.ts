// The floor the popup is compared with: an extension page that only opens IndexedDB, reads one
// record and focuses a textarea. Written into a copy of the build, so the shipped extension has no trace of it.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_PAGE = 'bench-floor.html';

const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>
<body><label>Blurb <textarea id="blurb"></textarea></label><script type="module" src="bench-floor.js"></script></body></html>`;

const FLOOR_JS = `const request = indexedDB.open('gleaner-floor', 1);
request.onupgradeneeded = () => request.result.createObjectStore('records').put({ blurb: 'hello' }, 'one');
request.onsuccess = () => {
  const read = request.result.transaction('records').objectStore('records').get('one');
  read.onsuccess = () => {
    const box = document.getElementById('blurb');
    box.value = read.result.blurb;
    box.focus();
    performance.mark('gleaner:ready');
  };
};`;

/** Copies `dist` to `target` and adds the floor page. */
export function prepareBenchBuild(dist: string, target: string): string {
  rmSync(target, { recursive: true, force: true });
  cpSync(dist, target, { recursive: true });
  writeFileSync(join(target, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(join(target, 'bench-floor.js'), FLOOR_JS);
  return target;
}
