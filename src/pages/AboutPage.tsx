import { useTranslation } from 'react-i18next';
import { changelog, contentVersion, contentDate, guidanceReviewed, localSettings, sources, unconfirmed } from '../../content';
import { OUTCOME_IDS, PATHWAY_VERSION, STEP_IDS, type PageId } from '../../machines';
import { BackLink } from '../components/BackLink';
import { GuidanceFreshness } from '../components/GuidanceFreshness';
import { Blocks, Sources, Unconfirmed } from '../components/Blocks';
import { Table } from '../components/Table';
import { formatDate } from '../dates';
import { useContent } from '../useContent';
import { useReadyNamespaces } from '../useReadyNamespaces';

const placeholderNames: readonly string[] = localSettings.placeholders;
const pathwayRelease = changelog.pathway.find((release) => release.version === PATHWAY_VERSION);
const contentRelease = changelog.content.find((release) => release.version === contentVersion);

/** What the pathway rests on, plainly a reconstruction, with every source and what is unconfirmed. */
export function AboutPage({ onBack, onPreview }: { onBack: () => void; onPreview: (page: PageId) => void }) {
  const { t, i18n } = useTranslation();
  // The trainer's view is linked in its own words (a small lazy namespace), not the practitioner's.
  useReadyNamespaces(['trainer']);
  const { t: trainer } = useTranslation('trainer');
  const content = useContent();
  const about = {
    heading: content.about('heading'),
    intro: content.about('intro'),
    basis: content.about('basis'),
    reconstruction: content.about('reconstruction'),
    disclaimer: content.about('disclaimer'),
    versionLabel: content.about('versionLabel'),
    sourcesHeading: content.about('sourcesHeading'),
    sourcesIntro: content.about('sourcesIntro'),
    sourceFromBrief: content.about('sourceFromBrief'),
    sourceAdded: content.about('sourceAdded'),
    unconfirmedHeading: content.about('unconfirmedHeading'),
    unconfirmedIntro: content.about('unconfirmedIntro'),
    localSettingsHeading: content.about('localSettingsHeading'),
    localSettingsIntro: content.about('localSettingsIntro'),
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onBack}>{t('nav.back')}</BackLink>
        <h1 className="govuk-heading-xl" tabIndex={-1}>
          {about.heading}
        </h1>
        <Blocks blocks={about.intro} />
        <Blocks blocks={about.reconstruction} />
        <Blocks blocks={about.basis} />
        <p className="govuk-body" data-version="">
          {t('aboutPage.version', { label: about.versionLabel, pathway: PATHWAY_VERSION, content: contentVersion, date: formatDate(contentDate, i18n.language) })}
        </p>
        <p className="govuk-body" data-guidance-reviewed={guidanceReviewed?.date ?? ''}>
          {guidanceReviewed
            ? t('aboutPage.reviewed', { date: formatDate(guidanceReviewed.date, i18n.language), by: guidanceReviewed.by })
            : t('aboutPage.notReviewed')}
        </p>
        <GuidanceFreshness withDate={false} />
        <p className="govuk-body app-no-print">
          {/* Replaces the address, as the app's own navigation does: the app keeps one history entry. */}
          <a className="govuk-link" href="#/safety" data-link="safety" onClick={(event) => { event.preventDefault(); window.location.replace('#/safety'); }}>
            {t('aboutLink', { ns: 'safety' })}
          </a>
        </p>
        <section aria-labelledby="what-changed-heading" data-section="what-changed">
          <h2 className="govuk-heading-m" id="what-changed-heading">
            {t('aboutPage.whatChanged')}
          </h2>
          {[
            pathwayRelease && { key: 'pathway' as const, heading: t('aboutPage.pathwayRelease', { version: pathwayRelease.version, date: formatDate(pathwayRelease.date, i18n.language) }), release: pathwayRelease },
            contentRelease && { key: 'content' as const, heading: t('aboutPage.contentRelease', { version: contentRelease.version, date: formatDate(contentRelease.date, i18n.language) }), release: contentRelease },
          ].map(
            (part) =>
              part && (
                <div key={part.key} data-release={part.key}>
                  <h3 className="govuk-heading-s">{part.heading}</h3>
                  <p className="govuk-body">{content.release(part.key, part.release.version).summary}</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {content.release(part.key, part.release.version).changes.map((change) => (
                      <li key={change}>{change}</li>
                    ))}
                  </ul>
                </div>
              ),
          )}
        </section>
        <h2 className="govuk-heading-m">{about.unconfirmedHeading}</h2>
        <p className="govuk-body">{about.unconfirmedIntro}</p>
        <ul className="govuk-list govuk-list--bullet" data-list="unconfirmed">
          {unconfirmed.map((fact) => (
            <li key={fact.id} data-unconfirmed-id={fact.id}>
              {t(`unconfirmed:${fact.id}`, { defaultValue: fact.fact })}
              <Sources ids={fact.sources} />
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">{about.localSettingsHeading}</h2>
        <p className="govuk-body">{about.localSettingsIntro}</p>
        <dl className="govuk-summary-list" data-list="local-settings">
          {placeholderNames.map((name) => (
            <div className="govuk-summary-list__row" key={name}>
              <dt className="govuk-summary-list__key">{t(`aboutPage.settings.${name}` as 'aboutPage.source')}</dt>
              <dd className="govuk-summary-list__value">
                <span data-local-setting={name}>{String(localSettings[name as keyof typeof localSettings])}</span>{' '}
                <Unconfirmed ids={['placeholder']} />
              </dd>
            </div>
          ))}
        </dl>
        <h2 className="govuk-heading-m">{about.sourcesHeading}</h2>
        <p className="govuk-body">{about.sourcesIntro}</p>
        <Table
          name="sources"
          caption={about.sourcesHeading}
          captionHidden
          stackOnPhone
          head={[t('aboutPage.source'), t('aboutPage.kind'), t('aboutPage.checked')]}
          rows={sources.map((source) => ({
            key: source.id,
            data: { 'data-source-id': source.id },
            cells: [
              <>
                <a className="govuk-link" href={source.url} target="_blank" rel="noopener noreferrer">
                  {t(`sources:${source.id}`, { defaultValue: source.title })}
                  <span className="govuk-visually-hidden"> {t('guidance.opensInNewTab')}</span>
                </a>{' '}
                ({source.id})
              </>,
              t(`aboutPage.kinds.${source.kind}` as 'aboutPage.version'),
              <span data-checked={source.lastChecked ?? source.from}>
                {source.lastChecked ? formatDate(source.lastChecked, i18n.language) : source.from === 'added' ? about.sourceAdded : about.sourceFromBrief}
              </span>,
            ],
          }))}
        />
        <Blocks blocks={about.disclaimer} />
        <h2 className="govuk-heading-m">{trainer('nav.label')}</h2>
        <ul className="govuk-list" data-list="trainer">
          <li>
            <a className="govuk-link" href="#/map" data-trainer-link="map">
              {trainer('nav.map')}
            </a>
          </li>
          <li>
            <a className="govuk-link" href="#/case-studies" data-trainer-link="case-studies">
              {trainer('nav.library')}
            </a>
          </li>
        </ul>
        <h2 className="govuk-heading-m">{t('preview.pagesHeading')}</h2>
        <p className="govuk-body">{t('preview.pagesIntro')}</p>
        <ul className="govuk-list" data-list="pages">
          {[...STEP_IDS, ...OUTCOME_IDS].map((page) => (
            <li key={page}>
              <a
                className="govuk-link"
                href={`#/preview/${page}`}
                data-preview-link={page}
                onClick={(event) => {
                  event.preventDefault();
                  onPreview(page);
                }}
              >
                {content.heading(page)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
