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
    // The theme uses CSS light-dark(), which Chrome has from 123.
    m.minimum_chrome_version = '123';
    return m;
  },
  firefox(m) {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    m.background = { scripts: [m.background.service_worker], type: 'module' };
    return m;
  },
};

const ENTRIES = {
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
};

const esbuildOptions = (outdir) => ({
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  format: 'esm',
  splitting: false,
  target: ['chrome120', 'firefox128'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // zustand's React bindings run on Preact.
  alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
});

function writeStatic(outdir, target) {
  const manifest = TARGETS[target](structuredClone({ ...source, version: pkg.version }));
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const page of ['popup.html', 'options.html']) fs.copyFileSync(path.join('src', page.replace('.html', ''), page), path.join(outdir, page));
  fs.mkdirSync(path.join(outdir, 'icons'), { recursive: true });
  for (const f of fs.readdirSync('icons').filter((f) => f.endsWith('.png'))) fs.copyFileSync(path.join('icons', f), path.join(outdir, 'icons', f));
  for (const [locale, messages] of Object.entries(buildLocales('src/locales'))) {
    const dir = path.join(outdir, '_locales', locale);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'messages.json'), JSON.stringify(messages, null, 1) + '\n');
  }
}

async function buildTarget(target) {
  const outdir = path.resolve('dist', target);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const options = esbuildOptions(outdir);
  if (watch) {
    const ctx = await esbuild.context({
      ...options,
      plugins: [{ name: 'static', setup: (b) => b.onEnd(() => writeStatic(outdir, target)) }],
    });
    await ctx.watch();
    // esbuild watches only what the bundles import: pages and locale fragments are copied on change too.
    for (const dir of ['src/locales', 'src/popup', 'src/options', 'icons'])
      fs.watch(dir, { recursive: true }, () => {
        try {
          writeStatic(outdir, target);
        } catch (error) {
          console.error(`${target}: ${error.message}`);
        }
      });
    return;
  }
  await esbuild.build(options);
  writeStatic(outdir, target);
  if (args.has('--package')) {
    const zip = path.resolve(packageDir, `dueguard-${target}-${pkg.version}.zip`);
    writeZip(outdir, zip);
    console.log(`packaged ${path.relative('.', zip)}`);
  }
}

await Promise.all(Object.keys(TARGETS).map(buildTarget));
console.log(watch ? 'watching src/ for changes (Ctrl-C to stop)' : 'built dist/chrome dist/firefox');
