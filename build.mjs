// Builds dist/chrome and dist/firefox from the one source manifest.
// Flags: --watch (rebuild on change), --package (also write store zips, to --out=DIR), --dev (no minify, sourcemaps).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { buildLocales } from './scripts/locales.mjs';
import { writeZip } from './scripts/zip.mjs';

const argv = process.argv.slice(2);
const args = new Set(argv);
/** Where `--package` writes the zips (`--out=DIR`, default the project folder). */
const packageDir = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? '.';
const watch = args.has('--watch');
const dev = args.has('--dev') || watch;
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const source = JSON.parse(fs.readFileSync('manifest.json', 'utf8'));

/** Per-browser manifest differences, swapped at build time. */
const TARGETS = {
  chrome(m) {
    delete m.browser_specific_settings;
    // A classic service worker: only a classic one may importScripts the full worker when a wake needs it.
    delete m.background.type;
    // The theme uses CSS light-dark(), which Chrome has from 123.
    m.minimum_chrome_version = '123';
    return m;
  },
  firefox(m) {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    // The full worker first: an event page has no importScripts, so it is there before the entry needs it.
    m.background = { scripts: ['background-full.js', m.background.service_worker] };
    return m;
  },
};

/**
 * One esbuild run per script. The popup is split: what a glance needs is popup.js, and the parts a
 * click opens (the stage explainer, the quick-add forms) are chunks it imports when they are needed.
 * The worker is two classic scripts (Chrome's service workers cannot import() at run time): the entry,
 * enough for an alarm wake served by the derived record, and the full worker, which the entry loads
 * with importScripts when a wake needs it (src/background/load-full.worker.ts).
 */
const BUNDLES = [
  { entry: 'background', source: 'src/background/index.ts', worker: true },
  { entry: 'background-full', source: 'src/background/full-global.ts', worker: true },
  { entry: 'options', source: 'src/options/index.tsx' },
  { entry: 'popup', source: 'src/popup/index.tsx', split: true },
];

/** In the worker's entry, load-full.ts (a plain import, for tests) becomes its importScripts twin. */
const workerLoader = {
  name: 'worker-loader',
  setup(b) {
    b.onResolve({ filter: /\/load-full$/ }, (args) => ({ path: path.resolve(args.resolveDir, 'load-full.worker.ts') }));
  },
};

const esbuildOptions = (outdir, { entry, source, split = false, worker = false }) => ({
  entryPoints: { [entry]: source },
  outdir,
  bundle: true,
  metafile: split,
  format: worker ? 'iife' : 'esm',
  plugins: entry === 'background' ? [workerLoader] : [],
  splitting: split,
  chunkNames: `chunks/${entry}-[name]-[hash]`,
  target: ['chrome120', 'firefox128'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
});

/**
 * The chunks `entry` imports statically, transitively (from esbuild's metafile): the page names them
 * in `<link rel="modulepreload">` so they load alongside the entry instead of after it.
 */
function startChunks(metafile, entry) {
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).map(([file, output]) => [path.resolve(file), output]));
  const found = new Set();
  const visit = (file) => {
    for (const { path: next, kind } of outputs[file].imports) {
      const abs = path.resolve(next);
      if (kind !== 'import-statement' || found.has(abs)) continue;
      found.add(abs);
      visit(abs);
    }
  };
  visit(Object.keys(outputs).find((file) => outputs[file].entryPoint && path.basename(file) === `${entry}.js`));
  return [...found].sort();
}

/** The messages the popup's first screen needs (src/popup/first-screen-messages.json). */
const FIRST_SCREEN_PATTERNS = JSON.parse(fs.readFileSync('src/popup/first-screen-messages.json', 'utf8')).patterns.map(
  (p) => new RegExp(p),
);

/** Messages as the browser reads them: the translators' descriptions stay in src/locales (they were half the file each page fetches). */
const messagesForDist = (messages) => Object.fromEntries(Object.entries(messages).map(([key, { description: _, ...rest }]) => [key, rest]));

function writePage(outdir, page, preloads) {
  const html = fs.readFileSync(path.join('src', page, `${page}.html`), 'utf8');
  const links = preloads
    .map((file) => `<link rel="modulepreload" href="${path.relative(outdir, file).split(path.sep).join('/')}">\n`)
    .join('');
  fs.writeFileSync(path.join(outdir, `${page}.html`), html.replace('</head>', `${links}</head>`));
}

/** @param {Record<string, string[]>} preloads the start chunks of each page (none for unsplit ones) */
function writeStatic(outdir, target, preloads = {}) {
  const manifest = TARGETS[target](structuredClone({ ...source, version: pkg.version }));
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const page of ['popup', 'options']) writePage(outdir, page, preloads[page] ?? []);
  fs.mkdirSync(path.join(outdir, 'icons'), { recursive: true });
  for (const f of fs.readdirSync('icons').filter((f) => f.endsWith('.png')))
    fs.copyFileSync(path.join('icons', f), path.join(outdir, 'icons', f));
  fs.mkdirSync(path.join(outdir, 'first-screen'), { recursive: true });
  for (const [locale, messages] of Object.entries(buildLocales('src/locales'))) {
    const dir = path.join(outdir, '_locales', locale);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'messages.json'), JSON.stringify(messagesForDist(messages)) + '\n');
    const firstScreen = Object.fromEntries(Object.entries(messages).filter(([key]) => FIRST_SCREEN_PATTERNS.some((p) => p.test(key))));
    fs.writeFileSync(path.join(outdir, 'first-screen', `${locale}.json`), JSON.stringify(messagesForDist(firstScreen)) + '\n');
  }
}

async function buildTarget(target) {
  const outdir = path.resolve('dist', target);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  if (watch) {
    let preloads = {};
    await Promise.all(
      BUNDLES.map(async (bundle) => {
        // The split bundle's rebuilds also refresh the static files (its chunk names change).
        const refresh = (result) => {
          preloads = { ...preloads, [bundle.entry]: startChunks(result.metafile, bundle.entry) };
          writeStatic(outdir, target, preloads);
        };
        const options = esbuildOptions(outdir, bundle);
        const plugins = bundle.split ? [{ name: 'static', setup: (b) => b.onEnd(refresh) }] : [];
        const ctx = await esbuild.context({ ...options, plugins: [...options.plugins, ...plugins] });
        await ctx.watch();
      }),
    );
    // esbuild watches only what the bundles import: pages and locale fragments are copied on change too.
    for (const dir of ['src/locales', 'src/popup', 'src/options', 'icons'])
      fs.watch(dir, { recursive: true }, () => {
        try {
          writeStatic(outdir, target, preloads);
        } catch (error) {
          console.error(`${target}: ${error.message}`);
        }
      });
    return;
  }
  const results = await Promise.all(BUNDLES.map((bundle) => esbuild.build(esbuildOptions(outdir, bundle))));
  const preloads = Object.fromEntries(
    BUNDLES.flatMap((bundle, i) => (bundle.split ? [[bundle.entry, startChunks(results[i].metafile, bundle.entry)]] : [])),
  );
  writeStatic(outdir, target, preloads);
  if (args.has('--package')) {
    const zip = path.resolve(packageDir, `dueguard-${target}-${pkg.version}.zip`);
    writeZip(outdir, zip);
    console.log(`packaged ${path.relative('.', zip)}`);
  }
}

await Promise.all(Object.keys(TARGETS).map(buildTarget));
console.log(watch ? 'watching src/ for changes (Ctrl-C to stop)' : 'built dist/chrome dist/firefox');
