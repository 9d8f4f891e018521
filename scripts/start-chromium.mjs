// `npm start`: opens Chromium (Debian's, or Chrome) with a fresh temporary profile and dist/chrome loaded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const executable = candidates.find((p) => p && fs.existsSync(p));
if (!executable) {
  console.error('No Chromium or Chrome found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
const ext = path.resolve('dist/chrome');
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dueguard-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  '--no-first-run',
  'chrome://extensions',
];
if (!process.env.DISPLAY && process.platform === 'linux') args.unshift('--headless=new', '--remote-debugging-port=9222');
console.log(`${executable} with ${ext} (profile ${profile})`);
const child = spawn(executable, args, { stdio: 'inherit' });
child.on('exit', (code) => {
  fs.rmSync(profile, { recursive: true, force: true });
  process.exit(code ?? 0);
});
