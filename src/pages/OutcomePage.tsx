import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableEvents, currentPage, isOutcome, othersAtRisk, recommendedRoutes, reviewDate, sarToConsider, type CaseState } from '../../machines';
import { ActionsTable } from '../components/ActionsTable';
import { BackLink } from '../components/BackLink';
import { Blocks } from '../components/Blocks';
import { CaseSummary } from '../components/CaseSummary';
import { GuidanceFreshness } from '../components/GuidanceFreshness';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { GlobalActions } from '../components/GlobalActions';
import { Disclaimer } from '../components/RoutesList';
import { WarningText } from '../components/govuk';
import type { NewEntry } from '../casefile';
import type { Refusal } from '../refusal';
import type { Route } from '../route';
import { formatDate, localToday } from '../dates';
import { useContent } from '../useContent';

interface Props {
  state: CaseState;
  onEvent: (entry: NewEntry) => Refusal | null;
  onCheckAnswers: () => void;
  onNavigate: (route: Route) => void;
  today?: string;
}

/** How many route names the decision panel names before "and N more". */
const PANEL_ROUTES = 3;

/**
 * Where a run of the pathway ends: never the case. The decision comes first (issue 12): a panel
 * with the outcome, the routes that apply and the review date, above the fold on a phone; each
 * route's legal detail has a page of its own.
 */
export function OutcomePage({ state, onEvent, onCheckAnswers, onNavigate, today = localToday() }: Props) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const page = currentPage(state);
  const set = reviewDate(state);
  const outcome = isOutcome(page) ? content.outcome(page) : null;
  const routes = recommendedRoutes(state);
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (!isOutcome(page) || !outcome) return null;

  function raise(entry: NewEntry) {
    const refused = onEvent(entry);
    if (refused) setErrors([{ href: '#main-content', text: t(refused) }]);
  }
  const routeLink = (route: (typeof routes)[number]['route']) => (
    <a
      className="govuk-link"
      href={`#/route/${route}`}
      data-route-link={route}
      onClick={(event) => {
        event.preventDefault();
        onNavigate({ view: 'route', route });
      }}
    >
      {content.route(route).name}
    </a>
  );

  return (
    <>
      {availableEvents(state).includes('back') && (
        <BackLink data-event="back" onClick={() => raise({ kind: 'back' })}>
          {t('nav.back')}
        </BackLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <div className="app-decision" data-decision="">
            <span className="govuk-caption-m">{t('outcome.caption')}</span>
            <h1 className="govuk-heading-l govuk-!-margin-bottom-3" tabIndex={-1}>
              {outcome.heading}
            </h1>
            <p className="govuk-body govuk-!-margin-bottom-1 govuk-!-font-weight-bold">{routes.length > 0 ? t('outcome.panelRoutes') : t('outcome.panelNoRoutes')}</p>
            {routes.length > 0 && (
              <ul className="govuk-list govuk-!-margin-bottom-2" data-panel-routes="">
                {routes.slice(0, PANEL_ROUTES).map(({ route }) => (
                  <li key={route} data-route={route}>
                    {routeLink(route)}
                  </li>
                ))}
                {routes.length > PANEL_ROUTES && <li data-more-routes={routes.length - PANEL_ROUTES}>{t('routes.andMore', { count: routes.length - PANEL_ROUTES })}</li>}
              </ul>
            )}
            <p className="govuk-body govuk-!-margin-bottom-0" data-review-date={set ?? ''}>
              {set ? t('outcome.panelReview', { date: formatDate(set, i18n.language) }) : t('outcome.panelNoReview')}{' '}
              <a
                className="govuk-link app-no-print"
                href="#/review-date"
                data-action="review-date"
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate({ view: 'review-date' });
                }}
              >
                {t('outcome.changeReview')}
              </a>
            </p>
          </div>
          <Disclaimer />
          <h2 className="govuk-heading-m">{t('outcome.actions')}</h2>
          <ActionsTable state={state} onAppend={onEvent} />
          <Blocks blocks={outcome.summary} />
          <GuidanceFreshness today={today} />
          <div className="govuk-inset-text" data-continues="">
            {t('outcome.protectionContinues')}
          </div>
          {routes.length > PANEL_ROUTES && (
            <>
              <h2 className="govuk-heading-m">{t('routes.heading')}</h2>
              <ul className="govuk-list govuk-list--bullet" data-list="all-routes">
                {routes.map(({ route }, index) => (
                  // The first routes carry data-route in the panel above; each route is marked once.
                  <li key={route} {...(index >= PANEL_ROUTES ? { 'data-route': route } : {})}>
                    {routeLink(route)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {othersAtRisk(state) && (
            <WarningText data-referral="others-at-risk">{t('outcome.othersAtRisk')}</WarningText>
          )}
          <h2 className="govuk-heading-m">{t('outcome.involve')}</h2>
          <Blocks blocks={outcome.involve} />
          <h2 className="govuk-heading-m">{t('outcome.record')}</h2>
          <Blocks blocks={outcome.record} />
          {outcome.guidance && <Blocks blocks={outcome.guidance} />}
          <h2 className="govuk-heading-m">{t('outcome.sarHeading')}</h2>
          <p className="govuk-body" data-sar={sarToConsider(state) ? 'to-consider' : 'not-raised'}>
            {sarToConsider(state) ? t('outcome.sarToConsider') : t('outcome.sarNotRaised')}
          </p>
          <CaseSummary state={state} />
          <GlobalActions state={state} onEvent={(event) => raise({ kind: 'event', event })} />
          <p className="govuk-body govuk-!-margin-top-4 app-no-print">
            <button type="button" className="govuk-link app-button-link" data-action="check-answers" onClick={onCheckAnswers}>
              {t('check.link')}
            </button>
          </p>
        </div>
      </div>
    </>
  );
}
