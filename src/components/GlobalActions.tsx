import { useTranslation } from 'react-i18next';
import { availableEvents, flags, pageKind, type CaseState, type GlobalEventId } from '../../machines';

type RaisedEvent = Exclude<GlobalEventId, 'back'>;

/**
 * The global actions the contract makes available on this page, and only those: the
 * machine says which (availableEvents); the component never decides it.
 */
export function GlobalActions({ state, onEvent }: { state: CaseState; onEvent: (event: RaisedEvent) => void }) {
  const { t } = useTranslation();
  const available = availableEvents(state);
  const raised = flags(state);
  const onOutcome = pageKind(state) === 'outcome';
  const shown = (['emergency', 'disagree', 'crimeSuspected', 'referForReview'] as const).filter((event) =>
    available.includes(event),
  );
  if (shown.length === 0 && !raised.crimeSuspected && !raised.referForReview) return null;
  return (
    <aside className="app-global-actions" aria-labelledby="global-actions-heading">
      <h2 className="govuk-heading-s" id="global-actions-heading">
        {t('actions.heading')}
      </h2>
      {raised.crimeSuspected && (
        <p className="govuk-body" data-flag="crimeSuspected">
          {t('actions.crimeSuspectedRecorded')}
        </p>
      )}
      {raised.referForReview && (
        <p className="govuk-body" data-flag="referForReview">
          {t('actions.referForReviewRecorded')}
        </p>
      )}
      <div className="govuk-button-group">
        {shown
          .filter((event) => !(event === 'crimeSuspected' && raised.crimeSuspected))
          .filter((event) => !(event === 'referForReview' && raised.referForReview))
          .map((event) => (
            <button
              key={event}
              type="button"
              className={event === 'emergency' ? 'govuk-button govuk-button--warning' : 'govuk-button govuk-button--secondary'}
              data-module="govuk-button"
              data-event={event}
              onClick={() => onEvent(event)}
            >
              {event === 'disagree' && onOutcome ? t('actions.disagreeOutcome') : t(`actions.${event}`)}
            </button>
          ))}
      </div>
    </aside>
  );
}
