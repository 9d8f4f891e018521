/**
 * Daily penalty rates as people write them, a percentage per day (`0.05`, `0.05%`), and as the
 * model stores them, integer parts per million, converted without floats. Used by the CSV columns
 * and the debt form's rate field.
 */

/**
 * A daily penalty rate written as a percentage (`0.05`, `0.05%`) in parts per million, exactly:
 * 0.05 % per day = 500 ppm. At most four decimals, at most 10 %.
 */
export function parsePercentPpm(text: string): number | null {
  const m = /^(\d{0,2})(?:\.(\d{1,4}))?\s*%?$/.exec(text.normalize('NFKC').trim());
  if (!m || (m[1] === '' && m[2] === undefined)) return null;
  const ppm = Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
  return ppm <= 100_000 ? ppm : null;
}

/** Parts per million as the shortest percentage: 500 → `0.05`, 10000 → `1`. */
export function formatPpmPercent(ppm: number): string {
  const frac = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${Math.floor(ppm / 10_000)}${frac ? `.${frac}` : ''}`;
}
