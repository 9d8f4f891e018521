// axe-core over the built popup and options page in each browser, in both languages: no serious or
// critical problem (WCAG 2.1 A/AA and axe's best practices), with one debt at every collection stage,
// a late plan, and an explainer open so its panel is checked too.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionDriver, type ExtensionPage } from './driver';
import { seedCommands, sendInPage } from './popup-fixtures';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Problem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe in the page and keeps the serious and critical problems, each with where it is. */
async function seriousProblems(page: ExtensionPage): Promise<Problem[]> {
  await page.addScript(AXE_SOURCE);
  return page.run(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const results = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      // Experimental, so off by default: an accessible name must contain the visible text, or a
      // voice-control user who says what they see hits nothing.
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    if (results.passes.length === 0) throw new Error('axe checked nothing');
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  }, undefined);
}

describe.each(BROWSERS)('accessibility (axe-core) in $name', ({ available, launch }) => {
  let ext: ExtensionDriver;
  let control: ExtensionPage;
  const setLanguage = (language: 'en' | 'zh_CN') => control.run(sendInPage, [{ name: 'updateSettings', input: { language } }]);

  beforeAll(async () => {
    if (!available) return;
    ext = await launch();
    control = await ext.open('popup.html');
    await control.waitFor(() => document.body.dataset.ready === '1', undefined, 'the popup');
    expect((await control.run(sendInPage, seedCommands())).every(Boolean)).toBe(true);
  });
  afterAll(() => ext?.close());

  it.runIf(available).each(['en', 'zh_CN'] as const)('the popup, with an explainer open, in %s', async (lang) => {
    await setLanguage(lang);
    const page = await ext.open('popup.html');
    await page.waitFor(
      (l) => document.body.dataset.ready === '1' && document.documentElement.lang === l,
      lang === 'en' ? 'en' : 'zh-CN',
      'the popup',
    );
    await page.click('li[data-stage] .disclosure-toggle');
    await page.waitFor(() => document.querySelector('li[data-stage] .explainer') !== null, undefined, 'the explainer');
    expect(await seriousProblems(page)).toEqual([]);
    await page.close();
  });

  it.runIf(available).each(['en', 'zh_CN'] as const)('every options section in %s', async (lang) => {
    await setLanguage(lang);
    const page = await ext.open('options.html');
    for (const section of [
      'debts',
      'debts/new',
      'plans',
      'plans/new',
      'calendar',
      'calendar/2026-10',
      'import',
      'export',
      'data',
      'settings',
    ]) {
      await page.run((hash) => (location.hash = hash), section);
      await page.waitFor(() => document.querySelector('h1') !== null, undefined, `#${section}`);
      expect(await seriousProblems(page), section).toEqual([]);
    }
    // What to pay first, with its result (the order, what is left, the comparison table, the advice).
    await page.run((hash) => (location.hash = hash), 'triage');
    await page.waitFor(() => document.querySelector('form.triage-form') !== null, undefined, '#triage');
    await page.run(() => {
      const input = document.querySelector<HTMLInputElement>('form.triage-form [name="now"]')!;
      input.value = '5000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, undefined);
    await page.click('form.triage-form button[type="submit"]');
    await page.waitFor(() => document.querySelector('section.triage') !== null, undefined, 'the triage result');
    expect(await seriousProblems(page), 'triage').toEqual([]);
    await page.close();
  });
});
