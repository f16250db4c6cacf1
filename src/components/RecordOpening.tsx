import { useTranslation } from 'react-i18next';
import { actionsOutstanding, caseStage, currentPage, isOutcome, recommendedRoutes, reviewDate, type CaseState } from '../../machines';
import { sourceById } from '../../content';
import { formatDate } from '../dates';
import { useContent } from '../useContent';
import { useActionWords } from './actionText';
import { SummaryRows } from './govuk';

/** The printed record opens with the decision (issue 12): the outcome, its routes, the review date and what is still to do. */
export function RecordOpening({ state }: { state: CaseState }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const words = useActionWords();
  const page = currentPage(state);
  const review = reviewDate(state);
  const outstanding = actionsOutstanding(state);
  const rows: [string, React.ReactNode][] = [
    [isOutcome(page) ? t('record.outcome') : t('record.stands'), isOutcome(page) ? content.heading(page) : t(`overview.stages.${caseStage(state)}`)],
    [t('record.routes'), recommendedRoutes(state).map(({ route }) => content.route(route).name).join('; ') || t('routes.none')],
    [t('record.review'), review ? formatDate(review, i18n.language) : t('outcome.panelNoReview')],
    [
      t('record.outstanding'),
      outstanding.length === 0 ? (
        t('record.noneOutstanding')
      ) : (
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
          {outstanding.map((ref) => (
            <li key={ref}>{words(ref).text}</li>
          ))}
        </ul>
      ),
    ],
  ];
  return (
    <section aria-labelledby="decision-heading" data-section="record-opening">
      <h2 className="govuk-heading-m" id="decision-heading">
        {t('record.decisionHeading')}
      </h2>
      <SummaryRows rows={rows} />
    </section>
  );
}

/** Every source the printed page cites, numbered, with its address as text: shown in print only. */
export function PrintedSources({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const cited = [...new Set(ids)].flatMap((id) => {
    const source = sourceById(id);
    return source ? [source] : [];
  });
  if (cited.length === 0) return null;
  return (
    <section className="app-print-only" aria-labelledby="printed-sources-heading" data-list="printed-sources">
      <h2 className="govuk-heading-m" id="printed-sources-heading">
        {t('record.sourcesHeading')}
      </h2>
      <ol className="govuk-list govuk-list--number">
        {cited.map((source) => (
          <li key={source.id}>
            {t(`sources:${source.id}`, { defaultValue: source.title })} ({source.id}): {source.url}
          </li>
        ))}
      </ol>
    </section>
  );
}
