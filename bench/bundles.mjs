// Bundle sizes of the built Chrome extension, raw and gzip (level 9, what stores and the disk cache approximate).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Gzip targets from the issue, in KiB (1 KB = 1024 bytes); options has none. */
const GZIP_TARGET_KB = { popup: 20, options: null, background: 12 };

/** @param {string} dist the built extension, e.g. dist/chrome */
export function measureBundles(dist) {
  return Object.entries(GZIP_TARGET_KB).map(([name, targetKb]) => {
    const bytes = fs.readFileSync(path.join(dist, `${name}.js`));
    const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    return {
      figure: `${name}.js size`,
      value: `${kb(bytes.length)} raw, ${kb(gzip)} gzip`,
      target: targetKb === null ? '' : `≤ ${targetKb} KB gzip`,
      met: targetKb === null ? null : gzip <= targetKb * 1024,
    };
  });
}
