// isomorphic-git reads Node's global `Buffer` when it runs; browsers have none ("Missing Buffer
// dependency"). Imported first by the modules that load the git layer in an extension page.
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
