/** The trainer's map page (`<main data-view="map">`, `#/map` or `#/map/<page>`): the map, its key, the global events and the text version. */
import { useTranslation } from 'react-i18next';
import type { PageId } from '../../machines/ids';
import { useContent } from '../useContent';
import { MapEvents, MapLegend } from './MapKey';
import { MapText } from './MapText';
import { PathwayMap } from './PathwayMap';
import { TrainerFrame, type TrainerLink } from './TrainerFrame';
import './trainer.css';

/** Prints one part of the page: the map alone on A3 landscape, or the words alone. */
function printPart(part: 'map' | 'text') {
  const root = document.documentElement;
  root.dataset.printPart = part;
  const done = () => {
    delete root.dataset.printPart;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function MapPage({ focus, onFocus, onNavigate }: { focus?: PageId | undefined; onFocus: (page: PageId) => void; onNavigate: (to: TrainerLink) => void }) {
  const { t } = useTranslation('trainer');
  const content = useContent();
  return (
    <TrainerFrame current="map" onNavigate={onNavigate}>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('map.heading')}
      </h1>
      <p className="govuk-body">{t('map.intro')}</p>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href="#map-text" onClick={(event) => {
          event.preventDefault();
          document.getElementById('map-text-heading')?.focus();
        }}>
          {t('map.skipToText')}
        </a>
      </p>
      {focus && <p className="govuk-body" data-map-focus={focus}>{t('map.centredOn', { heading: content.heading(focus) })}</p>}
      <div className="map-print-part">
        <PathwayMap focus={focus} />
        <div className="map-keys">
          <MapLegend />
          <MapEvents />
        </div>
      </div>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" data-action="print-map" onClick={() => printPart('map')}>
          {t('map.print')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" data-action="print-map-text" onClick={() => printPart('text')}>
          {t('map.printText')}
        </button>
      </div>
      <MapText onShow={(page) => {
        onFocus(page);
        window.scrollTo(0, 0);
      }} />
    </TrainerFrame>
  );
}
