/**
 * The names a kind goes by in files people import (a CSV from a spreadsheet, typed in English or
 * Chinese): reading them is the importer's business, not a rule of the domain.
 */
import type { DebtKind } from '../domain/model';

/** Spaces, hyphens, underscores and case do not matter when a kind is looked up by name. */
function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** Names accepted for each kind on import: its id, English and Chinese names. */
export const KIND_ALIASES: Readonly<Record<string, DebtKind>> = {
  huabei: 'huabei',
  'Ant Credit Pay': 'huabei',
  'Alipay Huabei': 'huabei',
  花呗: 'huabei',
  蚂蚁花呗: 'huabei',
  jiebei: 'jiebei',
  'Ant Cash Now': 'jiebei',
  'Alipay Jiebei': 'jiebei',
  借呗: 'jiebei',
  蚂蚁借呗: 'jiebei',
  'credit-card': 'credit-card',
  'Credit card': 'credit-card',
  信用卡: 'credit-card',
  baitiao: 'baitiao',
  'JD Baitiao': 'baitiao',
  白条: 'baitiao',
  京东白条: 'baitiao',
  meituan: 'meituan',
  'Meituan Pay Later': 'meituan',
  美团月付: 'meituan',
  美团: 'meituan',
  loan: 'loan',
  贷款: 'loan',
  借款: 'loan',
  other: 'other',
  其他: 'other',
  其它: 'other',
};

const KIND_BY_NAME = new Map(Object.entries(KIND_ALIASES).map(([name, kind]) => [normalizeName(name), kind]));

/**
 * The kind a name stands for (an id, an English or Chinese name, in any case and spacing), or null.
 * @example parseKind(' 京东白条 ') // 'baitiao'
 * @example parseKind('credit_card') // 'credit-card'
 */
export function parseKind(text: string): DebtKind | null {
  return KIND_BY_NAME.get(normalizeName(text)) ?? null;
}
