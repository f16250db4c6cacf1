import { useTranslation } from 'react-i18next';
import { contentVersion, contentDate, sources, unconfirmed } from '../../content';
import { PATHWAY_VERSION } from '../../machines';
import { Blocks, Sources, type Block } from '../components/Blocks';

interface AboutContent {
  heading: string;
  intro: Block[];
  basis: Block[];
  reconstruction: Block[];
  disclaimer: Block[];
  versionLabel: string;
  sourcesHeading: string;
  unconfirmedHeading: string;
  unconfirmedIntro?: string;
}

/** What the pathway rests on, plainly a reconstruction, with every source and what is unconfirmed. */
export function AboutPage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const lookup = t as unknown as (key: string, options: { ns: string; returnObjects: true }) => unknown;
  const field = <K extends keyof AboutContent>(key: K) => lookup(key, { ns: 'about', returnObjects: true }) as AboutContent[K];
  const about: AboutContent = {
    heading: field('heading'),
    intro: field('intro'),
    basis: field('basis'),
    reconstruction: field('reconstruction'),
    disclaimer: field('disclaimer'),
    versionLabel: field('versionLabel'),
    sourcesHeading: field('sourcesHeading'),
    unconfirmedHeading: field('unconfirmedHeading'),
    unconfirmedIntro: field('unconfirmedIntro'),
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <button type="button" className="govuk-back-link app-button-link" onClick={onBack}>
          {t('nav.back')}
        </button>
        <h1 className="govuk-heading-xl" tabIndex={-1}>
          {about.heading}
        </h1>
        <Blocks blocks={about.intro} />
        <Blocks blocks={about.reconstruction} />
        <Blocks blocks={about.basis} />
        <p className="govuk-body" data-version="">
          {t('aboutPage.version', { label: about.versionLabel, pathway: PATHWAY_VERSION, content: contentVersion, date: contentDate })}
        </p>
        <h2 className="govuk-heading-m">{about.unconfirmedHeading}</h2>
        {about.unconfirmedIntro && <p className="govuk-body">{about.unconfirmedIntro}</p>}
        <ul className="govuk-list govuk-list--bullet" data-list="unconfirmed">
          {unconfirmed.map((fact) => (
            <li key={fact.id} data-unconfirmed-id={fact.id}>
              {t(`unconfirmed:${fact.id}`, { defaultValue: fact.fact })}
              <Sources ids={fact.sources} />
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">{about.sourcesHeading}</h2>
        <table className="govuk-table" data-table="sources">
          <caption className="govuk-visually-hidden">{about.sourcesHeading}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t('aboutPage.source')}</th>
              <th scope="col" className="govuk-table__header">{t('aboutPage.kind')}</th>
              <th scope="col" className="govuk-table__header">{t('aboutPage.checked')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sources.map((source) => (
              <tr className="govuk-table__row" key={source.id} data-source-id={source.id}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={source.url} target="_blank" rel="noopener noreferrer">
                    {t(`sources:${source.id}`, { defaultValue: source.title })}
                    <span className="govuk-visually-hidden"> {t('guidance.opensInNewTab')}</span>
                  </a>{' '}
                  ({source.id})
                </td>
                <td className="govuk-table__cell">{t(`aboutPage.kinds.${source.kind}` as 'aboutPage.version')}</td>
                <td className="govuk-table__cell">{source.lastChecked}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Blocks blocks={about.disclaimer} />
      </div>
    </div>
  );
}
