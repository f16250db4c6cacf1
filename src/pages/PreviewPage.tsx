import { useTranslation } from 'react-i18next';
import { isOutcome, STEP_ANSWERS, type AnswerId, type PageId } from '../../machines';
import { Blocks, Sources } from '../components/Blocks';
import { Disclaimer } from '../components/RoutesList';
import { NotificationBanner } from '../components/govuk';
import { useContent } from '../useContent';

/**
 * A page of the pathway for training: its question, answers and guidance, or an outcome's
 * actions, with no case behind it and nothing recorded. A link may name the page (a step
 * id), never an answer.
 */
export function PreviewPage({ page, onStart }: { page: PageId; onStart: () => void }) {
  const { t } = useTranslation();
  const content = useContent();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NotificationBanner id="preview-title" title={t('preview.title')} data-preview={page}>
          <p className="govuk-body">{t('preview.body')}</p>
        </NotificationBanner>
        {isOutcome(page) ? (
          <>
            <h1 className="govuk-heading-xl" tabIndex={-1}>
              {content.outcome(page).heading}
            </h1>
            <Blocks blocks={content.outcome(page).summary} />
            <h2 className="govuk-heading-m">{t('outcome.actions')}</h2>
            <ul className="govuk-list govuk-list--bullet">
              {content.outcome(page).actions.map((action) => (
                <li key={action.text}>
                  {action.text} ({action.who})
                  <Sources ids={action.sources} />
                </li>
              ))}
            </ul>
            <h2 className="govuk-heading-m">{t('outcome.involve')}</h2>
            <Blocks blocks={content.outcome(page).involve} />
            <h2 className="govuk-heading-m">{t('outcome.record')}</h2>
            <Blocks blocks={content.outcome(page).record} />
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l" tabIndex={-1}>
              {content.step(page).heading}
            </h1>
            {content.step(page).hint && <p className="govuk-hint">{content.step(page).hint}</p>}
            <h2 className="govuk-heading-m">{t('preview.answers')}</h2>
            <ul className="govuk-list govuk-list--bullet" data-list="preview-answers">
              {(STEP_ANSWERS[page] as readonly AnswerId[]).map((answer) => (
                <li key={answer} data-answer={answer}>
                  {content.step(page).options[answer]?.label}
                </li>
              ))}
            </ul>
            <h2 className="govuk-heading-m">{t('guidance.why')}</h2>
            <p className="govuk-body">{content.step(page).why}</p>
            <h2 className="govuk-heading-m">{t('guidance.heading')}</h2>
            <Blocks blocks={content.step(page).guidance} />
          </>
        )}
        <Disclaimer />
        <button type="button" className="govuk-button" data-action="preview-start" onClick={onStart}>
          {t('preview.start')}
        </button>
      </div>
    </div>
  );
}
