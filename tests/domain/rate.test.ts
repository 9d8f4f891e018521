import { describe, expect, it } from 'vitest';
import { formatPpmPercent, parsePercentPpm } from '../../src/domain/rate';

describe('daily rates as percentages', () => {
  it.each([
    ['0.05', 500],
    ['0.05%', 500],
    ['1', 10_000],
    ['0.0001', 1],
    ['.5', 5000],
    ['０．０５％', 500],
    ['', null],
    ['.', null],
    ['%', null],
    ['10', 100_000],
    ['10.0001', null],
    ['0.00001', null],
    ['-1', null],
    ['abc', null],
  ])('parsePercentPpm(%j) = %j', (text, expected) => {
    expect(parsePercentPpm(text)).toBe(expected);
  });

  it.each([
    [500, '0.05'],
    [10_000, '1'],
    [1, '0.0001'],
    [0, '0'],
    [15_500, '1.55'],
  ])('formatPpmPercent(%j) = %j', (ppm, expected) => {
    expect(formatPpmPercent(ppm)).toBe(expected);
    expect(parsePercentPpm(expected)).toBe(ppm);
  });
});
