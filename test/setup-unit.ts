// Unit tests run in Node: IndexedDB comes from fake-indexeddb, loaded before Dexie.
import 'fake-indexeddb/auto';
