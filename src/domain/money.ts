/**
 * Money as integer minor units (fen for CNY): parsing what people type, and formatting for display
 * and for files. Parsing works on the digit strings themselves, so no float ever touches an amount.
 */
import type { Minor } from './model';

/** Largest amount accepted anywhere: 10^13 minor units (100 billion yuan); keeps sums exact in doubles. */
export const MAX_MINOR = 10_000_000_000_000;

/** Why a typed amount was refused; UIs show `money_error_<id>` (see `messageKey`). */
export type MoneyError = 'empty' | 'not-a-number' | 'misplaced-comma' | 'negative' | 'too-many-decimals' | 'too-large';

/** The result of `parseMoney`: the amount in minor units, or the reason it was refused. */
export type MoneyParse = { ok: true; minor: Minor } | { ok: false; reason: MoneyError };

// Currency markers people put around a number: ¥ (full-width ￥ becomes ¥ under NFKC), RMB, CNY, 元.
const PREFIX = /^(?:¥|rmb|cny)\s*/i;
const SUFFIX = /\s*(?:元|rmb|cny)$/i;
const MINUS = /^[-−]/;
/** Integer part either plain digits or correctly grouped thousands, then up to any decimals (checked after). */
const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

const fail = (reason: MoneyError): MoneyParse => ({ ok: false, reason });

/** Full-width digits and punctuation to ASCII, the currency markers and spaces removed. */
function stripDecorations(text: string): string {
  return text.normalize('NFKC').trim().replace(PREFIX, '').replace(SUFFIX, '').trim();
}

/** Integer and fraction digits of a bare number, or why it is not one. */
function splitDigits(body: string): { int: string; frac: string } | MoneyError {
  const m = PLAIN.exec(body) ?? GROUPED.exec(body);
  if (m) {
    const int = (m[1] ?? '').replaceAll(',', '');
    const frac = m[2] ?? '';
    return int === '' && frac === '' ? 'not-a-number' : { int, frac };
  }
  return /^[\d,]*(?:\.\d*)?$/.test(body) && body.includes(',') ? 'misplaced-comma' : 'not-a-number';
}

/**
 * Parses an amount as people type it into minor units (fen), or says why it cannot.
 *
 * Accepts `1,234.56`, `1234.5`, `.5`, `¥1,234`, `￥1234`, `1234元`, `1234 元`, `RMB 12`, `CNY 12`,
 * full-width digits and punctuation (`１２３４．５`) and surrounding spaces. Refuses two dots,
 * letters, misplaced thousands separators (`1,23`), more than two decimals, a minus sign and
 * anything above MAX_MINOR. Zero is a valid amount (`{ ok: true, minor: 0 }`): whether zero is
 * allowed is the caller's rule (a down payment may be 0, a debt amount may not).
 *
 * @example parseMoney('¥1,234.5') // { ok: true, minor: 123450 }
 * @example parseMoney('1,23')     // { ok: false, reason: 'misplaced-comma' }
 */
export function parseMoney(text: string): MoneyParse {
  if (text.normalize('NFKC').trim() === '') return fail('empty');
  const body = stripDecorations(text);
  if (MINUS.test(body)) return fail('negative');
  const digits = splitDigits(body);
  if (typeof digits === 'string') return fail(digits);
  if (digits.frac.length > 2) return fail('too-many-decimals');
  const int = digits.int.replace(/^0+(?=\d)/, '');
  // MAX_MINOR has 14 digits; anything longer is too large before any arithmetic.
  if (int.length > 12) return fail('too-large');
  const minor = Number(int || '0') * 100 + Number(digits.frac.padEnd(2, '0'));
  return minor > MAX_MINOR ? fail('too-large') : { ok: true, minor };
}

/**
 * An amount as plain digits with exactly two decimals and no grouping, for CSV files and form inputs.
 * Integer arithmetic only. Round-trips: `parseMoney(formatMoneyPlain(x))` gives back `x`.
 *
 * @example formatMoneyPlain(123456) // '1234.56'
 * @example formatMoneyPlain(5)      // '0.05'
 */
export function formatMoneyPlain(minor: Minor): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormat(localeTag: string, currency: string): Intl.NumberFormat {
  const tag = localeTag.replace('_', '-');
  const id = `${tag}|${currency}`;
  let format = formatters.get(id);
  if (!format) {
    format = new Intl.NumberFormat(tag, { style: 'currency', currency });
    formatters.set(id, format);
  }
  return format;
}

/**
 * An amount for display, as Intl formats the currency in the locale (`zh-CN`, `en`; `zh_CN` is
 * accepted too). `minor` counts hundredths of the currency unit, as everywhere in DueGuard.
 *
 * @example formatMoney(123456, 'CNY', 'zh-CN') // '¥1,234.56'
 * @example formatMoney(123456, 'CNY', 'en')    // 'CN¥1,234.56'
 */
export function formatMoney(minor: Minor, currency: string, localeTag: string): string {
  // Intl accepts a decimal string and formats it exactly: no float division on the way.
  const decimal = formatMoneyPlain(minor) as `${number}`;
  return currencyFormat(localeTag, currency).format(decimal);
}
