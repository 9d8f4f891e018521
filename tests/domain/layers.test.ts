// The layer rule, checked on the source itself, so it fails even where lint is not run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

describe('layers', () => {
  it.each(sourceFiles(path.join(SRC, 'domain')).map((f) => [path.relative(SRC, f), f]))(
    '%s imports only src/domain, date-fns, valibot and the calendar data of chinese-days',
    (_name, file) => {
      for (const spec of importsOf(file)) {
        const ok =
          spec === 'valibot' ||
          spec === 'date-fns' ||
          spec.startsWith('date-fns/') ||
          // Data only (a year's holidays as JSON), not the package's code.
          /^chinese-days\/dist\/years\/\d{4}\.json$/.test(spec) ||
          (spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(SRC, 'domain')));
        expect(ok, `${spec} imported by ${file}`).toBe(true);
      }
    },
  );

  /** Layer → the layers it may not import (the fences of eslint.config.js). */
  const FENCES: [string, string[]][] = [
    ['platform', ['ui', 'background', 'popup', 'options']],
    ['io', ['ui', 'background', 'popup', 'options', 'platform', 'text']],
    ['text', ['ui', 'background', 'popup', 'options', 'platform', 'io']],
    ['background', ['ui', 'popup', 'options']],
    ['ui', ['background', 'popup', 'options']],
    ['popup', ['background', 'options']],
    ['options', ['background', 'popup']],
  ];
  it.each(FENCES)('src/%s imports none of %j', (layer, forbidden) => {
    const offenders = sourceFiles(path.join(SRC, layer)).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0]!)
        .filter((target) => forbidden.includes(target))
        .map((target) => `${path.relative(SRC, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the pages and the worker word text with src/text; only the locale loaders import platform/i18n', () => {
    const I18N = path.join(SRC, 'platform', 'i18n');
    const importers = sourceFiles(SRC).filter((file) =>
      importsOf(file).some((spec) => spec.startsWith('.') && path.resolve(path.dirname(file), spec) === I18N),
    );
    expect(importers.map((f) => path.relative(SRC, f)).sort()).toEqual([
      'background/alarm-wake.ts',
      'background/notification-actions.ts',
      'background/reconcile.ts',
      'ui/locale.tsx',
    ]);
  });

  it('pages send commands one way: only src/ui/command.ts calls sendCommand', () => {
    const pages = ['ui', 'popup', 'options'].flatMap((layer) => sourceFiles(path.join(SRC, layer)));
    const senders = pages.filter((f) => /\bsendCommand\b/.test(fs.readFileSync(f, 'utf8')));
    expect(senders.map((f) => path.relative(SRC, f))).toEqual(['ui/command.ts']);
  });

  it('only src/platform imports the extension API types (webextension-polyfill)', () => {
    const offenders = sourceFiles(SRC).filter(
      (f) => !f.startsWith(path.join(SRC, 'platform') + path.sep) && importsOf(f).includes('webextension-polyfill'),
    );
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('only src/platform/browser.ts reaches the `chrome` or `browser` global', () => {
    const BROWSER_TS = path.join(SRC, 'platform', 'browser.ts');
    const code = (f: string) => fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*/g, '');
    const offenders = sourceFiles(SRC).filter((f) => f !== BROWSER_TS && /\bchrome\.[a-z]|globalThis\b[^;\n]*\bbrowser\b/.test(code(f)));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
