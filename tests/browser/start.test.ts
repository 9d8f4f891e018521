// `npm start` on a machine without a display: Chromium starts headless with the extension loaded, the
// script prints where DevTools listens, the service worker is running there, and Ctrl-C (SIGINT)
// closes the browser and removes the temporary profile.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST, CHROMIUM_PATH, browserAvailable, poll } from './harness';

const run = browserAvailable(CHROMIUM_PATH, CHROME_DIST);

describe.runIf(run)('npm start without a display', () => {
  it('runs the extension headless, prints the DevTools port, and cleans up on Ctrl-C', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH };
    delete env.DISPLAY;
    const child = spawn(process.execPath, ['scripts/start-chromium.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      // The two lines after the browser starts may come in separate chunks: wait for the second too.
      const port = await poll(
        async () => (out.includes('Load unpacked') ? /DevTools: http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1] : undefined),
        {
          timeout: 30_000,
          what: 'the DevTools line and the Load unpacked hint',
        },
      );
      const profile = /Profile \(removed on exit\): (\S+)/.exec(out)?.[1];
      expect(profile && fs.existsSync(profile)).toBe(true);
      const worker = await poll(
        async () => {
          const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string }[];
          return targets.find((t) => t.type === 'service_worker' && /^chrome-extension:\/\/[a-p]{32}\/background\.js$/.test(t.url));
        },
        { timeout: 30_000, what: 'the service worker' },
      );
      expect(worker.url).toMatch(/background\.js$/);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(fs.existsSync(profile!)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
