import { GleanerDb } from './schema';

/** The one database every extension page shares; liveQuery carries writes between pages. */
export const db = new GleanerDb();

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Starts opening the database now, so that it overlaps other start-up work (the popup asks the browser
 * for its tab meanwhile). A failure is not reported here: the first real query reports it.
 */
export function openEarly(): void {
  db.open().catch(() => undefined);
}
