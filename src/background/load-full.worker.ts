/**
 * load-full.ts as built into the extension: the full worker is its own script, background-full.js
 * (full-global.ts), loaded with `importScripts` the first time a wake needs it.
 *
 * Chrome's service workers cannot `import()`; a classic one may `importScripts` a script at any time
 * once it was imported while the worker was installing (the spec keeps it with the worker's scripts;
 * a script first imported later is refused). So the install handler imports it once. In Firefox the
 * background is an event page whose manifest lists background-full.js before this script, so it is
 * already there.
 */
import type { FullWorker } from './load-full';

declare function importScripts(...urls: string[]): void;

const scope = globalThis as typeof globalThis & { dueguardFull?: FullWorker };

export function loadFull(): FullWorker {
  // A literal, so the bundle bench (bench/bundles.mjs) finds what it loads on demand.
  if (!scope.dueguardFull) importScripts('./background-full.js');
  return scope.dueguardFull!;
}

if (typeof importScripts === 'function') scope.addEventListener('install', () => void loadFull());
