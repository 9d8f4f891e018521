// Renders the bench results: a plain-text table for the terminal and a Markdown one for docs/performance.md.

/**
 * @typedef {{ figure: string; value: string; target: string; met: boolean | null }} Row
 *   `met` is null where the figure has no target.
 */

const verdict = (/** @type {boolean | null} */ met) => (met === null ? '' : met ? 'met' : 'MISSED');
const HEAD = ['figure', 'value', 'target', 'verdict'];

/** @param {Row[]} rows */
const cells = (rows) => rows.map((r) => [r.figure, r.value, r.target, verdict(r.met)]);

/** @param {Record<string, string | number>} machine @param {Row[]} rows */
export function renderText(machine, rows) {
  const body = cells(rows);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => [...c[i]].length)));
  const line = (c) =>
    c
      .map((s, i) => s + ' '.repeat(widths[i] - [...s].length))
      .join('  ')
      .trimEnd();
  return [
    `DueGuard bench · ${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, load ${machine.load} · Node ${machine.node} · ${machine.chromium}`,
    '',
    line(HEAD),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n');
}

/** @param {Record<string, string | number>} machine @param {Row[]} rows */
export function renderMarkdown(machine, rows) {
  const line = (c) => `| ${c.map((s) => s.replaceAll('|', '\\|')).join(' | ')} |`;
  return [
    `Measured ${machine.date} on ${machine.cpu} (${machine.cores} cores, ${machine.memory}, load average ${machine.load} at the end), Node ${machine.node}, ${machine.chromium}.`,
    '',
    line(HEAD),
    line(HEAD.map(() => '---')),
    ...cells(rows).map(line),
  ].join('\n');
}
