// Bundle sizes of the built Chrome extension, raw and gzip (level 9, what stores and the disk cache approximate).
// A split script is measured as what its page loads before it can render (the entry and every chunk it
// imports statically) and, apart, what it imports on demand (`import()` of a chunk, on a click).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Gzip targets from the issue, in KiB (1 KB = 1024 bytes); options has none. */
const GZIP_TARGET_KB = { popup: 15, options: null, background: 12 };

/**
 * esbuild's minified ESM: static imports lead the file (`import{a as b}from"./x.js";`), dynamic ones are
 * `import("./x.js")`; the worker's entry, a classic script, loads the full worker with `importScripts("./x.js")`.
 */
const STATIC_IMPORT = /(?:^|;)import\s*(?:\{[^}]*\}\s*from\s*|[\w$]+\s*from\s*|\*\s*as\s*[\w$]+\s*from\s*)?"(\.[^"]+)"/g;
const DYNAMIC_IMPORT = /\b(?:import|importScripts)\("(\.[^"]+)"\)/g;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (files) =>
  files.reduce(
    (sum, file) => {
      const bytes = fs.readFileSync(file);
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + zlib.gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

/** The files an entry loads: `atStart` (itself and its static imports, transitively) and `onDemand` (the rest it can reach). */
export function scriptGraph(entry) {
  const atStart = new Set();
  const onDemand = new Set();
  const visit = (file, set) => {
    if (atStart.has(file) || set.has(file)) return;
    set.add(file);
    const text = fs.readFileSync(file, 'utf8');
    const near = (rel) => path.resolve(path.dirname(file), rel);
    for (const [, rel] of text.matchAll(STATIC_IMPORT)) visit(near(rel), set);
    for (const [, rel] of text.matchAll(DYNAMIC_IMPORT)) visit(near(rel), onDemand);
  };
  visit(path.resolve(entry), atStart);
  for (const file of atStart) onDemand.delete(file);
  return { atStart: [...atStart], onDemand: [...onDemand] };
}

/** @param {string} dist the built extension, e.g. dist/chrome */
export function measureBundles(dist) {
  return Object.entries(GZIP_TARGET_KB).flatMap(([name, targetKb]) => {
    const { atStart, onDemand } = scriptGraph(path.join(dist, `${name}.js`));
    const start = sizes(atStart);
    const chunks = atStart.length > 1 ? ` + ${atStart.length - 1} chunk${atStart.length > 2 ? 's' : ''} it imports` : '';
    const rows = [
      {
        figure: `${name}.js${chunks} size`,
        value: `${kb(start.raw)} raw, ${kb(start.gzip)} gzip`,
        target: targetKb === null ? '' : `≤ ${targetKb} KB gzip`,
        met: targetKb === null ? null : start.gzip <= targetKb * 1024,
      },
    ];
    if (onDemand.length > 0) {
      const later = sizes(onDemand);
      rows.push({
        figure: `${name}: ${onDemand.length} chunks loaded on demand`,
        value: `${kb(later.raw)} raw, ${kb(later.gzip)} gzip`,
        target: '',
        met: null,
      });
    }
    return rows;
  });
}
