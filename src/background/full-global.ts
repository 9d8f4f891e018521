/** The entry of background-full.js: the full worker, where load-full.worker.ts finds it. */
import * as full from './full';

(globalThis as typeof globalThis & { dueguardFull?: typeof full }).dueguardFull = full;
