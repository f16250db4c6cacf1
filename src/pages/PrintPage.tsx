import { useTranslation } from 'react-i18next';
import { chronology, recommendedRoutes, type CaseFile, type CaseState } from '../../machines';
import { ROUTE_PARTS } from '../../content';
import { handoverSummary } from '../casefile';
import { formatDate, formatDateTime } from '../dates';
import { CaseSummary } from '../components/CaseSummary';
import { useAnswerLabel } from '../components/AnswerSummaryList';
import { PrintedSources, RecordOpening } from '../components/RecordOpening';
import { Chronology, usePageName } from '../components/Chronology';
import { Disclaimer, RoutesList } from '../components/RoutesList';
import { useContent } from '../useContent';

function Versions({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="govuk-body-s" data-versions="">
      {t('record.versions', {
        created: formatDateTime(file.createdAt, i18n.language),
        printed: formatDateTime(new Date(), i18n.language),
        pathway: file.pathwayVersion,
        content: file.contentVersion,
      })}
    </p>
  );
}

function PrintControls({ onReturn }: { onReturn: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="govuk-button-group app-no-print">
      <button type="button" className="govuk-button" data-action="print" onClick={() => window.print()}>
        {t('record.print')}
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" data-action="return-to-case" onClick={onReturn}>
        {t('check.return')}
      </button>
    </div>
  );
}

/** The whole case record for printing: summary, routes, and every entry of the log with its fate. */
export function PrintPage({ file, state, onReturn }: { file: CaseFile; state: CaseState; onReturn: () => void }) {
  const { t } = useTranslation();
  const content = useContent();
  // What the routes on the record cite, numbered at the end in print (addresses are not printed inline).
  const citedSources = recommendedRoutes(state).flatMap(({ route, rules }) => [
    ...rules.flatMap((rule) => content.rule(rule).sources),
    ...ROUTE_PARTS.flatMap((part) => content.route(route)[part].flatMap((block) => block.sources)),
  ]);
  return (
    <div className="app-print-page">
      {/* The reference stays out of the heading, which the tab title and history repeat. */}
      <span className="govuk-caption-l" data-reference="">
        {t('record.caseLabel', { reference: file.reference })}
      </span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('record.printHeading')}
      </h1>
      <Versions file={file} />
      <PrintControls onReturn={onReturn} />
      <RecordOpening state={state} />
      <RoutesList state={state} />
      <CaseSummary state={state} />
      <Chronology items={chronology(file.entries)} />
      <Disclaimer />
      <PrintedSources ids={citedSources} />
    </div>
  );
}

/** The handover names at most this many contacts, so that it prints on one A4 page; the record has them all. */
const HANDOVER_CONTACTS = 5;

/** One page for a police or multi-agency referral. */
export function HandoverPage({ file, state, onReturn }: { file: CaseFile; state: CaseState; onReturn: () => void }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const label = useAnswerLabel();
  const pageName = usePageName();
  const summary = handoverSummary(file, state);
  const yesNo = (value: boolean) => (value ? t('contacts.seenAlone_yes') : t('contacts.seenAlone_no'));
  const rows: [string, string, string][] = [
    ['page', t('handover.page'), pageName(summary.currentPage)],
    ['high-risk', t('handover.highRisk'), yesNo(summary.highRisk)],
    ['barrier', t('handover.barrier'), summary.barrier ? label('barrier', summary.barrier) : t('handover.notAnswered')],
    ['third-party', t('handover.thirdParty'), summary.thirdParty ? label('thirdParty', summary.thirdParty) : t('handover.notAnswered')],
    ['risk-indicators', t('handover.riskIndicators'), summary.riskIndicators ? label('riskIndicators', summary.riskIndicators) : t('handover.notAnswered')],
    ['crime-suspected', t('handover.crimeSuspected'), yesNo(summary.crimeSuspected)],
    ['others-at-risk', t('handover.othersAtRisk'), yesNo(summary.othersAtRisk)],
    ['seen-alone', t('handover.seenAlone'), summary.lastSeenAlone ? t('handover.lastSeenAlone', { date: formatDate(summary.lastSeenAlone, i18n.language) }) : t('cases.neverSeenAlone')],
    ['review', t('handover.review'), summary.reviewDate === undefined ? t('cases.noReview') : formatDate(summary.reviewDate, i18n.language)],
  ];
  return (
    <div className="app-print-page" data-page="handover">
      <span className="govuk-caption-l" data-reference="">
        {t('record.caseLabel', { reference: summary.reference })}
      </span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('record.handoverHeading')}
      </h1>
      <Versions file={file} />
      <PrintControls onReturn={onReturn} />
      <dl className="govuk-summary-list">
        {rows.map(([key, name, value]) => (
          <div className="govuk-summary-list__row" key={key} data-handover={key}>
            <dt className="govuk-summary-list__key">{name}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="govuk-heading-m">{t('handover.routes')}</h2>
      {summary.routes.length === 0 ? (
        <p className="govuk-body">{t('routes.none')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {summary.routes.map(({ route, rules }) => (
            <li key={route} data-route={route}>
              <strong>{content.route(route).name}</strong>: {rules.map((rule) => content.rule(rule).text).join(' ')}
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">{t('handover.contacts')}</h2>
      {summary.contacts.length === 0 ? (
        <p className="govuk-body">{t('contacts.none')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" data-list="handover-contacts">
          {summary.contacts.slice(0, HANDOVER_CONTACTS).map((contact, index) => (
            <li key={index}>
              {t(contact.seenAlone ? 'record.entry.contactAlone' : 'record.entry.contactNotAlone', {
                date: formatDate(contact.date, i18n.language),
                place: contact.place,
                present: contact.present || t('contacts.nobodyRecorded'),
              })}
              {contact.words && (
                <>
                  {' '}
                  <q data-user-text="">{contact.words}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {summary.contacts.length > HANDOVER_CONTACTS && (
        <p className="govuk-body" data-more-contacts={summary.contacts.length - HANDOVER_CONTACTS}>
          {t('handover.moreContacts', { count: summary.contacts.length - HANDOVER_CONTACTS })}
        </p>
      )}
      <Disclaimer />
    </div>
  );
}
