// Where the figures were measured: date, CPU, cores, memory and the browser version, for the table header.
import os from 'node:os';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser's own version line, or `absent` when it is not installed. */
function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'absent';
  }
}

/** @returns {{ date: string; cpu: string; cores: number; memory: string; load: string; node: string; chromium: string }} */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    // Other work on the machine slows every figure: ratios measured in one run hold up better than times.
    load: os.loadavg()[0].toFixed(1),
    node: process.version,
    chromium: chromiumVersion(),
  };
}
