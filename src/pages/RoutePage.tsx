import { useTranslation } from 'react-i18next';
import { recommendedRoutes, type CaseState, type RouteId } from '../../machines';
import { ROUTE_PARTS } from '../../content';
import { BackLink } from '../components/BackLink';
import { Blocks, Sources } from '../components/Blocks';
import { Disclaimer } from '../components/RoutesList';
import { useContent } from '../useContent';

/**
 * One route's legal detail on a page of its own (issue 12): what it allows, its test, who can use
 * it, how, timescales, limits and evidence, every part open; with a case, why it is shown for this
 * case. Without one it is a training preview (`#/route/<id>`).
 */
export function RoutePage({ route, state, onBack }: { route: RouteId; state: CaseState | null; onBack: () => void }) {
  const { t } = useTranslation();
  const content = useContent();
  const body = content.route(route);
  const rules = state ? (recommendedRoutes(state).find((recommended) => recommended.route === route)?.rules ?? []) : [];
  return (
    <div className="govuk-grid-row" data-route={route}>
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onBack}>{state ? t('routes.backToOutcome') : t('preview.start')}</BackLink>
        <span className="govuk-caption-l">{t('routes.pageCaption')}</span>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {body.name}
        </h1>
        <p className="govuk-body-l">{body.summary}</p>
        {rules.length > 0 && (
          <div className="govuk-inset-text">
            <h2 className="govuk-heading-s">{t('routes.whyThisCase')}</h2>
            {rules.map((rule) => (
              <div key={rule} data-rule={rule}>
                <p className="govuk-body">{content.rule(rule).text}</p>
                <Sources ids={content.rule(rule).sources} />
              </div>
            ))}
          </div>
        )}
        {ROUTE_PARTS.map((part) => (
          <section key={part} data-route-part={part}>
            <h2 className="govuk-heading-m">{t(`routes.parts.${part}`)}</h2>
            <Blocks blocks={body[part]} />
          </section>
        ))}
        <Disclaimer />
      </div>
    </div>
  );
}
