/**
 * For a debt or plan with overdue payments: where it stands on the collection ladder and what to do about it
 * (collection-stages.md). Everything shown comes from the domain's tables with its sources; the
 * words come from the locales. Typical patterns, not a promise — and the panel says so.
 */
import type { ComponentChildren } from 'preact';
import { getRulesFor, getHelpFor } from '../domain/collector-rules';
import { ruleBasis } from '../domain/rule-basis';
import { SCAM_WARNINGS } from '../domain/scams';
import { assessmentSources, assessOverdue } from '../domain/delay';
import type { Day } from '../domain/model';
import type { Stage } from '../domain/ladder';
import { Disclosure } from '../ui/disclosure';
import { optionsHref } from '../ui/links';
import { Button } from '../ui/button';
import { ScamWarnings } from '../ui/scam-warnings';
import { CardRisk, CreditReportNote, DelayCost, PlanInstallmentNote } from './delay-facts';
import type { ItemGroup } from '../domain/item-groups';
import { LadderTimeline } from './ladder-timeline';
import type { QuickAddRequest } from './quick-add';
import { Cite, Claim, SourceList } from '../ui/source-list';
import { messageKey } from '../text/message-key';
import { planRightText, stageTitle, stageWhat } from '../text/stages';
import { formatDay, formatIn } from '../text/days';
import { messageParams, tCount } from '../text/translate';
import { useLocale } from '../ui/locale';

/** The seed articles and facts behind a stage's description. */
const stageSources = (stage: Stage) => [...stage.seeds.map((s) => s.seed), ...stage.facts];

export interface StageExplainerProps {
  group: ItemGroup;
  today: Day;
  /** The pay and snooze buttons, shown under "What to do now". */
  actions: ComponentChildren;
  onNegotiate: (request: QuickAddRequest) => void;
}

export function StageExplainer({ group, today, actions, onNegotiate }: StageExplainerProps) {
  const item = group.lead;
  const { t, tag } = useLocale();
  const assessment = assessOverdue(group.items, today);
  const { stage, next, timeline, cost, cardCriminalRisk, plan, planInstallment } = assessment;
  if (!stage) return null;
  const debtId = item.status.target.type === 'debt' ? item.status.target.id : null;
  const rules = getRulesFor(item.kind);
  const help = getHelpFor(item.kind);
  const cited = [
    ...assessmentSources(assessment),
    ...rules.flatMap((r) => r.facts),
    ...help.flatMap((h) => h.facts),
    ...SCAM_WARNINGS.flatMap((w) => w.facts),
  ];

  return (
    <div class="explainer" data-explainer-stage={stage.id}>
      {planInstallment && <PlanInstallmentNote late={planInstallment} daysOverdue={assessment.daysOverdue} />}
      <h3>{tCount(t, 'popup_explainer_title', assessment.daysOverdue, { stage: stageTitle(t, stage.id) })}</h3>
      <LadderTimeline timeline={timeline} label={t('popup_ladder_label')} today={today} current={t('popup_ladder_now')} />

      <h4>{t('popup_now_heading')}</h4>
      <Claim ids={stageSources(stage)}>{stageWhat(t, stage.id)}</Claim>
      {next && (
        <p class="next-stage">
          {next.stage.noFixedStart
            ? t('popup_next_stage_open', { stage: stageTitle(t, next.stage.id) })
            : t('popup_next_stage', {
                stage: stageTitle(t, next.stage.id),
                date: formatDay(next.startsOn, tag, { long: true }),
                relative: formatIn(next.stage.from - assessment.daysOverdue, { t }),
              })}
          <Cite ids={stageSources(next.stage)} />
        </p>
      )}
      {cardCriminalRisk && <CardRisk risk={cardCriminalRisk} />}

      <h4>{t('domain_cost_title')}</h4>
      <DelayCost cost={cost} currency={item.currency} />
      <h4>{t('domain_credit_title')}</h4>
      <CreditReportNote assessment={assessment} />

      <h4>{t('popup_todo_heading')}</h4>
      {actions}
      <ul class="todo">
        {debtId && (
          <li>
            <Button
              variant="link"
              onClick={() =>
                onNegotiate({
                  kind: 'plan',
                  fromDebt: { debtId, name: item.name, kind: item.kind, currency: item.currency, total: group.remaining },
                })
              }
            >
              {t('popup_negotiate')}
            </Button>
            <Claim ids={plan.rightFacts} muted>
              {planRightText(t, plan)}
            </Claim>
            {plan.collectionMustStop && (
              <>
                <Claim ids={['N2']} muted>
                  {t('domain_plan_card_terms')}
                </Claim>
                <Claim ids={['N3']} muted>
                  {t('domain_plan_contact_during')}
                </Claim>
              </>
            )}
            <Claim ids={['N3', '001']} muted>
              {t('domain_plan_record')}
            </Claim>
            <Claim ids={['N5']} muted>
              {t('domain_plan_interest')}
            </Claim>
            <Claim ids={['N6']} muted>
              {t('domain_plan_credit')}
            </Claim>
            <Claim ids={['N4']} muted>
              {t('domain_plan_break')}
            </Claim>
          </li>
        )}
        {debtId && (
          <li>
            <a href={optionsHref('contacts', `debt:${debtId}`)} target="_blank" rel="noopener">
              {t('popup_keep_evidence')}
            </a>
          </li>
        )}
      </ul>

      <h4>{t('popup_help_heading')}</h4>
      <ul class="help">
        {help.map((channel) => (
          <li key={channel.id}>
            <span class="help-topics">{channel.topics.map((topic) => t(messageKey('help_topic', topic))).join(' · ')}</span>{' '}
            {'number' in channel && <strong class="num">{channel.number} </strong>}
            {t(messageKey('help', channel.id))}
            <Cite ids={channel.facts} />
          </li>
        ))}
      </ul>

      <ScamWarnings />

      <Disclosure summary={t('popup_rules_heading')}>
        <ul class="rules">
          {rules.map((rule) => (
            <li key={rule.id} data-basis={ruleBasis(rule)}>
              <span class="rule-basis">{t(messageKey('popup_rule_basis', ruleBasis(rule)))}</span>{' '}
              {t(messageKey('rule', rule.id), messageParams(rule))}
              <Cite ids={rule.facts} />
            </li>
          ))}
        </ul>
      </Disclosure>
      <Disclosure summary={t('popup_sources_heading')}>
        <SourceList ids={cited} />
      </Disclosure>
      <p class="not-a-promise">{t('domain_disclaimer')}</p>
    </div>
  );
}
