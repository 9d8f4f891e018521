/**
 * The stored data model: valibot schemas are the single source of both the TypeScript types
 * and the validation applied to anything read from storage, a file or a command.
 *
 * Conventions: money is an integer count of minor units (fen for CNY); calendar days are
 * `YYYY-MM-DD` strings (branded `Day`); instants are epoch milliseconds; ids are opaque strings.
 */
import * as v from 'valibot';
import { isDayString } from './day';
import { LOAN_METHODS, loanError, type LoanTerms } from './loan';
import { MAX_MINOR } from './money';
import { isScheduledDay } from './recurrence';
import { statementDateIn } from './statement';
import { YearFileSchema } from './year-file';

// money.ts holds it, so that formatting money pulls in no schema; the schemas and their users read it here.
export { MAX_MINOR };

export const DaySchema = v.pipe(v.string(), v.check(isDayString, 'must be a date as YYYY-MM-DD'), v.brand('Day'));
/** A calendar day, `YYYY-MM-DD`, with no time zone. Make one with `parseDay`/`toDay` in day.ts. */
export type Day = v.InferOutput<typeof DaySchema>;

export const MinorSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MINOR));
/** An amount in integer minor units (fen). Never a float. */
export type Minor = number;

/**
 * The bounds of what is stored, in one place: the schemas enforce them, and the CSV reader and the
 * forms check against the same numbers, so a value one accepts the other does too.
 */
export const LIMITS = {
  /** Characters in a debt's or plan's name (after trimming). */
  nameLength: 80,
  /** Characters in a note (debt, plan, payment). */
  noteLength: 1000,
  /** Characters in a contact-log entry's "who" and "what they said". */
  contactWhoLength: 200,
  contactSummaryLength: 4000,
  /** Grace days a lender may give (0 = none). */
  graceDays: 60,
  /** Occurrences of a monthly debt with an end. */
  monthlyCount: 600,
  /** Monthly installments of a negotiated plan. */
  planInstallments: 120,
  /** Months of an installment loan. */
  loanTerm: 360,
} as const;

export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const CurrencySchema = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'));

export const DEBT_KINDS = ['huabei', 'jiebei', 'credit-card', 'baitiao', 'meituan', 'loan', 'other'] as const;
export const DebtKindSchema = v.picklist(DEBT_KINDS);
export type DebtKind = (typeof DEBT_KINDS)[number];

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'name is required'), v.maxLength(LIMITS.nameLength));
const NoteSchema = v.optional(v.pipe(v.string(), v.maxLength(LIMITS.noteLength)), '');
const GraceSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.graceDays));
/** A daily penalty rate in parts per million of the overdue amount (0.05 %/day = 500). */
const RatePpmSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.monthlyCount));

/** One occurrence of a recurring bill left out (`skip`) or moved later (`postpone`), named by its scheduled day. Since schema v4. */
export const RecurrenceChangeSchema = v.variant('action', [
  v.object({ due: DaySchema, action: v.literal('skip') }),
  v.object({ due: DaySchema, action: v.literal('postpone'), to: DaySchema }),
]);
export type RecurrenceChange = v.InferOutput<typeof RecurrenceChangeSchema>;

/** The ways a recurring bill can end: after `count` occurrences or with the last one on or before `until`; neither = never. */
const recurringEntries = {
  firstDue: DaySchema,
  count: v.optional(CountSchema),
  /** Since schema v4. */
  until: v.optional(DaySchema),
  /** Since schema v4. */
  changes: v.optional(v.array(RecurrenceChangeSchema)),
};

/**
 * When a bill falls due (recurrence.ts computes the days): once, monthly from `firstDue` (every
 * `every` months, on `firstDue`'s day clamped to the month, or on the month's last day), or yearly.
 */
const RecurrenceVariant = v.variant('type', [
  v.object({ type: v.literal('once'), dueDate: DaySchema }),
  v.object({
    type: v.literal('monthly'),
    ...recurringEntries,
    /** Months between occurrences (1 = every month). Since schema v4. */
    every: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
    /** Due on the last day of each month, whatever `firstDue`'s day. Since schema v4. */
    lastDay: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('yearly'), ...recurringEntries }),
]);
export type Recurrence = v.InferOutput<typeof RecurrenceVariant>;

export const RecurrenceSchema = v.pipe(
  RecurrenceVariant,
  v.check(
    (r) => r.type === 'once' || r.count === undefined || r.until === undefined,
    'a bill ends after a number of times or on a date, not both',
  ),
  v.check((r) => r.type === 'once' || r.until === undefined || r.until >= r.firstDue, 'the end date cannot be before the first due date'),
  v.check(
    (r) => r.type === 'once' || (r.changes ?? []).every((c) => isScheduledDay(r, c.due)),
    'a skipped or postponed occurrence must be one the schedule has',
  ),
  v.check(
    (r) => r.type === 'once' || (r.changes ?? []).every((c) => c.action === 'skip' || c.to > c.due),
    'a postponed occurrence must move to a later day',
  ),
);

const PercentPpmSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const DayOfMonthSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1, 'must be a day of the month from 1 to 31'),
  v.maxValue(31, 'must be a day of the month from 1 to 31'),
);

/** One cycle's statement as the user copied it from the lender (ST2): what is due and the minimum. */
export const StatementSchema = v.pipe(
  v.object({
    /** The cycle's statement day (账单日), which names the cycle. */
    statementDate: DaySchema,
    /** 本期应还: the whole amount due this cycle. */
    amount: MinorSchema,
    /** 最低还款额; absent = not given (estimated from the account's rule, if it has one). */
    minimum: v.optional(MinorSchema),
  }),
  v.check((s) => s.minimum === undefined || s.minimum <= s.amount, 'the minimum payment cannot be more than the statement'),
);
export type Statement = v.InferOutput<typeof StatementSchema>;

const debtEntries = {
  id: IdSchema,
  name: NameSchema,
  kind: DebtKindSchema,
  currency: v.optional(CurrencySchema, 'CNY'),
  /** Days after the due date the lender treats as on time (0 = none); absent = the kind's default (`effectiveGrace`). */
  graceDays: v.optional(GraceSchema),
  /** Overrides the per-kind default penalty rate from settings. */
  dailyRatePpm: v.optional(RatePpmSchema),
  note: NoteSchema,
  createdAt: DaySchema,
};

/** A bill of a fixed amount: once or recurring. `billing` is absent on bills (as on every debt before schema v4). */
const billEntries = {
  billing: v.optional(v.literal('bill')),
  /** Amount due per occurrence. */
  amount: v.pipe(MinorSchema, v.minValue(1, 'amount must be more than zero')),
  recurrence: RecurrenceSchema,
};

/**
 * A statement account (credit card, Huabei, Baitiao, Meituan): a cycle closes on each statement day
 * and its statement falls due by the due rule (statement.ts). Since schema v4.
 */
const statementEntries = {
  billing: v.literal('statement'),
  /** 账单日: 29-31 fall on the month's last day in shorter months. */
  statementDay: DayOfMonthSchema,
  /** ST3: N days after the statement day; ST4: a fixed day of the month. */
  dueRule: v.variant('type', [
    v.object({
      type: v.literal('offset'),
      days: v.pipe(v.number(), v.integer(), v.minValue(1, 'must be 1 to 60 days'), v.maxValue(60, 'must be 1 to 60 days')),
    }),
    v.object({ type: v.literal('fixed'), day: DayOfMonthSchema }),
  ]),
  /** The first cycle tracked, by its statement day: no cycle before it is chased. */
  firstStatement: DaySchema,
  /** How to estimate a minimum the user did not type; null = this account has none (pay in full). */
  minimumRule: v.nullable(v.object({ percentPpm: PercentPpmSchema, floor: MinorSchema })),
  /** After a minimum payment, interest on the whole statement (most banks, MP5) or the unpaid part (MP6). */
  interestOn: v.optional(v.picklist(['whole', 'unpaid']), 'whole'),
  /** The statements entered so far, by cycle; a cycle without one is estimated from the latest before it. */
  statements: v.pipe(v.array(StatementSchema), v.minLength(1, 'at least one statement is needed')),
};

/** An installment loan (Jiebei, bank and online loans): loan.ts computes its schedule. Since schema v4. */
const loanEntries = {
  billing: v.literal('loan'),
  principal: v.pipe(MinorSchema, v.minValue(1, 'principal must be more than zero')),
  /** As the lender shows it: daily (0.04 %/day = 400) or annual (14.6 %/yr = 146000), in ppm. */
  rate: v.object({ basis: v.picklist(['daily', 'annual']), ppm: PercentPpmSchema }),
  /** Months. */
  term: v.pipe(v.number(), v.integer(), v.minValue(1, 'term must be at least 1 month'), v.maxValue(LIMITS.loanTerm)),
  /** The day the money was received. */
  startDate: DaySchema,
  firstDue: DaySchema,
  method: v.picklist(LOAN_METHODS),
  /** A fee per period on the original principal (Baitiao installments, LN7), in ppm; 0 = none. */
  feePerPeriodPpm: v.optional(PercentPpmSchema, 0),
  prepayments: v.optional(v.array(v.object({ date: DaySchema, amount: v.pipe(MinorSchema, v.minValue(1)) })), []),
  /** A fee on each amount repaid early, as the contract sets it (LN4), in ppm; absent = none. */
  prepaymentFeePpm: v.optional(PercentPpmSchema),
  /** Which rate line applies (IN9, IN10, IN13): a licensed lender's, or private lending's. */
  lender: v.optional(v.picklist(['licensed', 'private']), 'licensed'),
};

/** True when `date` is a statement day of the account: `statementDay` in its month, clamped. */
const isStatementDate = (statementDay: number, date: string) =>
  // The day's own rule (1-31) is reported on its field; here a bad one only fails quietly.
  Number.isInteger(statementDay) &&
  statementDay >= 1 &&
  statementDay <= 31 &&
  isDayString(date) &&
  statementDateIn(statementDay, Number(date.slice(0, 4)), Number(date.slice(5, 7))) === date;

/** What the fields of a debt cannot say alone, checked on the whole debt. */
type DebtShape = {
  billing?: string | undefined;
  statementDay?: number;
  firstStatement?: string;
  statements?: readonly { statementDate: string }[];
};

/**
 * The first rule across a debt's fields that it breaks, as `field: reason`, or null: a statement
 * account's statements are of its own cycles, from the first on, one each; a loan's terms fit
 * together (loan.ts says how, e.g. a prepayment against the balance on its day).
 */
function debtRuleProblem(d: DebtShape): string | null {
  if (d.billing === 'loan') {
    const error = loanError(d as unknown as LoanTerms);
    return error ? `${error.field}: ${error.reason}` : null;
  }
  if (d.billing !== 'statement') return null;
  const { statementDay, firstStatement, statements } = d as Required<DebtShape>;
  if (!isStatementDate(statementDay, firstStatement)) return 'firstStatement: must be a statement day of the account';
  if (!statements.every((s) => s.statementDate >= firstStatement && isStatementDate(statementDay, s.statementDate)))
    return 'statements: each must be of a cycle of the account, from the first statement on';
  if (new Set(statements.map((s) => s.statementDate)).size !== statements.length) return 'statements: one per cycle';
  return null;
}

/** A debt: a bill, a statement account or an installment loan, by `billing`. */
export const DebtSchema = v.pipe(
  v.variant('billing', [
    v.object({ ...debtEntries, ...billEntries }),
    v.object({ ...debtEntries, ...statementEntries }),
    v.object({ ...debtEntries, ...loanEntries }),
  ]),
  v.check(
    (d) => debtRuleProblem(d) === null,
    (issue) => debtRuleProblem(issue.input) ?? '',
  ),
);
export type Debt = v.InferOutput<typeof DebtSchema>;
export type StatementDebt = Extract<Debt, { billing: 'statement' }>;
export type LoanDebt = Extract<Debt, { billing: 'loan' }>;
export type BillDebt = Exclude<Debt, StatementDebt | LoanDebt>;

/** The same, without the ids the background adds (`id`, `createdAt`): what a form, an import or `addDebt` gives. */
export const DebtInputSchema = v.pipe(
  v.variant('billing', [
    v.omit(v.object({ ...debtEntries, ...billEntries }), ['id', 'createdAt']),
    v.omit(v.object({ ...debtEntries, ...statementEntries }), ['id', 'createdAt']),
    v.omit(v.object({ ...debtEntries, ...loanEntries }), ['id', 'createdAt']),
  ]),
  v.check(
    (d) => debtRuleProblem(d) === null,
    (issue) => debtRuleProblem(issue.input) ?? '',
  ),
);

/** A negotiated repayment plan (协商还款 / 个性化分期), optionally replacing a debt. */
export const PlanSchema = v.pipe(
  v.object({
    id: IdSchema,
    name: NameSchema,
    kind: DebtKindSchema,
    currency: v.optional(CurrencySchema, 'CNY'),
    /** The debt this plan settles; while the plan exists that debt's own due dates are not chased. */
    debtId: v.optional(IdSchema),
    /**
     * The due day of the debt this plan settles, as it first fell overdue: a late installment puts that
     * delay back in play (N4), so the ladder counts from here. Absent: the linked debt's first unpaid due
     * day, if the plan has one (`planOriginalDue`); else unknown. Since schema v3.
     */
    overdueSince: v.optional(DaySchema),
    /** Balance agreed in the plan, before down payment, excluding fee. */
    total: v.pipe(MinorSchema, v.minValue(1, 'total must be more than zero')),
    /** Paid on `startDate`, before the first installment. */
    downPayment: v.optional(MinorSchema, 0),
    /** Plan fee, spread over the installments. */
    fee: v.optional(MinorSchema, 0),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.planInstallments)),
    /** The day the plan was agreed; the down payment (if any) is due that day. */
    startDate: DaySchema,
    firstDue: DaySchema,
    /** Custom installment amounts; must have `count` entries summing to total − downPayment + fee. */
    amounts: v.optional(v.array(MinorSchema)),
    /** Days late the lender tolerates before the plan counts as broken (0 = none); absent = the kind's default. */
    graceDays: v.optional(GraceSchema),
    note: NoteSchema,
    createdAt: DaySchema,
  }),
  v.check((p) => p.downPayment <= p.total, 'down payment cannot exceed the total'),
  v.check((p) => p.firstDue >= p.startDate, 'first installment cannot be before the plan starts'),
  v.check((p) => !p.overdueSince || p.overdueSince <= p.startDate, 'the debt cannot have fallen overdue after the plan was agreed'),
  v.check(
    (p) => !p.amounts || (p.amounts.length === p.count && p.amounts.reduce((a, b) => a + b, 0) === p.total - p.downPayment + p.fee),
    'custom amounts must have one entry per installment and add up to total − down payment + fee',
  ),
);
export type Plan = v.InferOutput<typeof PlanSchema>;

export const TargetSchema = v.object({ type: v.picklist(['debt', 'plan']), id: IdSchema });
/** What a payment or contact-log entry belongs to. */
export type Target = v.InferOutput<typeof TargetSchema>;

export const PaymentSchema = v.object({
  id: IdSchema,
  target: TargetSchema,
  date: DaySchema,
  amount: v.pipe(MinorSchema, v.minValue(1, 'payment must be more than zero')),
  note: NoteSchema,
});
export type Payment = v.InferOutput<typeof PaymentSchema>;

export const CONTACT_CHANNELS = ['sms', 'call', 'app', 'visit', 'letter', 'third-party'] as const;
export const USER_FLAGS = ['threat', 'insult', 'impersonation'] as const;
/** What the user found when checking an agency against the lender's published list. */
export const AGENCY_LISTED = ['yes', 'no'] as const;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** One contact by a collector, logged by the user as evidence. */
export const ContactEntrySchema = v.object({
  id: IdSchema,
  target: TargetSchema,
  /** Local wall-clock time of the contact, `YYYY-MM-DDTHH:mm`. */
  at: v.pipe(
    v.string(),
    v.regex(LOCAL_DATE_TIME, 'must be a local date and time as YYYY-MM-DDTHH:mm'),
    v.check((s) => isDayString(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60, 'not a real date and time'),
  ),
  channel: v.picklist(CONTACT_CHANNELS),
  /** False for an unanswered call attempt. */
  answered: v.optional(v.boolean(), true),
  /** Someone other than the debtor (family, colleagues) was contacted. */
  thirdParty: v.optional(v.boolean(), false),
  who: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.contactWhoLength)), ''),
  summary: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.contactSummaryLength)), ''),
  userFlags: v.optional(v.array(v.picklist(USER_FLAGS)), []),
  /**
   * Whether the calling agency is on the lender's published list of the collection agencies it hires
   * (SC8); absent = not checked. `no` is a red flag (SC9).
   */
  agencyListed: v.optional(v.picklist(AGENCY_LISTED)),
});
export type ContactEntry = v.InferOutput<typeof ContactEntrySchema>;

export const LEAD_DAY_CHOICES = [14, 7, 3, 1, 0] as const;
const TimeOfDaySchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:mm'));

/** Paydays: none, a day of the month, or two different days of the month (stored in ascending order). */
export const PaydaysSchema = v.pipe(
  v.variant('type', [
    v.object({ type: v.literal('none') }),
    v.object({ type: v.literal('monthly'), day: DayOfMonthSchema }),
    v.object({ type: v.literal('twice'), days: v.tuple([DayOfMonthSchema, DayOfMonthSchema]) }),
  ]),
  v.check((p) => p.type !== 'twice' || p.days[0] < p.days[1], 'two different paydays, the earlier day first'),
);
export type Paydays = v.InferOutput<typeof PaydaysSchema>;

export const KindDefaultsSchema = v.object({
  dailyRatePpm: v.nullable(RatePpmSchema),
  graceDays: GraceSchema,
  /** Lead reminders count to the pay-by day (work-calendar.ts); absent = the kind's preset. */
  leadToPayBy: v.optional(v.boolean()),
});

export const SettingsSchema = v.object({
  /** Days before a due date to remind, each one of LEAD_DAY_CHOICES. */
  leadDays: v.optional(v.array(v.picklist(LEAD_DAY_CHOICES)), [7, 3, 1, 0]),
  /** Local time of day at which reminders fire. */
  reminderTime: v.optional(TimeOfDaySchema, '09:00'),
  quietHours: v.optional(v.object({ enabled: v.boolean(), start: TimeOfDaySchema, end: TimeOfDaySchema }), {
    enabled: true,
    start: '22:00',
    end: '08:00',
  }),
  dailyOverdue: v.optional(v.boolean(), true),
  language: v.optional(v.picklist(['auto', 'zh_CN', 'en']), 'auto'),
  theme: v.optional(v.picklist(['auto', 'light', 'dark']), 'auto'),
  currency: v.optional(CurrencySchema, 'CNY'),
  /** Per-kind penalty rate (null = unknown: ask the lender) and grace; defaults in presets.ts. */
  kindDefaults: v.optional(v.record(DebtKindSchema, KindDefaultsSchema), {}),
  /** Holiday arrangements the user loaded from files (year-file.ts), one per year. */
  workCalendarYears: v.optional(
    v.pipe(
      v.array(YearFileSchema),
      v.check((files) => new Set(files.map((f) => f.year)).size === files.length, 'one arrangement per year'),
    ),
    [],
  ),
  /** When the user is paid (paydays.ts): never said, one day of the month, or two; 29-31 fall on a shorter month's last day. */
  paydays: v.optional(PaydaysSchema, { type: 'none' }),
  /** What is usually available for debts each payday, in minor units of `currency`; null = not said (no cash-crunch check). */
  availablePerPayday: v.optional(v.nullable(v.pipe(MinorSchema, v.minValue(1, 'must be more than zero'))), null),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
/** Every setting at its default: what a profile that never saved settings uses. */
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/**
 * The version of the stored records (DATA_KEY, SETTINGS_KEY, UNDO_KEY); `src/domain/migrations.ts`
 * brings older ones up to it. 2: a debt's or plan's `graceDays` absent means the kind's default.
 * 3: `plan.overdueSince`. 4: statement accounts and loans (`debt.billing`), richer recurrence.
 */
export const SCHEMA_VERSION = 4;

/** Everything the background owns in `storage.local` under DATA_KEY, written in one `set` so a change is all or nothing. */
export const DataSchema = v.object({
  version: v.literal(SCHEMA_VERSION),
  debts: v.array(DebtSchema),
  plans: v.array(PlanSchema),
  payments: v.array(PaymentSchema),
  contacts: v.array(ContactEntrySchema),
});
export type Data = v.InferOutput<typeof DataSchema>;

/**
 * Reminder bookkeeping, under REMINDERS_KEY: what was shown (key → epoch ms) and what is snoozed
 * (installment key → until). Read entry by entry (storage.ts decodeReminders), so one bad entry is
 * quarantined alone rather than the whole log.
 */
export interface ReminderState {
  sent: Record<string, number>;
  snoozed: Record<string, number>;
}

/** A stored record that failed validation, kept aside instead of dropped. */
export const QuarantineEntrySchema = v.object({ key: v.string(), record: v.unknown(), reason: v.string(), at: v.number() });
export type QuarantineEntry = v.InferOutput<typeof QuarantineEntrySchema>;

// The storage keys live in a module of their own, which imports nothing: the worker's alarm path
// (src/background/alarm-wake.ts) reads storage by key without loading the schemas.
export {
  APPLIED_KEY,
  DATA_KEY,
  DERIVED_KEY,
  FIRST_SCREEN_KEY,
  QUARANTINE_KEY,
  REMINDERS_KEY,
  SETTINGS_KEY,
  SHOWN_KEY,
  UNDO_KEY,
} from './storage-keys';

export function emptyData(): Data {
  return { version: SCHEMA_VERSION, debts: [], plans: [], payments: [], contacts: [] };
}
