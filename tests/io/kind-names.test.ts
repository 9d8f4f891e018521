import { describe, expect, it } from 'vitest';
import { DEBT_KINDS, type DebtKind } from '../../src/domain/model';
import { KIND_ALIASES, parseKind } from '../../src/io/kind-names';

describe('parseKind', () => {
  it.each<[string, DebtKind | null]>([
    ['huabei', 'huabei'],
    ['花呗', 'huabei'],
    ['蚂蚁花呗', 'huabei'],
    ['Ant Credit Pay', 'huabei'],
    ['借呗', 'jiebei'],
    ['JIEBEI', 'jiebei'],
    ['credit-card', 'credit-card'],
    ['Credit card', 'credit-card'],
    ['credit_card', 'credit-card'],
    ['creditcard', 'credit-card'],
    ['信用卡', 'credit-card'],
    ['白条', 'baitiao'],
    ['京东白条', 'baitiao'],
    ['JD Baitiao', 'baitiao'],
    ['美团月付', 'meituan'],
    ['美团', 'meituan'],
    ['Meituan Pay Later', 'meituan'],
    ['贷款', 'loan'],
    ['Loan', 'loan'],
    ['其他', 'other'],
    ['其它', 'other'],
    ['  花呗  ', 'huabei'],
    ['full-width ＬＯＡＮ', null],
    ['ＬＯＡＮ', 'loan'],
    ['', null],
    ['mortgage', null],
  ])('%j → %s', (text, kind) => {
    expect(parseKind(text)).toBe(kind);
  });

  it('knows every kind by its id', () => {
    for (const kind of DEBT_KINDS) expect(parseKind(kind)).toBe(kind);
  });

  it('maps every alias to a real kind', () => {
    for (const kind of Object.values(KIND_ALIASES)) expect(DEBT_KINDS).toContain(kind);
  });
});
