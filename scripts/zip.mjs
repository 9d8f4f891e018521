// Store zips with fixed timestamps and sorted entries, so the same sources give the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const FIXED_MTIME = new Date('2020-01-01T00:00:00Z');

function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** Zips every file below `dir` into `zipPath`, deterministically. */
export function writeZip(dir, zipPath) {
  const entries = {};
  for (const rel of listFiles(dir)) entries[rel] = [fs.readFileSync(path.join(dir, rel)), { mtime: FIXED_MTIME, level: 9 }];
  fs.writeFileSync(zipPath, zipSync(entries));
}
