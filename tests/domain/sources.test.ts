import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSource, SOURCES } from '../../src/domain/sources';

const DOMAIN = path.resolve(__dirname, '../../src/domain');
/** A quoted fact id (`'CR12'`, `"K7"`) or seed id (`'003'`) anywhere in the domain's source. */
const CITED = /['"]((?:CR|P|K|L|N|H|B|T|SC|ST|MP|IN|LN|HD)\d{1,2}|00\d)['"]/g;

function citedIn(file: string): string[] {
  return [...fs.readFileSync(path.join(DOMAIN, file), 'utf8').matchAll(CITED)].map((m) => m[1]!);
}

const files = fs.readdirSync(DOMAIN).filter((f) => f.endsWith('.ts') && f !== 'sources.ts');

describe('SOURCES', () => {
  it('has unique ids', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files.map((f) => [f]))('every id cited in %s exists', (file) => {
    const missing = citedIn(file).filter((id) => !getSource(id));
    expect(missing).toEqual([]);
  });

  it('every fact it lists is cited somewhere in the domain (no dead entries)', () => {
    const cited = new Set(files.flatMap(citedIn));
    const unused = SOURCES.filter((s) => !cited.has(s.id)).map((s) => s.id);
    expect(unused).toEqual([]);
  });

  it.each(SOURCES.map((s) => [s.id, s]))('%s has a title, a grade and an http(s) url if any', (_id, s) => {
    expect(s.title.trim()).not.toBe('');
    expect(['R1', 'R2', 'S', 'C', 'B', 'D']).toContain(s.grade);
    if ('url' in s) expect(s.url).toMatch(/^https?:\/\/\S+$/);
  });
});

describe('getSource', () => {
  it.each([
    ['a statute', 'CR1', 'R1'],
    ['a seed', '000', 'B'],
    ['an industry rule', 'K7', 'S'],
  ])('finds %s', (_name, id, grade) => {
    expect(getSource(id)?.grade).toBe(grade);
  });

  it.each([
    ['an uncited fact', 'CR6'],
    ['nonsense', 'X1'],
    ['empty', ''],
  ])('returns undefined for %s', (_name, id) => {
    expect(getSource(id)).toBeUndefined();
  });
});
