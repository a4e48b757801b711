// The git layer's dependencies in an extension page: LightningFS in memory (nothing to flush, nothing left
// in IndexedDB) and isomorphic-git's fetch client. `credentials: 'omit'` keeps the browser from ever
// showing its Basic-auth prompt on a 401, which hangs an extension page (shared/notes/git-server.md §3).
import LightningFS from '@isomorphic-git/lightning-fs';
import type { FsClient, HttpClient } from 'isomorphic-git';
import webHttp from 'isomorphic-git/http/web';
import type { GitDeps } from './connection';

type MemoryBackendClass = new () => LightningFS.IDB;
// Shipped since 4.10 but missing from its type declarations.
const { MemoryBackend } = LightningFS as unknown as { MemoryBackend: MemoryBackendClass };

const http: HttpClient = { request: (request) => webHttp.request({ ...request, fetchOptions: { credentials: 'omit', cache: 'no-store' } }) };

let opened = 0;

export function browserGitDeps(token: string): GitDeps {
  return {
    http,
    token,
    newFs: () => {
      opened += 1;
      return new LightningFS(`gleaner-git-${opened}`, { db: new MemoryBackend() }) as unknown as FsClient;
    },
  };
}
