/** The IndexedDB database every Gleaner page shares (Dexie's and the popup's plain read alike). */
export const DATABASE_NAME = 'gleaner';
