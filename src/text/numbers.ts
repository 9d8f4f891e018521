/** A rate in parts per million as a percentage: 500 → "0.05%"; an annual one to `digits` = 2 decimals: 146_001 → "14.6%". */
export function formatRatePpm(ppm: number, tag: string, digits = 4): string {
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits }).format(ppm / 1_000_000);
}
