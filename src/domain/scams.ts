/**
 * What to watch out for when in debt (facts.md §19), as data: people behind on payments are the main
 * target of paid "debt negotiation" agents, fake credit repair, fake court messages and callers who
 * ask for money to be sent elsewhere. Each warning's words are `scam_<id>` in the domain locale.
 */
import type { FactId } from './sources';

export interface ScamWarning {
  id: 'paid-agents' | 'credit-repair' | 'court-messages' | 'pay-lender-only' | 'check-caller' | 'not-a-lender';
  facts: readonly FactId[];
}

/** Most common first. `not-a-lender` is DueGuard's own fact: it has no account and never asks for money. */
export const SCAM_WARNINGS: readonly ScamWarning[] = [
  // Five regulators, 2026-02-06: paid 代理维权 / 债务协商 / 征信洗白 agents; the lender can be asked directly, for free.
  { id: 'paid-agents', facts: ['SC1', 'N5'] },
  // A correct record cannot be removed for a fee; the 2025 one-time repair was automatic, free, and closed on 2026-03-31.
  { id: 'credit-repair', facts: ['CR12', 'SC2', 'CR1'] },
  { id: 'court-messages', facts: ['SC3', 'SC4'] },
  { id: 'pay-lender-only', facts: ['SC10'] },
  { id: 'check-caller', facts: ['SC12', 'SC8'] },
  { id: 'not-a-lender', facts: [] },
];
