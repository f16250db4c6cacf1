import { useTranslation } from 'react-i18next';
import { recommendedRoutes, type CaseState } from '../../machines';
import { ROUTE_PARTS } from '../../content';
import { useContent } from '../useContent';
import { Blocks, Sources } from './Blocks';

/** The routes recommended so far, each with the rule that recommended it and its legal detail. */
export function RoutesList({ state, headingLevel = 2 }: { state: CaseState; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const content = useContent();
  const routes = recommendedRoutes(state);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const PartHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section aria-labelledby="routes-heading" data-routes={routes.map((r) => r.route).join(' ')}>
      <Heading className="govuk-heading-m" id="routes-heading">
        {t('routes.heading')}
      </Heading>
      {routes.length === 0 ? (
        <p className="govuk-body" data-routes-none="">
          {t('routes.none')}
        </p>
      ) : (
        routes.map(({ route, rules }) => {
          const body = content.route(route);
          return (
            <div className="app-route" key={route} data-route={route}>
              <Heading className="govuk-heading-s">{body.name}</Heading>
              <p className="govuk-body">{body.summary}</p>
              <div className="govuk-inset-text">
                <p className="govuk-body govuk-!-font-weight-bold">{t('routes.why')}</p>
                {rules.map((rule) => {
                  const ruleContent = content.rule(rule);
                  return (
                    <div key={rule} data-rule={rule}>
                      <p className="govuk-body">{ruleContent.text}</p>
                      <Sources ids={ruleContent.sources} />
                    </div>
                  );
                })}
              </div>
              <PartHeading className="govuk-heading-s">{t('routes.parts.test')}</PartHeading>
              <Blocks blocks={body.test} />
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">{t('routes.details', { name: body.name })}</span>
                </summary>
                <div className="govuk-details__text">
                  {ROUTE_PARTS.filter((part) => part !== 'test').map((part) => (
                    <div key={part}>
                      <PartHeading className="govuk-heading-s">{t(`routes.parts.${part}`)}</PartHeading>
                      <Blocks blocks={body[part]} />
                    </div>
                  ))}
                </div>
              </details>
            </div>
          );
        })
      )}
      <Disclaimer />
    </section>
  );
}

/** Said on every page that recommends a route. */
export function Disclaimer() {
  const { t } = useTranslation();
  return (
    <div className="govuk-inset-text" data-disclaimer="">
      {t('disclaimer')}
    </div>
  );
}
