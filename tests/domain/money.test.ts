import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MINOR } from '../../src/domain/model';
import { formatMoney, formatMoneyPlain, parseMoney, type MoneyError } from '../../src/domain/money';

describe('parseMoney accepts what people type', () => {
  it.each([
    ['plain integer', '1234', 123400],
    ['one decimal', '1234.5', 123450],
    ['two decimals', '1234.56', 123456],
    ['grouped thousands', '1,234.56', 123456],
    ['grouped millions', '12,345,678', 1234567800],
    ['trailing dot', '12.', 1200],
    ['leading dot', '.5', 50],
    ['leading zeros', '007.10', 710],
    ['zero', '0', 0],
    ['one fen', '0.01', 1],
    ['yen sign', '¥1,234', 123400],
    ['full-width yen sign', '￥1234', 123400],
    ['yuan suffix', '1234元', 123400],
    ['yuan suffix after a space', '1234 元', 123400],
    ['full-width digits and dot', '１２３４．５', 123450],
    ['full-width comma', '１，２３４', 123400],
    ['surrounding spaces', '  12.3  ', 1230],
    ['full-width spaces', '\u300012\u3000', 1200],
    ['RMB prefix', 'RMB 12', 1200],
    ['CNY prefix', 'CNY 12', 1200],
    ['lower-case prefix', 'cny12', 1200],
    ['CNY suffix', '12 CNY', 1200],
    ['yen sign and space', '¥ 99.9', 9990],
    ['the maximum', '100000000000', MAX_MINOR],
  ])('%s: %j', (_name, text, minor) => {
    expect(parseMoney(text)).toEqual({ ok: true, minor });
  });
});

describe('parseMoney refuses anything else, with a reason', () => {
  it.each<[string, string, MoneyError]>([
    ['empty string', '', 'empty'],
    ['only spaces', '   ', 'empty'],
    ['only a currency sign', '¥', 'not-a-number'],
    ['only a dot', '.', 'not-a-number'],
    ['two dots', '1.2.3', 'not-a-number'],
    ['letters', 'abc', 'not-a-number'],
    ['digits then letters', '12abc', 'not-a-number'],
    ['exponent', '1e5', 'not-a-number'],
    ['inner space', '1 234', 'not-a-number'],
    ['other currency', '$12', 'not-a-number'],
    ['comma as decimal mark', '12,5', 'misplaced-comma'],
    ['two-digit group', '1,23', 'misplaced-comma'],
    ['four-digit group', '1,2345', 'misplaced-comma'],
    ['leading comma', ',123', 'misplaced-comma'],
    ['comma in the decimals', '1.2,3', 'not-a-number'],
    ['minus', '-12', 'negative'],
    ['unicode minus after the sign', '¥−12', 'negative'],
    ['three decimals', '1.234', 'too-many-decimals'],
    ['three decimals with zeros', '1.000', 'too-many-decimals'],
    ['one fen over the maximum', '100000000000.01', 'too-large'],
    ['very long', '9'.repeat(40), 'too-large'],
  ])('%s: %j', (_name, text, reason) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason });
  });
});

describe('formatMoneyPlain', () => {
  it.each([
    ['zero', 0, '0.00'],
    ['one fen', 1, '0.01'],
    ['ten fen', 10, '0.10'],
    ['whole yuan', 1200, '12.00'],
    ['no grouping', 123456, '1234.56'],
    ['negative (a credit)', -150, '-1.50'],
    ['the maximum', MAX_MINOR, '100000000000.00'],
  ])('%s', (_name, minor, text) => {
    expect(formatMoneyPlain(minor)).toBe(text);
  });

  it('round-trips through parseMoney for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR }), (minor) => {
        expect(parseMoney(formatMoneyPlain(minor))).toEqual({ ok: true, minor });
      }),
    );
  });
});

describe('formatMoney', () => {
  it.each([
    ['Chinese', 123456, 'CNY', 'zh-CN', '¥1,234.56'],
    ['Chinese with the extension locale name', 123456, 'CNY', 'zh_CN', '¥1,234.56'],
    ['English marks the yuan apart from the dollar', 123456, 'CNY', 'en', 'CN¥1,234.56'],
    ['zero', 0, 'CNY', 'zh-CN', '¥0.00'],
    ['one fen', 1, 'CNY', 'zh-CN', '¥0.01'],
    ['US dollars in English', 99, 'USD', 'en', '$0.99'],
    ['the maximum, exactly', MAX_MINOR, 'CNY', 'zh-CN', '¥100,000,000,000.00'],
    ['a large odd amount, exactly', 9_999_999_999_999, 'CNY', 'zh-CN', '¥99,999,999,999.99'],
  ])('%s', (_name, minor, currency, locale, text) => {
    expect(formatMoney(minor, currency, locale)).toBe(text);
  });
});
