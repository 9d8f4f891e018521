// Every kind and every money error the domain can return has a message in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBT_KINDS } from '../../src/domain/model';
import { parseMoney } from '../../src/domain/money';
import { messageKey } from '../../src/text/message-key';

const read = (lang: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../src/locales/${lang}/kinds.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
const MONEY_ERRORS = ['', 'x', '1,23', '-1', '1.234', '9'.repeat(20)].map((text) => {
  const result = parseMoney(text);
  if (result.ok) throw new Error(`${text} parsed`);
  return result.reason;
});

describe.each(['en', 'zh_CN'])('locale %s kinds.json', (lang) => {
  const messages = read(lang);
  it.each([...DEBT_KINDS.map((k) => messageKey('kind', k)), ...MONEY_ERRORS.map((r) => messageKey('money_error', r))])('has %s', (key) => {
    expect(messages[key]?.message.trim()).toBeTruthy();
  });

  it('uses only the names Chrome allows', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('messageKey', () => {
  it.each([
    ['plain id', 'kind', 'huabei', 'kind_huabei'],
    ['kebab-case id', 'kind', 'credit-card', 'kind_credit_card'],
    ['several hyphens', 'money_error', 'too-many-decimals', 'money_error_too_many_decimals'],
  ])('%s', (_name, prefix, id, key) => {
    expect(messageKey(prefix, id)).toBe(key);
  });
});
