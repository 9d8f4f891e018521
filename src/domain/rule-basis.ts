/**
 * What a collector rule rests on, from the grades of its sources. Apart from collector-rules.ts so
 * that what needs only the rules (the worker's contact flags) does not carry the sources table.
 */
import type { CollectorRule } from './collector-rules';
import { getSource } from './sources';
/**
 * What a rule rests on, by the grades of its sources (facts.md §0): `law` when a statute or a
 * regulation says it (R1, R2), else `standard`: an industry rule or recommended standard, whose breach
 * is worth a complaint but is not by itself illegal.
 * @example ruleBasis(getRule('hours')) // 'standard'
 */
export function ruleBasis(rule: CollectorRule): 'law' | 'standard' {
  return rule.facts.some((id) => {
    const grade = getSource(id)?.grade;
    return grade === 'R1' || grade === 'R2';
  })
    ? 'law'
    : 'standard';
}
