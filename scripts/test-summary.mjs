// Prints one closing line for the whole `npm test` run ("tests: N passed, M failed, K skipped"),
// summed over the JSON reports each vitest run wrote to .tmp/vitest-*.json.
import fs from 'node:fs';
import path from 'node:path';

const dir = '.tmp';
const reports = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^vitest-.*\.json$/.test(f)) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of reports) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
