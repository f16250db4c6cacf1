import { useTranslation } from 'react-i18next';
import { globalActionsOffered, pageKind, raisedFlags, type CaseState, type GlobalEventId } from '../../machines';

type RaisedEvent = Exclude<GlobalEventId, 'back'>;

/**
 * The global actions the contract makes available on this page, and only those, less a flag
 * already raised: the machine says which (globalActionsOffered); the component never decides it.
 */
export function GlobalActions({ state, onEvent }: { state: CaseState; onEvent: (event: RaisedEvent) => void }) {
  const { t } = useTranslation();
  // The emergency control sits in the case bar at the top of every case page (CaseTools), apart from the exit.
  const shown = globalActionsOffered(state).filter((event) => event !== 'emergency');
  const raised = raisedFlags(state);
  const onOutcome = pageKind(state) === 'outcome';
  if (shown.length === 0 && raised.length === 0) return null;
  return (
    <aside className="app-global-actions" aria-labelledby="global-actions-heading">
      <h2 className="govuk-heading-s" id="global-actions-heading">
        {t('actions.heading')}
      </h2>
      {raised.map((flag) => (
        <p className="govuk-body" data-flag={flag} key={flag}>
          {t(`actions.${flag}Recorded`)}
        </p>
      ))}
      <div className="govuk-button-group">
        {shown.map((event) => (
            <button
              key={event}
              type="button"
              className="govuk-button govuk-button--secondary"
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
