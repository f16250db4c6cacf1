/**
 * The map in words (issue 14, point 1), from the same chart: every page, each answer and where it
 * leads, the rule where one decides, the global events available, and the returns. For screen
 * readers and for handouts; each item carries the map's own key (`data-text-transition`).
 */
import { useTranslation } from 'react-i18next';
import { isOutcomeId, type PageId } from '../../machines/ids';
import { useContent } from '../useContent';
import { returnKey, transitionKey } from './chartGraph';
import { CHART } from './PathwayMap';

export function MapText({ onShow }: { onShow: (page: PageId) => void }) {
  const { t } = useTranslation('trainer');
  const content = useContent();
  return (
    <section className="map-text" aria-labelledby="map-text-heading" id="map-text">
      <h2 className="govuk-heading-l" id="map-text-heading" tabIndex={-1}>
        {t('text.heading')}
      </h2>
      <p className="govuk-body">{t('text.intro')}</p>
      {CHART.pages.map((page) => {
        const edges = CHART.answers.filter((edge) => edge.from === page.id);
        const returns = CHART.returns.filter((edge) => edge.from === page.id);
        const events = page.events.filter((event) => event !== 'back');
        return (
          <div key={page.id} className="map-text__page" data-text-state={page.id}>
            <h3 className="govuk-heading-s" id={`text-${page.id}`}>
              {content.heading(page.id)}
            </h3>
            {isOutcomeId(page.id) && <p className="govuk-body">{t('text.outcome')}</p>}
            {(edges.length > 0 || returns.length > 0) && (
              <ul className="govuk-list govuk-list--bullet">
                {edges.flatMap((edge) =>
                  edge.answers.map((answer) => (
                    <li key={`${edge.id}:${answer}`} data-text-transition={transitionKey(edge.from, answer, edge.to)}>
                      {t('text.leadsTo', {
                        answers: content.step(edge.from).options[answer]?.label ?? answer,
                        target: content.heading(edge.to),
                      })}
                      {edge.conditions.map((condition) => (
                        <span key={condition} className="map-text__rule">
                          {' '}
                          {t('map.onlyWhen', { rule: t(`rules.${condition}`) })}
                        </span>
                      ))}
                      {edge.otherwise && <span className="map-text__rule"> {t('map.otherwise')}</span>}
                    </li>
                  )),
                )}
                {returns.map((edge) => (
                  <li key={edge.id} data-text-transition={returnKey(edge.from, edge.answer)}>
                    {t('text.returns', { answer: content.step(edge.from).options[edge.answer]?.label ?? edge.answer, count: edge.pages })}
                  </li>
                ))}
              </ul>
            )}
            {events.length > 0 && (
              <p className="govuk-body-s">
                {t('events.availableHere')} {events.map((event) => t(`events.${event}.name`)).join('; ')}
              </p>
            )}
            <p className="govuk-body-s app-no-print">
              <a
                className="govuk-link"
                href={`#/map/${page.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onShow(page.id);
                }}
              >
                {t('map.showOnMap')}
                <span className="govuk-visually-hidden">: {content.heading(page.id)}</span>
              </a>
            </p>
          </div>
        );
      })}
    </section>
  );
}
