import { useTranslation } from 'react-i18next';
import { disagreementOnRecord, escalationLevels, type CaseState } from '../../machines';
import { currentLocalValues } from '../teamSettings';
import { formatDate, localToday } from '../dates';

/**
 * Each escalation on record, as a summary with its status ("overdue at line-manager level"),
 * the disagreement it is about, and each level's conversation date (issue 12).
 */
export function EscalationSummary({ state, today = localToday() }: { state: CaseState; today?: string }) {
  const { t, i18n } = useTranslation();
  const levels = escalationLevels(state, currentLocalValues().escalationDays, currentLocalValues().thresholds.holidays, today);
  if (levels.length === 0) return null;
  const disagreement = disagreementOnRecord(state);
  return (
    <section aria-labelledby="escalations-heading" data-section="escalations">
      <h2 className="govuk-heading-m" id="escalations-heading">
        {t('ladder.heading')}
      </h2>
      {disagreement && (
        <p className="govuk-body">
          <span data-user-text="">
            {t('ladder.disagreement', { decision: disagreement.decision, madeBy: disagreement.madeBy, date: formatDate(disagreement.decidedOn, i18n.language) })}
          </span>
        </p>
      )}
      <ul className="govuk-list govuk-list--bullet" data-list="escalation-levels">
        {levels.map((level, index) => {
          const name = t(`ladder.levels.${level.level}`);
          const status =
            level.status === 'open' && level.due === undefined
              ? t('ladder.status.openNoDue', { level: name })
              : t(`ladder.status.${level.status}`, { level: name, date: level.due ? formatDate(level.due, i18n.language) : '' });
          return (
            <li key={`${level.level}-${index}`} data-escalation={level.level} data-escalation-status={level.status}>
              {level.status === 'overdue' ? <strong className="govuk-tag govuk-tag--red">{status}</strong> : status}
              {level.conversationOn && <> ({t('ladder.conversationOn', { date: formatDate(level.conversationOn, i18n.language) })})</>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
