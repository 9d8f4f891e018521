// `npm run bench`: measures what DueGuard promises and prints one table (see docs/performance.md).
// Flags: --only=bundles,popup,options,wake,planning,alarms (default all) · --write (also put the table in docs/performance.md and README.md).
// BENCH_DIST=DIR measures another build of the Chrome extension in the browser benches (e.g. an unminified one to profile).
import fs from 'node:fs';
import { describeMachine } from './machine.mjs';
import { measureAlarms } from './alarms.mjs';
import { measureBundles } from './bundles.mjs';
import { measurePlanning } from './planning.mjs';
import { measureOptions } from './options.mjs';
import { measurePopup } from './popup.mjs';
import { measureWake } from './wake.mjs';
import { renderMarkdown, renderText } from './table.mjs';

const argv = process.argv.slice(2);
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
/** Files that show the latest table, between the markers. */
const DOCS = ['docs/performance.md', 'README.md'];
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Each bench returns table rows; a bench that cannot run reports why in its row instead of stopping the rest. */
const BENCHES = {
  bundles: async () => measureBundles('dist/chrome'),
  popup: measurePopup,
  options: measureOptions,
  wake: measureWake,
  planning: measurePlanning,
  alarms: measureAlarms,
};

const rows = [];
for (const [name, bench] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    rows.push(...(await bench()));
  } catch (error) {
    rows.push({ figure: name, value: `not measured: ${error instanceof Error ? error.message : error}`, target: '', met: false });
  }
}

const machine = describeMachine();
console.log(renderText(machine, rows));

if (argv.includes('--write')) {
  const table = renderMarkdown(machine, rows);
  for (const doc of DOCS) {
    const [before, rest] = fs.readFileSync(doc, 'utf8').split(START);
    const after = rest?.split(END)[1];
    if (after === undefined) throw new Error(`${doc} lacks the ${START} … ${END} markers`);
    fs.writeFileSync(doc, `${before}${START}\n${table}\n${END}${after}`);
    console.log(`wrote the table to ${doc}`);
  }
}
