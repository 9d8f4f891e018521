/**
 * Drives the built extension in real browsers: Debian's Chromium through playwright-core and
 * Firefox ESR through puppeteer-core over WebDriver BiDi (see ../shared/reference/browser-testing.md).
 *
 * On a developer machine without the browser the suites skip with a message; under CI (CI=true)
 * a missing browser is a failure, never a silent skip.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROME_DIST = path.resolve('dist/chrome');
export const FIREFOX_DIST = path.resolve('dist/firefox');
export const ARTIFACTS = path.resolve('artifacts');
export const GECKO_ID = 'dueguard@dueguard.app';

/** Whether a browser suite can run; throws under CI when the browser or the build is missing. */
export function browserAvailable(executable: string, dist: string): boolean {
  const missing = [executable, path.join(dist, 'manifest.json')].filter((p) => !fs.existsSync(p));
  if (missing.length === 0) return true;
  const message = `missing ${missing.join(' and ')} (install the browser and run npm run build)`;
  if (process.env.CI) throw new Error(`browser tests cannot run in CI: ${message}`);
  console.warn(`skipping browser tests: ${message}`);
  return false;
}

export async function poll<T>(
  fn: () => Promise<T | null | undefined | false>,
  { timeout = 10_000, interval = 50, what = 'condition' } = {},
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

export interface ChromiumExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Errors printed by the service worker or any extension page since launch. */
  errors: string[];
  open(
    page: 'popup.html' | 'options.html' | string,
    init?: { locale?: string; colorScheme?: 'light' | 'dark'; width?: number; height?: number },
  ): Promise<Page>;
  /** Stops the service worker via CDP (the next event starts a fresh instance). */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile and the built extension (or a copy of it, `dist`) loaded. */
export async function launchChromium({
  locale = 'en-US',
  dist = CHROME_DIST,
}: { locale?: string; dist?: string } = {}): Promise<ChromiumExtension> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dueguard-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--lang=${locale}`,
      // The machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const errors: string[] = [];
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  context.on('weberror', (e) => errors.push(`page error: ${e.error().message}`));
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`worker console error: ${m.text()}`);
  });

  const open: ChromiumExtension['open'] = async (rel, init = {}) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error in ${rel}: ${e.message}`));
    if (init.colorScheme) await page.emulateMedia({ colorScheme: init.colorScheme });
    await page.setViewportSize({ width: init.width ?? 400, height: init.height ?? 600 });
    await page.goto(`chrome-extension://${extensionId}/${rel}`);
    return page;
  };

  const stopWorker = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const cdp = await context.newCDPSession(page);
    const versions = new Map<string, { versionId: string; scriptURL: string; runningStatus: string }>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: vs }) => vs.forEach((v) => versions.set(v.versionId, v)));
    await cdp.send('ServiceWorker.enable');
    const version = await poll(
      async () => [...versions.values()].find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)),
      { what: 'service worker version' },
    );
    await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
    await poll(async () => versions.get(version.versionId)?.runningStatus === 'stopped', { what: 'service worker to stop' });
    await cdp.detach();
    await page.close();
  };

  return {
    context,
    worker,
    extensionId,
    errors,
    open,
    stopWorker,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxExtension {
  /** The puppeteer Browser (typed loosely: puppeteer-core's types are only needed here). */
  browser: import('puppeteer-core').Browser;
  baseUrl: string;
  /** Errors printed by any extension page opened through `open` since launch. */
  errors: string[];
  open(rel: string): Promise<import('puppeteer-core').Page>;
  close(): Promise<void>;
}

/** Launches headless Firefox ESR with the built extension installed as a temporary add-on. */
export async function launchFirefox({ idleTimeoutMs = 30_000 } = {}): Promise<FirefoxExtension> {
  const puppeteer = (await import('puppeteer-core')).default;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'extensions.background.idle.timeout': idleTimeoutMs,
      // Closing a test's last page must not close the window (Firefox 140 then has none to open the next in).
      'browser.tabs.closeWindowWithLastTab': false,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  const baseUrl = `moz-extension://${uuid}/`;
  const errors: string[] = [];
  return {
    browser,
    baseUrl,
    errors,
    async open(rel) {
      // A notification the extension showed is a window of its own here and may be the most recent
      // one, which has no tabs to open a page in (Firefox 140): bring the browser window back first,
      // and again if a notification shown meanwhile (a command just sent) took the focus.
      let page: Awaited<ReturnType<typeof browser.newPage>> | undefined;
      for (let attempt = 1; !page; attempt++) {
        await (await browser.pages())[0]?.bringToFront();
        page = await browser.newPage().catch((e: unknown) => {
          if (attempt >= 5) throw e;
          return new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 200));
        });
      }
      page.on('pageerror', (e) => errors.push(`page error in ${rel}: ${e instanceof Error ? e.message : String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console error in ${rel}: ${m.text()}`);
      });
      // Under BiDi, goto to moz-extension:// never resolves: fire it and poll for the load instead.
      page.goto(baseUrl + rel).catch(() => undefined);
      await poll(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'), {
        what: `${rel} to load`,
      });
      return page;
    },
    close: () => browser.close(),
  };
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
