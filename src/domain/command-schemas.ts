/**
 * Validation of what crosses into the background: one valibot schema per command input, and the one
 * way validation issues are turned into lines a user can read ("amount: must be more than zero").
 */
import * as v from 'valibot';

/**
 * One line per issue, prefixed with the dotted path of the offending field when there is one.
 * @example describeIssues(v.safeParse(DebtSchema, { amount: 0 }).issues) // ['id: Invalid type: …', 'amount: must be more than zero', …]
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
