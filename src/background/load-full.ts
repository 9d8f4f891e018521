/**
 * How the worker's entry reaches the full worker (full.ts). Here, for tests and node, a plain import.
 * The extension's build swaps this module for load-full.worker.ts, which loads the full worker as a
 * script of its own only when a wake needs it (build.mjs).
 */
import * as full from './full';

export type FullWorker = typeof full;

export const loadFull = (): FullWorker => full;
