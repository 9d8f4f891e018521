// Fuzzing the backup reader (src/io/backup.ts) with random and damaged files: it answers with data or
// with reasons, never throws, and what it accepts is always valid stored data.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseBackup, parseJsonText, serializeBackup } from '../../src/io/backup';
import { DataSchema, SettingsSchema, type Settings } from '../../src/domain/model';
import { makeData } from '../fixtures/data';
import { debtInput, send, storedData } from '../integration/background-harness';
import { rawStorage, setRawStorage, useBackgroundAt } from './faults';
import { badlyEncodedText, hostileValue, mutatedJson, mutatedText } from './hostile';

const TODAY = '2026-06-15';
const NOW = Date.UTC(2026, 5, 15, 9);
const SETTINGS = v.parse(SettingsSchema, {}) as Settings;
const VALID = serializeBackup(makeData({ debts: 6, plans: 3, contacts: 4 }, TODAY), SETTINGS, NOW);

/** Reads `text` as the options page does (JSON, then the backup) and checks the answer's shape. */
function readBackupText(text: string): { ok: boolean } {
  const json = parseJsonText(text);
  if (!json.ok) {
    expect(json.errors.length).toBeGreaterThan(0);
    return json;
  }
  return checkedParse(json.json);
}

function checkedParse(json: unknown): { ok: boolean } {
  const result = parseBackup(json);
  if (result.ok) {
    expect(v.is(DataSchema, result.data)).toBe(true);
    expect(v.is(SettingsSchema, result.settings)).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const line of result.errors) expect(line.trim()).not.toBe('');
  }
  return result;
}

describe('backup restore: random and damaged files never throw', { timeout: 60_000 }, () => {
  it('accepts the valid file the fuzzing starts from', () => {
    expect(readBackupText(VALID).ok).toBe(true);
  });

  it.each([
    ['any text', fc.string({ unit: 'binary', maxLength: 500 })],
    ['the valid file cut short, spliced or corrupted', mutatedText(VALID)],
    ['bytes that are not UTF-8', badlyEncodedText],
  ])('%s', (_name, text) => {
    fc.assert(
      fc.property(text, (t) => void readBackupText(t)),
      { numRuns: 300 },
    );
  });

  it.each([
    ['any JSON value', fc.jsonValue()],
    ['any JS value a message could carry', fc.anything()],
    ['a hostile value', hostileValue],
    ['the valid document with fields replaced or removed (wrong types, huge numbers, NaN)', mutatedJson(JSON.parse(VALID))],
  ])('%s', (_name, json) => {
    fc.assert(
      fc.property(json, (j) => void checkedParse(j)),
      { numRuns: 300 },
    );
  });

  it('refuses an amount past the largest exact sum instead of rounding it', () => {
    const doc = JSON.parse(VALID);
    doc.data.debts[0].amount = 1e300;
    const result = parseBackup(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/data\.debts\[0\]\.amount/);
  });

  it('reads a 10 MB backup whole', () => {
    const big = makeData({ debts: 22_000, plans: 500, contacts: 2_000 }, TODAY);
    const text = serializeBackup(big, SETTINGS, NOW);
    expect(text.length).toBeGreaterThan(10 * 2 ** 20);
    const result = parseBackup(JSON.parse(text));
    expect(result.ok && [result.data.debts.length, result.data.plans.length, result.data.contacts.length]).toEqual([22_000, 500, 2_000]);
  });

  it('refuses 10 MB of a file that is not a backup with one reason', () => {
    const text = JSON.stringify({ rows: Array.from({ length: 200_000 }, (_, i) => ({ i, text: 'x'.repeat(40) })) });
    expect(text.length).toBeGreaterThan(10 * 2 ** 20);
    const result = parseBackup(JSON.parse(text));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/not a DueGuard backup/)] });
  });
});

describe('the restoreBackup command with random and damaged documents', { timeout: 60_000 }, () => {
  useBackgroundAt(NOW, () => send('addDebt', debtInput({ name: 'kept' }), 'mine'));

  it('changes nothing stored when it refuses, and stores exactly the file when it accepts', async () => {
    const documents = fc.oneof(mutatedJson(JSON.parse(VALID)), hostileValue, fc.jsonValue({ maxDepth: 3 }));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (backup) => {
        const before = await rawStorage();
        const result = await send('restoreBackup', { backup });
        const parsed = parseBackup(backup);
        if (!result.ok) {
          refused++;
          expect(result.error.code).toBe('invalid');
          expect(await rawStorage()).toEqual(before);
          return;
        }
        expect(parsed.ok).toBe(true);
        // The applied-id log is this machine's bookkeeping, kept across a restore. Storage keeps JSON,
        // so a hostile -0 in the file (a valid grace, fee or down payment) is stored as 0.
        expect(parsed.ok && JSON.parse(JSON.stringify({ ...parsed.data, appliedCommands: [] }))).toEqual({
          ...(await storedData()),
          appliedCommands: [],
        });
        await setRawStorage(before);
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(50);
  });
});
