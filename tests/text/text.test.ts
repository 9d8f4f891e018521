// src/text: the wording shared by the pages and the worker, with the real locale files, in both languages.
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/domain/model';
import { formatDay, formatDays, formatRelativeDays } from '../../src/text/days';
import { resolveLang } from '../../src/text/locale';
import { messageKey } from '../../src/text/message-key';
import { formatRatePpm } from '../../src/text/numbers';
import { FIELD_REASONS } from '../../src/domain/fields';
import { fieldErrorKey } from '../../src/text/field-errors';
import { localeFor, localeMessages } from '../fixtures/locale';
import { stageTitle, stageWhat } from '../../src/text/stages';
import { createTranslator, messageParams, tCount } from '../../src/text/translate';

describe('formatRelativeDays', () => {
  it.each([
    { name: 'five days overdue', days: -5, en: '5 days overdue', zh: '逾期 5 天' },
    { name: 'one day overdue', days: -1, en: '1 day overdue', zh: '逾期 1 天' },
    { name: 'due today', days: 0, en: 'due today', zh: '今天到期' },
    { name: 'due tomorrow', days: 1, en: 'due tomorrow', zh: '明天到期' },
    { name: 'in three days', days: 3, en: 'in 3 days', zh: '3 天后' },
    { name: 'in a month', days: 30, en: 'in 30 days', zh: '30 天后' },
  ])('$name', ({ days, en, zh }) => {
    expect(formatRelativeDays(days, localeFor('en'))).toBe(en);
    expect(formatRelativeDays(days, localeFor('zh_CN'))).toBe(zh);
  });

  it("counts days by the language's plural rules", () => {
    expect(formatDays(localeFor('en').t, 1)).toBe('1 day');
    expect(formatDays(localeFor('en').t, 0)).toBe('0 days');
    expect(formatDays(localeFor('zh_CN').t, 12)).toBe('12 天');
  });
});

describe('formatRatePpm', () => {
  it.each([
    { ppm: 500, tag: 'en', text: '0.05%' },
    { ppm: 750, tag: 'zh-CN', text: '0.075%' },
    { ppm: 0, tag: 'en', text: '0%' },
  ])('$ppm ppm in $tag is $text', ({ ppm, tag, text }) => {
    expect(formatRatePpm(ppm, tag)).toBe(text);
  });
});

describe('formatDay', () => {
  it.each([
    { name: 'this year, short', options: { today: '2026-01-01' as Day }, en: 'Mar 8', zh: '3月8日' },
    { name: 'another year, short', options: { today: '2025-12-31' as Day }, en: 'Mar 8, 2026', zh: '2026年3月8日' },
    { name: 'long', options: { long: true }, en: 'March 8, 2026', zh: '2026年3月8日' },
  ])('$name', ({ options, en, zh }) => {
    expect(formatDay('2026-03-08' as Day, 'en', options)).toBe(en);
    expect(formatDay('2026-03-08' as Day, 'zh-CN', options)).toBe(zh);
  });
});

describe('resolveLang', () => {
  it.each([
    { setting: 'auto', ui: 'zh-CN', lang: 'zh_CN' },
    { setting: 'auto', ui: 'zh-TW', lang: 'zh_CN' },
    { setting: 'auto', ui: 'en-US', lang: 'en' },
    { setting: 'auto', ui: 'de', lang: 'en' },
    { setting: 'en', ui: 'zh-CN', lang: 'en' },
    { setting: 'zh_CN', ui: 'en-US', lang: 'zh_CN' },
  ] as const)('$setting in a $ui browser is $lang', ({ setting, ui, lang }) => {
    expect(resolveLang(setting, ui)).toBe(lang);
  });
});

describe('createTranslator', () => {
  const t = createTranslator({ hello: 'Hello {name}, {name}: {missing}' });
  it('fills every placeholder it has a value for and leaves the others', () => {
    expect(t('hello', { name: 'Li' })).toBe('Hello Li, Li: {missing}');
  });
  it('answers a missing key with the key, so the gap shows', () => {
    expect(t('nope')).toBe('nope');
  });
  it('counts with _one and _other', () => {
    const counted = createTranslator({ n_one: '{count} item', n_other: '{count} items of {name}' });
    expect(tCount(counted, 'n', 1)).toBe('1 item');
    expect(tCount(counted, 'n', 3, { name: 'x' })).toBe('3 items of x');
  });
  it('passes only the primitive fields of a row as parameters', () => {
    expect(messageParams({ id: 'hours', from: 8, nested: { a: 1 }, flag: true })).toEqual({ id: 'hours', from: 8 });
  });
});

describe('stage texts', () => {
  it.each(['en', 'zh_CN'] as const)('names and explains a stage in %s from the locale files', (lang) => {
    const { t } = localeFor(lang);
    const title = stageTitle(t, 'calls');
    expect(title).not.toBe(`${messageKey('stage', 'calls')}_title`);
    expect(stageWhat(t, 'calls').length).toBeGreaterThan(title.length);
  });
});

describe('field problems', () => {
  it.each(['en', 'zh_CN'] as const)('every reason a field parser gives has words in %s', (lang) => {
    const messages = localeMessages(lang);
    expect(FIELD_REASONS.map(fieldErrorKey).filter((key) => !(key in messages))).toEqual([]);
    expect(fieldErrorKey('money-too-many-decimals')).toBe('money_error_too_many_decimals');
  });
});
