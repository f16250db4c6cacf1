/**
 * The manager's overview (issue 15, point 4): one table over the review copies and the cases on this
 * device, drawn from their kept summaries; filter by flag, sort, the escalation ladder with its
 * timescales and the cases at each level, a CSV export for audit, and importing cases for review.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_STEP_IDS } from '../../machines';
import { FLAG_IDS, type FlagId } from '../../machines/flags';
import type { Route } from '../route';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { RouteLink } from '../components/RouteLink';
import { NotificationBanner } from '../components/govuk';
import { Table } from '../components/Table';
import { useRecordText } from '../components/recordMessage';
import { localToday } from '../dates';
import { downloadText } from '../download';
import { currentLocalValues } from '../teamSettings';
import { useReadyNamespaces } from '../useReadyNamespaces';
import { toCsv } from './csv';
import { CSV_COLUMNS, casesByLevel, csvCells, flagCounts, isFlagId, isSortId, shownRows, SORTS, type OverviewRow, type SortId } from './overview';
import { importForReview } from './reviewStore';
import { useTeamCases } from './useTeamCases';
import { useManagerWords } from './words';
import { ManagerLinks } from './ManagerLinks';

interface Props {
  readonly onNavigate: (route: Route) => void;
}

export function TeamOverviewPage({ onNavigate }: Props) {
  useReadyNamespaces(['manager']);
  const { t } = useTranslation('manager');
  const ui = useTranslation('ui').t;
  const words = useManagerWords();
  const recordText = useRecordText();
  const [version, setVersion] = useState(0);
  const { rows, failed } = useTeamCases(version);
  const [flag, setFlag] = useState<FlagId | ''>('');
  const [sort, setSort] = useState<SortId>('flags');
  const [applied, setApplied] = useState<{ flag: FlagId | ''; sort: SortId }>({ flag: '', sort: 'flags' });
  const [files, setFiles] = useState<File[]>([]);
  const [importErrors, setImportErrors] = useState<FieldError[]>([]);
  const [imported, setImported] = useState<string[]>([]);
  const values = currentLocalValues();
  const today = localToday();

  async function submitImport(event: FormEvent) {
    event.preventDefault();
    setImported([]);
    if (files.length === 0) {
      setImportErrors([{ href: '#review-files', text: t('overview.importNone') }]);
      return;
    }
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text().catch(() => '') })));
    try {
      const results = await importForReview(read, values.thresholds, { expiryDays: values.reviewCopyDays });
      const done = results.filter((result) => result.ok);
      setImportErrors(
        results.flatMap((result) => {
          if (result.ok) return [];
          const text =
            result.problem === 'file'
              ? t('overview.importFailed', { name: result.name, problem: recordText(result.error.message) })
              : result.problem === 'conflict'
                ? t('overview.importConflict', { name: result.name, reference: result.reference })
                : t('overview.importNotKept', { name: result.name });
          return [{ href: '#review-files', text }];
        }),
      );
      setImported([
        ...(done.length > 0 ? [t('overview.imported', { count: done.length })] : []),
        ...done.flatMap((result) =>
          result.kept === 'added' ? [t('overview.added', { reference: result.reference, count: result.added })] : result.kept === 'unchanged' ? [t('overview.unchanged', { reference: result.reference })] : [],
        ),
      ]);
    } catch {
      // The review copies' database could not be opened at all: no file was kept.
      setImportErrors([{ href: '#review-files', text: t('overview.storeFailed') }]);
    }
    setVersion((n) => n + 1);
  }

  const shown = rows === undefined ? [] : shownRows(rows, { ...(applied.flag === '' ? {} : { flag: applied.flag }), sort: applied.sort });
  const counts = flagCounts(rows ?? []);
  const levels = casesByLevel(rows ?? []);
  const reviewLink = (row: OverviewRow) => (
    <RouteLink href={`#/case-review/${row.summary.caseId}`} data-action="review-case" onFollow={() => onNavigate({ view: 'case-review', caseId: row.summary.caseId })}>
      <span data-user-text="">{row.summary.reference}</span>
    </RouteLink>
  );

  function exportCsv() {
    const heading = (column: (typeof CSV_COLUMNS)[number]) => t(`csv.${column}`);
    // Every case, in the order chosen: an audit file never depends on the filter left on the screen.
    const all = shownRows(rows ?? [], { sort: applied.sort });
    const text = toCsv([CSV_COLUMNS.map(heading), ...all.map((row) => CSV_COLUMNS.map((column) => csvCells(row, today)[column]))]);
    downloadText(`team-overview-${today}.csv`, text, 'text/csv');
  }

  return (
    <div className="app-manager">
      <ManagerLinks current="team-overview" onNavigate={onNavigate} />
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('overview.heading')}
      </h1>
      <p className="govuk-body">{t('overview.lead')}</p>
      <p className="govuk-body" data-team-settings={values.team ? 'team' : 'examples'}>
        {values.team ? t('overview.settingsTeam', { team: values.team.name, date: words.date(values.team.setOn) }) : t('overview.settingsExample')}{' '}
        <RouteLink href="#/team-settings" onFollow={() => onNavigate({ view: 'team-settings' })}>
          {t('overview.settingsLink')}
        </RouteLink>
      </p>

      {imported.length > 0 && (
        <NotificationBanner id="imported-title" title={t('success')} success role="alert" data-notice="imported">
          {imported.map((line) => (
            <p className="govuk-body" key={line}>
              {line}
            </p>
          ))}
        </NotificationBanner>
      )}
      <ErrorSummary errors={importErrors} />

      {failed && (
        <p className="govuk-error-message" role="alert" data-read-failed="">
          {t('overview.readFailed')}
        </p>
      )}
      {rows === undefined && <p className="govuk-body" role="status">{t('overview.loading')}</p>}
      {rows !== undefined && rows.length === 0 && !failed && <p className="govuk-body" data-empty="">{t('overview.empty')}</p>}
      {rows !== undefined && rows.length > 0 && (
        <>
          <form
            className="app-manager__filter app-no-print"
            data-form="overview-filter"
            onSubmit={(event) => {
              event.preventDefault();
              setApplied({ flag, sort });
            }}
          >
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="overview-flag">
                {t('overview.filterLabel')}
              </label>
              <select className="govuk-select" id="overview-flag" value={flag} onChange={(event) => setFlag(isFlagId(event.target.value) ? event.target.value : '')}>
                <option value="">{t('overview.filterAll')}</option>
                {FLAG_IDS.map((id) => (
                  <option value={id} key={id}>
                    {t('overview.filterFlag', { flag: t(`flagNames.${id}`), count: counts[id] })}
                  </option>
                ))}
              </select>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="overview-sort">
                {t('overview.sortLabel')}
              </label>
              <select className="govuk-select" id="overview-sort" value={sort} onChange={(event) => isSortId(event.target.value) && setSort(event.target.value)}>
                {SORTS.map((id) => (
                  <option value={id} key={id}>
                    {t(`overview.sort.${id}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" data-action="apply-filter">
              {t('overview.apply')}
            </button>
          </form>
          <p className="govuk-body" role="status" data-shown={shown.length}>
            {t('overview.showing', { shown: shown.length, count: rows.length })}
          </p>
          <Table
            name="team-overview"
            caption={t('overview.caption')}
            stackOnPhone
            head={(['reference', 'heldBy', 'stage', 'seenAlone', 'escalation', 'review', 'actions', 'flags', 'source'] as const).map((column) => t(`overview.columns.${column}`))}
            rows={shown.map((row) => ({
              key: row.summary.caseId,
              data: { 'data-case': row.summary.reference, 'data-flags': row.summary.flags.map((raised) => raised.id).join(' ') },
              cells: [
                reviewLink(row),
                row.summary.heldBy === undefined ? t('overview.heldByNone') : <span data-user-text="">{row.summary.heldBy}</span>,
                ui(`overview.stages.${row.summary.stage}`),
                words.seenAlone(row.summary, today),
                words.escalation(row.summary),
                words.review(row.summary),
                row.summary.outstandingActions,
                row.summary.flags.length === 0 ? (
                  t('overview.noFlags')
                ) : (
                  <ul className="govuk-list app-flag-list">
                    {row.summary.flags.map((raised) => (
                      <li key={raised.id} data-flag={raised.id}>
                        <strong className="govuk-tag govuk-tag--red">{words.flagName(raised)}</strong> <span className="govuk-body-s">{words.flagReason(raised)}</span>
                      </li>
                    ))}
                  </ul>
                ),
                row.source.kind === 'review' ? t('overview.source.review', { date: words.date(row.source.expiresAt.slice(0, 10)) }) : t('overview.source.device'),
              ],
            }))}
          />
          <div className="app-no-print">
            <button type="button" className="govuk-button govuk-button--secondary" data-action="export-csv" onClick={exportCsv}>
              {t('overview.exportCsv')}
            </button>
            <p className="govuk-hint">{t('overview.csvHint')}</p>
          </div>

          <h2 className="govuk-heading-m">{t('overview.ladderHeading')}</h2>
          <p className="govuk-body">{t('overview.ladderIntro')}</p>
          <ol className="govuk-list app-ladder" data-section="ladder">
            {ESCALATION_STEP_IDS.map((level) => {
              const days = values.escalationDays[level];
              return (
                <li key={level} data-level={level} className="app-ladder__level">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t(`overview.levels.${level}`)}</h3>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">{days === undefined ? t('overview.ladderNoTimescale') : t('overview.ladderTimescale', { count: days })}</p>
                  {levels[level].length === 0 ? (
                    <p className="govuk-body-s">{t('overview.ladderNone')}</p>
                  ) : (
                    <ul className="govuk-list govuk-list--bullet">
                      {levels[level].map((row) => (
                        <li key={row.summary.caseId} data-case={row.summary.reference}>
                          {reviewLink(row)}: {words.escalation(row.summary)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}

      <h2 className="govuk-heading-m" id="import-review-heading">
        {t('overview.importHeading')}
      </h2>
      <form noValidate onSubmit={submitImport} data-form="import-review" className="app-no-print">
        <div className={`govuk-form-group${importErrors.length > 0 ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="review-files">
            {t('overview.importLabel')}
          </label>
          <div className="govuk-hint" id="review-files-hint">
            {t('overview.importHint', { days: values.reviewCopyDays })}
          </div>
          {importErrors.map((error, index) => (
            <p className="govuk-error-message" id={`review-files-error-${index}`} key={`${index}:${error.text}`} data-import-error="">
              <span className="govuk-visually-hidden">{ui('errors.prefix')}</span> {error.text}
            </p>
          ))}
          <input
            className={`govuk-file-upload${importErrors.length > 0 ? ' govuk-file-upload--error' : ''}`}
            id="review-files"
            type="file"
            multiple
            accept="application/json,.json"
            aria-describedby={['review-files-hint', ...importErrors.map((_, index) => `review-files-error-${index}`)].join(' ')}
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
        </div>
        <button type="submit" className="govuk-button" data-action="import-review">
          {t('overview.importButton')}
        </button>
      </form>
      <div className="govuk-inset-text" data-disclaimer="">
        {ui('disclaimer')}
      </div>
    </div>
  );
}
