/** A daily rate in parts per million as a percentage: 500 → "0.05%". */
export function formatRatePpm(ppm: number, tag: string): string {
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 4 }).format(ppm / 1_000_000);
}
