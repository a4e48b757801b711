// The connected repository lives in storage.local, apart from the database: a backup or an export reads
// the database only, so the token can never end up in one. The token is read back only to talk to git.
import { DEFAULT_CONNECTION, type GitConnection } from '../git/connection';
import { tokenForms } from '../git/auth';
import { browser } from './browser';
import { rememberSecrets } from './log';

const CONNECTION_KEY = 'git.connection';
const TOKEN_KEY = 'git.token';
const BLOBS_KEY = 'git.importedBlobs';

/** The keys a view of the connection watches (storage.onChanged): the import's blob ids say nothing it shows. */
export const REPOSITORY_KEYS: readonly string[] = [CONNECTION_KEY, TOKEN_KEY];

export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const local = (): StorageArea => browser.storage.local as StorageArea;

export interface StoredRepository {
  connection: GitConnection;
  /** The token's last four characters, to recognise it; '' when none is stored. */
  tokenHint: string;
}

/** `ghp_abcdef1234` → `••••1234`; short tokens show nothing of themselves. */
export function tokenHint(token: string): string {
  if (token === '') return '';
  return token.length >= 12 ? `••••${token.slice(-4)}` : '••••';
}

export async function loadRepository(area: StorageArea = local()): Promise<StoredRepository | null> {
  const stored = await area.get([CONNECTION_KEY, TOKEN_KEY]);
  const connection = stored[CONNECTION_KEY] as Partial<GitConnection> | undefined;
  if (connection === undefined) return null;
  const token = typeof stored[TOKEN_KEY] === 'string' ? stored[TOKEN_KEY] : '';
  // Every context that reads the token hides it from its logs and messages from then on (platform/log).
  rememberSecrets(tokenForms(token));
  return { connection: { ...DEFAULT_CONNECTION, ...connection }, tokenHint: tokenHint(token) };
}

/** Saves the connection; `token` undefined keeps the stored one (the field is left blank to keep it). */
export async function saveRepository(connection: GitConnection, token?: string, area: StorageArea = local()): Promise<void> {
  const previous = (await area.get(CONNECTION_KEY))[CONNECTION_KEY] as GitConnection | undefined;
  // Another repository: what was imported from the old one says nothing about the new one.
  if (previous !== undefined && previous.url !== connection.url) await area.remove(BLOBS_KEY);
  if (token !== undefined) rememberSecrets(tokenForms(token));
  await area.set({ [CONNECTION_KEY]: connection, ...(token !== undefined && token !== '' && { [TOKEN_KEY]: token }) });
}

export async function loadToken(area: StorageArea = local()): Promise<string> {
  const stored = (await area.get(TOKEN_KEY))[TOKEN_KEY];
  const token = typeof stored === 'string' ? stored : '';
  rememberSecrets(tokenForms(token));
  return token;
}

/** Disconnect: the token, the connection and what was imported are forgotten. */
export async function forgetRepository(area: StorageArea = local()): Promise<void> {
  await area.remove([CONNECTION_KEY, TOKEN_KEY, BLOBS_KEY]);
}

/** Post file name → blob id of the last import, so the next one reads only what changed. */
export async function loadImportedBlobs(area: StorageArea = local()): Promise<Record<string, string>> {
  const blobs = (await area.get(BLOBS_KEY))[BLOBS_KEY];
  return typeof blobs === 'object' && blobs !== null ? (blobs as Record<string, string>) : {};
}

export async function saveImportedBlobs(blobs: Record<string, string>, area: StorageArea = local()): Promise<void> {
  await area.set({ [BLOBS_KEY]: blobs });
}
