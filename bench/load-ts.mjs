// Runs TypeScript from node without a loader: esbuild bundles the entry into .tmp/bench/ and we import that.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project folder: entries are named relative to it, whatever the working directory. */
const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Bundles `entry` (our own sources inlined, npm packages left to node) and imports it.
 * @param {string} entry a .ts file, relative to the project folder
 */
export async function importTs(entry) {
  const outfile = path.join(ROOT, '.tmp/bench', path.basename(entry).replace(/\.tsx?$/, '.mjs'));
  await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
