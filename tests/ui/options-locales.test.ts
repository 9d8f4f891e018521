// Every message the options page and the forms ask for exists in both languages (the build already
// refuses key sets that differ between them), including the keys built from ids.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS, DEBT_KINDS, USER_FLAGS } from '../../src/domain/model';
import { CSV_COLUMNS, CSV_REASONS } from '../../src/io/csv';
import { SECTIONS } from '../../src/options/route';
import { localeMessages } from '../fixtures/locale';
import { messageKey } from '../../src/text/message-key';

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const literalKeys = [
  ...new Set(
    ['src/options', 'src/ui/forms']
      .flatMap(sources)
      .flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/\b(?:t|tCount)\(\s*(?:t,\s*)?'((?:options|money|kind|ui)_[a-z0-9_]+)'/g)].map(
          (m) => m[1]!,
        ),
      ),
  ),
];
const counted = new Set([
  ...['src/options', 'src/ui/forms']
    .flatMap(sources)
    .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/tCount\(\s*t,\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!)),
]);

const builtKeys = [
  ...SECTIONS.map((s) => `options_nav_${s}`),
  ...CSV_REASONS.map((r) => messageKey('options_csv_reason', r)),
  ...CSV_COLUMNS.flatMap((c) => [`options_csv_col_${c}`, `options_csv_col_zh_${c}`, `options_csv_help_${c}`]),
  ...CONTACT_CHANNELS.map((c) => messageKey('options_contact_channel', c)),
  ...USER_FLAGS.map((f) => messageKey('options_contact_tick', f)),
  ...['on_track', 'at_risk', 'broken', 'completed'].map((s) => `options_plan_state_${s}`),
  'options_plan_state_at_risk_explain',
  'options_plan_state_broken_explain',
  ...['auto', 'light', 'dark'].map((theme) => `options_settings_theme_${theme}`),
  ...['once', 'monthly'].map((s) => `options_form_schedule_${s}`),
  ...DEBT_KINDS.map((k) => messageKey('kind', k)),
];

describe.each(['en', 'zh_CN'] as const)('%s messages', (lang) => {
  const messages = localeMessages(lang);
  it.each(literalKeys.filter((k) => !counted.has(k)))('has %s', (key) => {
    expect(messages[key], key).toBeTypeOf('string');
  });
  it.each([...counted].flatMap((k) => [`${k}_one`, `${k}_other`]))('has %s', (key) => {
    expect(messages[key], key).toBeTypeOf('string');
  });
  it.each(builtKeys)('has %s', (key) => {
    expect(messages[key], key).toBeTypeOf('string');
  });
});
