/**
 * The manager's view in words: a flag's plain reason, an escalation, the last time seen alone.
 * Every word is in content/en-GB/manager.json; the figures come from the flag (machines/flags.ts).
 */
import { useTranslation } from 'react-i18next';
import type { RaisedCaseFlag } from '../../machines/flags';
import { daysBetween, formatDate } from '../dates';
import { currentLocalValues } from '../teamSettings';
import type { TeamCaseSummary } from './teamSummary';

export function useManagerWords() {
  const { t, i18n } = useTranslation('manager');
  const date = (iso: string) => formatDate(iso, i18n.language);
  const num = (value: string | number | undefined) => Number(value ?? 0);
  const str = (value: string | number | undefined) => String(value ?? '');
  return {
    flagName: (flag: RaisedCaseFlag) => t(`flagNames.${flag.id}`),
    flagReason(flag: RaisedCaseFlag): string {
      const { params } = flag;
      switch (flag.id) {
        case 'review-overdue':
          return t('flags.review-overdue', { date: date(str(params.date)), count: num(params.days) });
        case 'review-missing':
          return t('flags.review-missing');
        case 'not-seen-alone':
          return num(params.days) < 0
            ? t('flags.not-seen-alone-never')
            : t('flags.not-seen-alone', { date: date(str(params.date)), count: num(params.days), limit: currentLocalValues().thresholds.notSeenAloneDays });
        case 'escalation-overdue':
          return t('flags.escalation-overdue', { level: t(`overview.levels.${str(params.level) as 'escalateManagers'}`), date: date(str(params.date)) });
        case 'rationale-missing':
          return t('flags.rationale-missing', { count: num(params.count) });
        case 'action-outstanding':
          return t('flags.action-outstanding', { count: num(params.count), days: num(params.days) });
        case 'contact-contradiction':
          return t('flags.contact-contradiction', { count: num(params.count) });
      }
    },
    seenAlone: (summary: TeamCaseSummary, today: string) =>
      summary.lastSeenAlone === undefined ? t('overview.neverSeenAlone') : t('overview.seenAloneOn', { date: date(summary.lastSeenAlone), count: daysBetween(summary.lastSeenAlone, today) }),
    escalation: (summary: TeamCaseSummary) =>
      summary.escalation === undefined
        ? t('overview.noEscalation')
        : t('overview.escalationAt', {
            level: t(`overview.levels.${summary.escalation.level}`),
            date: date(summary.escalation.since),
            status: t(`overview.escalationStatus.${summary.escalation.status}`),
          }),
    review: (summary: TeamCaseSummary) => (summary.reviewDate === undefined ? t('overview.noReview') : date(summary.reviewDate)),
    date,
  };
}
