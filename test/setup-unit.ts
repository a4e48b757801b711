// Unit tests run in Node: IndexedDB comes from fake-indexeddb, loaded before Dexie.
import 'fake-indexeddb/auto';
import fc from 'fast-check';

// Property tests explore new random cases on every local run; CI replays one fixed seed so that a
// submission is judged on what was run before it, and a newly found counterexample is fixed, not a coin toss.
if (process.env.CI) fc.configureGlobal({ seed: 20_261_126 });

// Settings' defaults follow the browser's language (db/settings reads navigator.language). Node 21+ has a
// navigator saying en-US; the unit tests assume the French defaults that rebuild the reference issue.
Object.defineProperty(globalThis, 'navigator', { value: { language: 'fr-FR', languages: ['fr-FR'] }, configurable: true, writable: true });
