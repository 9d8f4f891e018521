// Small statistics for timing samples.

/** The middle value (mean of the two middle ones for an even count). @param {number[]} xs */
export function median(xs) {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds with one decimal. @param {number} ms */
export const formatMs = (ms) => `${ms.toFixed(1)} ms`;
