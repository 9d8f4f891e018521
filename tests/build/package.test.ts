// Release packaging and manifest promises: minimal permissions, default CSP, reproducible zips.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const source = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));

describe('manifest', () => {
  it('asks for exactly storage, alarms and notifications, and no host permissions', () => {
    expect([...source.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(source.host_permissions).toBeUndefined();
    expect(source.optional_permissions).toBeUndefined();
    expect(source.optional_host_permissions).toBeUndefined();
  });

  it('keeps the default MV3 content security policy', () => {
    expect(source.content_security_policy).toBeUndefined();
  });
});

describe('npm run package', () => {
  // Two production builds: slow on a busy machine, so a generous limit.
  it('makes the same zip bytes from the same sources', { timeout: 120_000 }, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dueguard-pack-'));
    const pack = () => {
      execFileSync(process.execPath, ['build.mjs', '--package', `--out=${out}`], { cwd: ROOT, stdio: 'pipe' });
      const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
      return ['chrome', 'firefox'].map((t) => fs.readFileSync(path.join(out, `dueguard-${t}-${version}.zip`)));
    };
    const first = pack();
    const second = pack();
    expect(first[0]!.length).toBeGreaterThan(1000);
    expect(Buffer.compare(first[0]!, second[0]!)).toBe(0);
    expect(Buffer.compare(first[1]!, second[1]!)).toBe(0);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
