/**
 * The case summary as plain text, to paste into a council's case system (issue 11). It names the
 * case by its reference only, never the adult: no name, no words typed about them, no places.
 */
import { useTranslation } from 'react-i18next';
import {
  PATHWAY_VERSION,
  caseStage,
  contactsInForce,
  currentPage,
  isOutcome,
  lastSeenAlone,
  recommendedRoutes,
  reviewDate,
  type CaseFile,
  type CaseState,
} from '../../machines';
import { formatDate } from '../dates';
import { useContent } from '../useContent';

export function useSummaryText() {
  const { t, i18n } = useTranslation();
  const content = useContent();
  return (file: CaseFile, state: CaseState): string => {
    const page = currentPage(state);
    const inForce = contactsInForce(state);
    const lastSeen = lastSeenAlone(state);
    const routes = recommendedRoutes(state).map(({ route }) => content.route(route).name);
    const review = reviewDate(state);
    return [
      t('summaryText.title'),
      t('summaryText.reference', { reference: file.reference }),
      t('summaryText.stage', { stage: t(`overview.stages.${caseStage(state)}`) }),
      t('summaryText.next', {
        where: isOutcome(page) ? t('overview.outcomeReached', { outcome: content.heading(page) }) : t('overview.nextQuestion', { question: content.heading(page) }),
      }),
      t('summaryText.contacts', { count: inForce.length, alone: inForce.filter((contact) => contact.seenAlone).length }),
      lastSeen ? t('summaryText.lastSeenAlone', { date: formatDate(lastSeen, i18n.language) }) : t('summaryText.neverSeenAlone'),
      routes.length > 0 ? t('summaryText.routes', { routes: routes.join('; ') }) : t('summaryText.noRoutes'),
      review ? t('summaryText.review', { date: formatDate(review, i18n.language) }) : t('summaryText.noReview'),
      t('summaryText.versions', { pathway: PATHWAY_VERSION, content: file.contentVersion }),
    ].join('\n');
  };
}
