import { useTranslation } from 'react-i18next';
import { guidanceReviewed, guidanceReviewedIn, releaseKey } from '../../content';
import { formatDate, localToday } from '../dates';
import { useReadyNamespaces } from '../useReadyNamespaces';

/** Guidance is reviewed at least yearly: reviewed more than this many months before the day of use, it is due. */
export const REVIEW_INTERVAL_MONTHS = 12;

/**
 * Whether guidance reviewed on `reviewed` is due for review on `today` (both YYYY-MM-DD): true once
 * the day of use is more than twelve months after the review. On the anniversary itself it is not yet due.
 */
export function guidanceDue(reviewed: string, today: string): boolean {
  const [year, month, day] = reviewed.split('-');
  const anniversary = `${String(Number(year) + REVIEW_INTERVAL_MONTHS / 12).padStart(4, '0')}-${month}-${day}`;
  return today > anniversary;
}

/**
 * How fresh the guidance is, where a practitioner relies on it (every outcome, the About page and
 * the safety page): the date of the last review, who is to sign it and whether anyone has, and a
 * "due for review" mark once more than twelve months have passed.
 */
export function GuidanceFreshness({ today = localToday(), withDate = true }: { today?: string; withDate?: boolean }) {
  useReadyNamespaces(['safety', 'changelog']);
  const { t, i18n } = useTranslation('safety');
  if (!guidanceReviewed || !guidanceReviewedIn) {
    return (
      <p className="govuk-body-s" data-guidance-freshness="">
        {t('freshness.notReviewed')}
      </p>
    );
  }
  const due = guidanceDue(guidanceReviewed.date, today);
  const role = t(`changelog:content.${releaseKey(guidanceReviewedIn)}.reviewerRole` as 'freshness.reviewer');
  return (
    <div className="app-guidance-freshness" data-guidance-freshness={guidanceReviewed.date} data-guidance-due={due ? 'true' : 'false'}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {due && (
          <>
            <strong className="govuk-tag govuk-tag--orange" data-flag="guidance-due">
              {t('freshness.due')}
            </strong>{' '}
          </>
        )}
        {withDate && <>{t('freshness.reviewed', { date: formatDate(guidanceReviewed.date, i18n.language) })} </>}
        {t('freshness.reviewer', { role })}{' '}
        <span data-signed={guidanceReviewed.signedBy ? 'true' : 'false'}>
          {guidanceReviewed.signedBy && guidanceReviewed.signedOn
            ? t('freshness.signed', { name: guidanceReviewed.signedBy, date: formatDate(guidanceReviewed.signedOn, i18n.language) })
            : t('freshness.notSigned')}
        </span>
      </p>
      {due && <p className="govuk-body-s">{t('freshness.dueText')}</p>}
    </div>
  );
}
