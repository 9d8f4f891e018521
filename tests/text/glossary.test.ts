// One Chinese vocabulary (docs/glossary.md): no zh_CN string uses a variant the glossary rejects,
// and no date sits between spaces in Chinese text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const LOCALE = path.join(ROOT, 'src/locales/zh_CN');
/** CSV column names and the format lead keep the headers real files have. */
const KEEPS_FILE_HEADERS = (key: string) => key.startsWith('options_csv_') || key === 'options_import_format_lead';

/** The glossary's rows: the accepted term and its rejected variants (the table's first and last columns). */
function glossary(): { term: string; rejected: string[] }[] {
  const rows = fs
    .readFileSync(path.join(ROOT, 'docs/glossary.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| zh') && !line.startsWith('|---'));
  return rows.map((line) => {
    const cells = line.split('|').map((c) => c.trim());
    return {
      term: cells[1]!,
      rejected: cells[4]!
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    };
  });
}

const messages: [string, string][] = fs
  .readdirSync(LOCALE)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) =>
    Object.entries(JSON.parse(fs.readFileSync(path.join(LOCALE, file), 'utf8')) as Record<string, { message: string }>).map(
      ([key, { message }]): [string, string] => [key, message],
    ),
  );

describe('docs/glossary.md', () => {
  const rows = glossary();

  it('lists the terms, each with what it rejects', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.rejected.length, row.term).toBeGreaterThan(0);
  });

  it.each(rows.map((r) => [r.term, r.rejected] as const))('%s: no zh_CN string uses %j', (_term, rejected) => {
    const offending = messages.filter(([key, text]) => !KEEPS_FILE_HEADERS(key) && rejected.some((variant) => text.includes(variant)));
    expect(offending).toEqual([]);
  });

  it('no zh_CN string puts spaces around a date', () => {
    const spaced =
      /[\u4e00-\u9fff（“，] \{(?:date|deadline|until|exportedAt)\}|\{(?:date|deadline|until|exportedAt)\} [\u4e00-\u9fff）”，。]/;
    expect(messages.filter(([, text]) => spaced.test(text))).toEqual([]);
  });
});
