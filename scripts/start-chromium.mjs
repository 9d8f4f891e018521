// `npm start`: opens Chromium (Debian's, or Chrome) with a fresh temporary profile and dist/chrome
// loaded. Without a display (a server, CI) it runs headless and prints the DevTools address to attach
// to. Ctrl-C closes the browser and removes the profile.
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
const headless = !process.env.DISPLAY && process.platform === 'linux';
const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run'];
// Chromium refuses to run as root with its sandbox; only then is it turned off.
if (process.getuid?.() === 0) args.push('--no-sandbox');
// Port 0: Chromium picks a free one and writes it to DevToolsActivePort in the profile.
if (headless) args.push('--headless=new', '--remote-debugging-port=0');
args.push('chrome://extensions');

console.log(`${executable} with ${ext}`);
console.log(`Profile (removed on exit): ${profile}`);
const child = spawn(executable, args, { stdio: ['ignore', 'inherit', 'inherit'] });

let removed = false;
const removeProfile = () => {
  if (removed) return;
  removed = true;
  fs.rmSync(profile, { recursive: true, force: true });
};
child.on('exit', (code, signal) => {
  removeProfile();
  process.exit(signal ? 0 : (code ?? 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));

if (headless) {
  const portFile = path.join(profile, 'DevToolsActivePort');
  const started = Date.now();
  const timer = setInterval(() => {
    const port = fs.existsSync(portFile) ? fs.readFileSync(portFile, 'utf8').split('\n')[0] : '';
    if (port) {
      clearInterval(timer);
      console.log(`No display: Chromium runs headless. DevTools: http://127.0.0.1:${port} (targets: /json/list)`);
      console.log(`To use DueGuard in your own Chrome: chrome://extensions → Developer mode → Load unpacked → ${ext}`);
    } else if (Date.now() - started > 30_000) {
      clearInterval(timer);
      console.error('Chromium did not open DevTools within 30 s.');
    }
  }, 100);
}
