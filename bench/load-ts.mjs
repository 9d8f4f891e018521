// Runs TypeScript from node without a loader: esbuild bundles the entry into .tmp/bench/ and we import that.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Bundles `entry` (our own sources inlined, npm packages left to node) and imports it.
 * @param {string} entry a .ts file
 * @param {{ alias?: Record<string, string> }} [options] module substitutions, e.g. the fake browser for the polyfill
 */
export async function importTs(entry, { alias } = {}) {
  const outfile = path.resolve('.tmp/bench', path.basename(entry).replace(/\.tsx?$/, '.mjs'));
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: alias ? undefined : 'external',
    alias,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
