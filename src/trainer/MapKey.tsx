/** The map's legend and its panel of global events: each event once, with the pages where it is available. */
import { useTranslation } from 'react-i18next';
import { CHART, EventMarker } from './PathwayMap';

const SWATCHES = ['question', 'guidance', 'ladder', 'emergency', 'outcome'] as const;
const LINES = ['answer', 'conditional', 'return', 'onPath', 'onBranch'] as const;
type Line = (typeof LINES)[number];

const LINE_CLASS: Record<Line, string> = {
  answer: '',
  conditional: ' map-edge--conditional',
  return: ' map-edge--return',
  onPath: ' map-edge--on-path',
  onBranch: ' map-edge--on-branch',
};

/** The map's key: every box and line, or only the lines named (the "what if" map shows the two paths). */
export function MapLegend({ only, heading }: { only?: readonly Line[]; heading?: string } = {}) {
  const { t } = useTranslation('trainer');
  const lines = only ?? LINES;
  return (
    <div className="map-legend" data-map-legend={only ? only.join(' ') : ''}>
      {heading ? <h4 className="govuk-heading-s">{heading}</h4> : <h2 className="govuk-heading-m">{t('legend.heading')}</h2>}
      <ul className="govuk-list map-legend__list">
        {!only && SWATCHES.map((role) => (
          <li key={role}>
            <svg className="map-legend__swatch" viewBox="0 0 40 24" aria-hidden="true">
              <g className={`map-node map-node--${role}`}>
                <rect x="1" y="1" width="38" height="22" rx={role === 'outcome' ? 10 : 3} />
              </g>
            </svg>
            {t(`legend.${role}`)}
          </li>
        ))}
        {lines.map((kind) => (
          <li key={kind} data-legend-line={kind}>
            <svg className="map-legend__swatch" viewBox="0 0 40 24" aria-hidden="true">
              <g className={`map-edge${LINE_CLASS[kind]}`}>
                <path d="M2 12 L36 12" markerEnd="url(#map-arrow)" />
              </g>
            </svg>
            {t(`legend.${kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MapEvents() {
  const { t } = useTranslation('trainer');
  return (
    <div className="map-events" data-map-events="">
      <h2 className="govuk-heading-m">{t('events.heading')}</h2>
      <p className="govuk-body">{t('events.intro')}</p>
      <ul className="govuk-list">
        {CHART.events.map(({ event, pages }) => (
          <li key={event} data-global-event={event} data-pages={pages.join(' ')}>
            <svg className="map-legend__swatch" viewBox="0 0 16 16" aria-hidden="true">
              <EventMarker event={event} x={2} y={2} />
            </svg>
            <strong>{t(`events.${event}.name`)}</strong>: {t(`events.${event}.does`)} {t('events.availableOn', { count: pages.length })}
          </li>
        ))}
      </ul>
    </div>
  );
}
