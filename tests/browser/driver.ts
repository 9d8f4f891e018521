/**
 * One interface over both real browsers, so a scenario both must pass is written once and run by
 * `describe.each(BROWSERS)`. It covers what such scenarios need (open an extension page, run code in
 * it, wait for a condition, click, screenshot, the errors seen); a scenario only one browser can run
 * (CDP, Playwright locators, notifications) uses that browser's own handle from harness.ts.
 */
import { CHROME_DIST, CHROMIUM_PATH, FIREFOX_DIST, FIREFOX_PATH, browserAvailable, launchChromium, launchFirefox, poll } from './harness';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a truthy value of type `T` can be. */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export interface ExtensionPage {
  /** Runs `fn(arg)` in the page (both drivers serialise it the same way) and returns its result. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page and returns that value. */
  waitFor<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, what: string): Promise<Truthy<R>>;
  click(selector: string): Promise<void>;
  /** Presses a key (`ArrowRight`, `PageDown`, `Enter`) as the user does, on whatever has the focus. */
  press(key: string): Promise<void>;
  /** Evaluates a script's source in the page through the driver (so the page's CSP, which forbids eval, does not apply): for axe-core. */
  addScript(source: string): Promise<void>;
  screenshot(file: string, clip?: Clip): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  /** The extension's origin with a trailing slash: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly origin: string;
  /** Errors printed by the extension's pages (and, in Chromium, its service worker) since launch. */
  readonly errors: readonly string[];
  open(rel: string): Promise<ExtensionPage>;
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  name: 'Chromium' | 'Firefox ESR';
  /** Lower-case, for artifact file names. */
  id: 'chromium' | 'firefox';
  available: boolean;
  launch(): Promise<ExtensionDriver>;
}

/** What Playwright's and puppeteer's pages have in common, as far as the drivers use it. */
interface AnyPage {
  evaluate(fn: (arg: unknown) => unknown, arg: unknown): Promise<unknown>;
  evaluate(source: string): Promise<unknown>;
  click(selector: string): Promise<unknown>;
  keyboard: { press(key: never): Promise<unknown> };
  screenshot(options: { path: string; clip?: Clip }): Promise<unknown>;
  close(): Promise<void>;
}

function extensionPage(page: AnyPage): ExtensionPage {
  const run = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg) as Promise<R>;
  return {
    run,
    waitFor: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A, what: string) =>
      poll(async () => (await run(fn, arg)) as Truthy<R> | null, { what }),
    click: async (selector) => void (await page.click(selector)),
    // Both drivers name keys as KeyboardEvent.key does; puppeteer types them as a union of those names.
    press: async (key) => void (await page.keyboard.press(key as never)),
    addScript: async (source) => void (await page.evaluate(source)),
    screenshot: async (path, clip) => void (await page.screenshot(clip ? { path, clip } : { path })),
    close: () => page.close(),
  };
}

export const BROWSERS: BrowserUnderTest[] = [
  {
    name: 'Chromium',
    id: 'chromium',
    available: browserAvailable(CHROMIUM_PATH, CHROME_DIST),
    async launch() {
      const ext = await launchChromium();
      return {
        origin: `chrome-extension://${ext.extensionId}/`,
        errors: ext.errors,
        open: async (rel) => extensionPage(await ext.open(rel)),
        close: () => ext.close(),
      };
    },
  },
  {
    name: 'Firefox ESR',
    id: 'firefox',
    available: browserAvailable(FIREFOX_PATH, FIREFOX_DIST),
    async launch() {
      const ext = await launchFirefox();
      return {
        origin: ext.baseUrl,
        errors: ext.errors,
        open: async (rel) => extensionPage(await ext.open(rel)),
        close: () => ext.close(),
      };
    },
  },
];
