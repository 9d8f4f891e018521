import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS, getStage, STAGE_IDS, STAGES } from '../../src/domain/ladder';

describe('STAGES', () => {
  it('lists the contract ids in ladder order', () => {
    expect(STAGES.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(STAGE_IDS).toEqual(['reminders', 'calls', 'contacts', 'visits', 'legal']);
  });

  it('covers every day from 1 with no gap or overlap, open-ended at the top', () => {
    expect(STAGES[0]!.from).toBe(1);
    for (let i = 1; i < STAGES.length; i++) expect(STAGES[i]!.from).toBe(STAGES[i - 1]!.to! + 1);
    expect(STAGES.at(-1)!.to).toBeNull();
  });

  it('uses only known channels, each stage at least one, and cites a seed for every stage', () => {
    for (const stage of STAGES) {
      expect(stage.channels.length).toBeGreaterThan(0);
      for (const c of stage.channels) expect(CHANNEL_IDS).toContain(c);
      expect(stage.seeds.length).toBeGreaterThan(0);
    }
  });
});

describe('getStage', () => {
  it.each([
    ['not yet due', -3, null],
    ['due today', 0, null],
    ['first day late', 1, 'reminders'],
    ['last reminder day', 15, 'reminders'],
    ['first call day', 16, 'calls'],
    ['last call day', 60, 'calls'],
    ['first contacts day', 61, 'contacts'],
    ['last contacts day', 90, 'contacts'],
    ['first visits day', 91, 'visits'],
    ['last visits day', 180, 'visits'],
    ['first legal day', 181, 'legal'],
    ['a year late', 365, 'legal'],
    ['ten years late', 3650, 'legal'],
  ])('%s (D = %i) → %s', (_name, d, id) => {
    expect(getStage(d)?.id ?? null).toBe(id);
  });

  it.each([
    ['card visits add the asset classes', 100, 'credit-card', ['T5', 'T2']],
    ['card legal adds the asset classes', 200, 'credit-card', ['T5', 'T2']],
    ['huabei legal has no card facts', 200, 'huabei', ['T5']],
    ['no kind: base facts only', 200, undefined, ['T5']],
    ['contacts are the same for every kind', 70, 'credit-card', ['K3', 'K8', 'K10']],
  ] as const)('%s', (_name, d, kind, facts) => {
    expect(getStage(d, kind)?.facts).toEqual(facts);
  });

  it('leaves the table untouched when adding kind facts', () => {
    getStage(200, 'credit-card');
    expect(STAGES.at(-1)!.facts).toEqual(['T5']);
  });

  it.each([
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
  ])('refuses %s', (_name, d) => {
    expect(() => getStage(d)).toThrow(RangeError);
  });
});
