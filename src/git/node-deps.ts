// The git layer's dependencies in Node (CLI, tests): memfs in memory, isomorphic-git's node:http client.
import http from 'isomorphic-git/http/node';
import { createFsFromVolume, Volume } from 'memfs';
import type { FsClient } from 'isomorphic-git';
import type { GitDeps } from './connection';

export function nodeGitDeps(token: string): GitDeps {
  return { http, token, newFs: () => createFsFromVolume(new Volume()) as unknown as FsClient };
}
