// Every id the ladder, rules, help channels, flags and sources can return has its words in both
// languages, with the same placeholders, and the placeholders of a rule are fields of that rule.
import { SCAM_WARNINGS } from '../../src/domain/scams';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTOR_RULES, HELP_CHANNELS } from '../../src/domain/collector-rules';
import { CONTACT_FLAG_IDS } from '../../src/domain/contact-flags';
import { CHANNEL_IDS, STAGE_IDS } from '../../src/domain/ladder';
import { SOURCES } from '../../src/domain/sources';
import { messageKey } from '../../src/text/message-key';

type Messages = Record<string, { message: string; description?: string }>;
const read = (lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../src/locales/${lang}/domain.json`), 'utf8')) as Messages;
const LANGS = ['en', 'zh_CN'] as const;
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const REQUIRED = [
  'domain_disclaimer',
  ...STAGE_IDS.flatMap((id) => [messageKey('stage', `${id}_title`), messageKey('stage', `${id}_what`)]),
  ...CHANNEL_IDS.map((id) => messageKey('channel', id)),
  ...COLLECTOR_RULES.map((r) => messageKey('rule', r.id)),
  ...HELP_CHANNELS.map((h) => messageKey('help', h.id)),
  ...[...new Set(HELP_CHANNELS.flatMap((h) => h.topics))].map((id) => messageKey('help_topic', id)),
  ...CONTACT_FLAG_IDS.map((id) => messageKey('flag', id)),
  ...SCAM_WARNINGS.map((w) => messageKey('scam', w.id)),
  ...SOURCES.map((s) => messageKey('source', s.id)),
  ...[...new Set(SOURCES.map((s) => s.grade))].map((g) => messageKey('source_grade', g)),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `domain_report_code_${n}`),
  'domain_plan_break',
  'domain_credit_retention',
];

describe.each(LANGS)('locale %s domain.json', (lang) => {
  const messages = read(lang);

  it.each(REQUIRED.map((k) => [k]))('has %s', (key) => {
    expect(messages[key]?.message.trim()).toBeTruthy();
  });

  it('uses only the names Chrome allows, and the domain prefixes', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^(domain|stage|channel|rule|help|source|flag|scam)_[A-Za-z0-9_]+$/);
  });

  it.each(COLLECTOR_RULES.map((r) => [r.id, r]))('rule %s uses only its own fields as placeholders', (_id, rule) => {
    const fields = Object.keys(rule);
    for (const name of placeholders(messages[messageKey('rule', rule.id)]!.message)) expect(fields).toContain(name);
  });
});

describe('en and zh_CN domain.json', () => {
  const [en, zh] = LANGS.map(read) as [Messages, Messages];

  it('have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en).map((k) => [k]))('%s has the same placeholders in both', (key) => {
    expect(placeholders(zh[key]!.message)).toEqual(placeholders(en[key]!.message));
  });

  it('the Chinese text is Chinese', () => {
    const latinOnly = Object.entries(zh)
      .filter(([, v]) => !/[\u4e00-\u9fff]/.test(v.message))
      .map(([k]) => k);
    expect(latinOnly).toEqual([]);
  });
});
