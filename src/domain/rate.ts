/**
 * Rates as people write them, a percentage (`0.05`, `0.05%`, `14.6`), and as the model stores them,
 * integer parts per million, converted without floats. Used by the CSV columns and the debt form's
 * penalty rate, loan rate and fee fields.
 */

/**
 * A rate written as a percentage (`0.05`, `0.05%`, `14.6`) in parts per million, exactly:
 * 0.05 % = 500 ppm. At most four decimals, at most `maxPpm` (10 % unless said: a daily penalty).
 */
export function parsePercentPpm(text: string, maxPpm = 100_000): number | null {
  const m = /^(\d{0,3})(?:\.(\d{1,4}))?\s*%?$/.exec(text.normalize('NFKC').trim());
  if (!m || (m[1] === '' && m[2] === undefined)) return null;
  const ppm = Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
  return ppm <= maxPpm ? ppm : null;
}

/** Parts per million as the shortest percentage: 500 → `0.05`, 10000 → `1`. */
export function formatPpmPercent(ppm: number): string {
  const frac = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${Math.floor(ppm / 10_000)}${frac ? `.${frac}` : ''}`;
}
