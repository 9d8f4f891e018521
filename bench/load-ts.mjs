// Runs TypeScript from node without a loader: esbuild bundles the entry into .tmp/bench/ and we import that.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project folder: entries are named relative to it, whatever the working directory. */
const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');

/** A package's JSON data (chinese-days' years) is inlined: node imports JSON only with an import attribute. */
const inlinePackageJson = {
  name: 'inline-package-json',
  setup(build) {
    build.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({
      path: createRequire(path.join(args.resolveDir, 'x.js')).resolve(args.path),
    }));
  },
};

/**
 * Bundles `entry` (our own sources and packages' JSON inlined, npm code left to node) and imports it.
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
    plugins: [inlinePackageJson],
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
