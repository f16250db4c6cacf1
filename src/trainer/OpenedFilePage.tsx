/**
 * A file the trainer opened, played (`#/opened-file/<step>`, `<main data-view="case-study">`):
 * a trainer's own scenario plays in the same player as the library's case studies, "what if"
 * included; an exported case is walked entry by entry with the times, its path lit on the map.
 * A real case's typed words (the adult's words, who was present, places, notes, reasons, comments,
 * the reference and labels) are left out of the page until the trainer chooses to show them.
 * Nothing is stored: the file lives in memory (./openedFile.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStepId, type CaseFile, type ChronologyStatus, type LogEntry } from '../../machines';
import { formatDate, formatDateTime } from '../dates';
import { useAnswerLabel } from '../components/AnswerSummaryList';
import { useActionWords } from '../components/actionText';
import { useContent } from '../useContent';
import { useReadyNamespaces } from '../useReadyNamespaces';
import { Routes, ScenarioPlayer, highlightOf, usePlayerPosition } from './CaseStudyPages';
import { PathwayMap } from './PathwayMap';
import { TrainerFrame, type TrainerLink } from './TrainerFrame';
import { openedFile, type OpenedFile } from './openedFile';
import { useFaultText } from './useFaultText';
import './trainer.css';

/** An entry in words, with nothing anyone typed in it. */
function useEntryWords() {
  const { t, i18n } = useTranslation('trainer');
  const { t: ui } = useTranslation();
  const label = useAnswerLabel();
  const content = useContent();
  const action = useActionWords();
  return (entry: LogEntry): string => {
    switch (entry.kind) {
      case 'answer':
        return t('caseFile.entry.answer', { question: content.heading(entry.step), answer: label(entry.step, entry.value) });
      case 'change':
        return t('caseFile.entry.change', { question: content.heading(entry.step), answer: label(entry.step, entry.value) });
      case 'event':
        return t('caseFile.entry.event', { event: t(`events.${entry.event}.name`) });
      case 'back':
        return t('caseFile.entry.back');
      case 'contact':
        return t(entry.seenAlone ? 'caseFile.entry.contactAlone' : 'caseFile.entry.contactNotAlone', {
          date: formatDate(entry.date, i18n.language),
          time: entry.time === undefined ? '' : ` ${entry.time}`,
          context: entry.corrects === undefined ? undefined : 'correction',
        });
      case 'contactError':
        return t('caseFile.entry.contactError');
      case 'actionDone':
        return t('caseFile.entry.actionDone', { action: action(entry.action).text });
      case 'disagreement':
        return t('caseFile.entry.disagreement', { date: formatDate(entry.decidedOn, i18n.language) });
      case 'note':
        return t(entry.resolves === undefined ? 'caseFile.entry.note' : 'caseFile.entry.noteResolves');
      case 'review':
        return t('caseFile.entry.review', { date: formatDate(entry.date, i18n.language) });
      case 'supervision':
        return t('caseFile.entry.supervision', {
          date: formatDate(entry.date, i18n.language),
          decision: ui(`record.supervisionDecisions.${entry.decision}`),
          nextReview: formatDate(entry.nextReview, i18n.language),
        });
    }
  };
}

type FreeTextField = 'rationale' | 'place' | 'present' | 'words' | 'text' | 'note' | 'decision' | 'madeBy' | 'reason' | 'comment' | 'by';

/** What a person typed into an entry, field by field: the words the trainer may choose to show. */
export function freeTextOf(entry: LogEntry): [FreeTextField, string][] {
  const fields: [FreeTextField, string | undefined][] = [];
  switch (entry.kind) {
    case 'answer':
    case 'change':
      fields.push(['rationale', entry.rationale]);
      break;
    case 'contact':
      fields.push(['place', entry.place], ['present', entry.present], ['words', entry.words]);
      break;
    case 'note':
      fields.push(['text', entry.text]);
      break;
    case 'actionDone':
      fields.push(['note', entry.note]);
      break;
    case 'disagreement':
      fields.push(['decision', entry.decision], ['madeBy', entry.madeBy]);
      break;
    case 'contactError':
      fields.push(['reason', entry.reason]);
      break;
    case 'supervision':
      fields.push(['comment', entry.comment]);
      break;
    default:
      break;
  }
  fields.push(['by', entry.by]);
  return fields.filter((field): field is [FreeTextField, string] => typeof field[1] === 'string' && field[1].trim() !== '');
}

function FreeText({ entry, shown }: { entry: LogEntry; shown: boolean }) {
  const { t } = useTranslation('trainer');
  const fields = freeTextOf(entry);
  if (fields.length === 0) return null;
  if (!shown) return <p className="govuk-body-s" data-free-text-hidden="">{t('caseFile.freeTextHidden', { count: fields.length })}</p>;
  return (
    <dl className="govuk-summary-list" data-free-text-shown="">
      {fields.map(([field, value]) => (
        <div className="govuk-summary-list__row" key={field}>
          <dt className="govuk-summary-list__key">{t(`caseFile.fields.${field}`)}</dt>
          {/* Typed by a person: rendered as text, never as markup (style.md, rule 11); their words, not the app's. */}
          <dd className="govuk-summary-list__value" data-free-text={field} data-user-text="">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function CasePlayer({ opened, step, onStep }: { opened: Extract<OpenedFile, { kind: 'case' }>; step: number | undefined; onStep: (step: number) => void }) {
  const { t, i18n } = useTranslation('trainer');
  const { t: ui } = useTranslation();
  const content = useContent();
  const describe = useEntryWords();
  const [shown, setShown] = useState(false);
  const { walk, file, statuses } = opened;
  const { last, position, page, move } = usePlayerPosition(walk, step, onStep);
  const status: ChronologyStatus | undefined = statuses[position];

  return (
    <>
      <span className="govuk-caption-l">{t('caseFile.caption')}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('caseFile.heading')}
      </h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">{t('caseFile.warningPrefix')}</span>
          {t('caseFile.warning')}
        </strong>
      </div>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--warning" aria-pressed={shown} data-action="show-free-text" onClick={() => setShown((on) => !on)}>
          {shown ? t('caseFile.hideFreeText') : t('caseFile.showFreeText')}
        </button>
      </div>
      <p className="govuk-body" data-free-text-state={shown ? 'shown' : 'hidden'}>
        {shown ? t('caseFile.freeTextIsShown') : t('caseFile.freeTextIsHidden')}
      </p>
      <CaseDetails file={file} shown={shown} entries={last} />
      <div className="case-study__controls app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" data-action="previous" disabled={position === 0} onClick={() => onStep(position - 1)}>
          {t('caseFile.previous')}
        </button>
        <p className="govuk-body govuk-!-font-weight-bold" aria-live="polite" data-position={position}>
          {move ? t('caseFile.entryOf', { current: position + 1, total: last }) : t('caseFile.whereItStands')}: {content.heading(page)}
        </p>
        <button type="button" className="govuk-button" data-action="next" disabled={position === last} onClick={() => onStep(position + 1)}>
          {t('caseFile.next')}
        </button>
      </div>
      <p className="govuk-hint app-no-print">{t('player.keys')}</p>
      <div className="case-study__step" data-case-study-step={page} data-entry-kind={move?.entry.kind ?? ''}>
        {move ? (
          <>
            <h2 className="govuk-heading-m">{t('caseFile.entryHeading', { number: position + 1 })}</h2>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('caseFile.madeAt')}</dt>
                <dd className="govuk-summary-list__value" data-entry-at={move.entry.at}>
                  {formatDateTime(move.entry.at, i18n.language)}
                </dd>
              </div>
              {move.entry.happenedAt !== undefined && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('caseFile.happenedAt')}</dt>
                  <dd className="govuk-summary-list__value">{move.entry.happenedAt.length > 10 ? formatDateTime(move.entry.happenedAt, i18n.language) : formatDate(move.entry.happenedAt, i18n.language)}</dd>
                </div>
              )}
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('caseFile.onPage')}</dt>
                <dd className="govuk-summary-list__value">{content.heading(move.page)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t('caseFile.what')}</dt>
                <dd className="govuk-summary-list__value" data-entry-words="">
                  {describe(move.entry)}
                </dd>
              </div>
              {status && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('caseFile.status')}</dt>
                  <dd className="govuk-summary-list__value" data-entry-status={status}>
                    {ui(`record.statuses.${status}`)}
                  </dd>
                </div>
              )}
            </dl>
            <FreeText entry={move.entry} shown={shown} />
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">{walk.end.kind === 'outcome' ? t('player.outcomeReached') : t('caseFile.stillOpen')}</h2>
            <p className="govuk-body">{content.heading(page)}</p>
            {walk.end.kind === 'outcome' && (
              <>
                <h3 className="govuk-heading-s">{t('player.routes')}</h3>
                <Routes walk={walk} />
              </>
            )}
          </>
        )}
      </div>
      <h2 className="govuk-heading-m">{t('player.pathSoFar')}</h2>
      <PathwayMap compact focus={isStepId(page) || walk.end.kind === 'outcome' ? page : undefined} highlight={highlightOf(walk, position)} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('caseFile.allEntries', { count: last })}</span>
        </summary>
        <ol className="govuk-list govuk-list--number opened-file__entries govuk-details__text">
          {walk.moves.map((entryMove, index) => (
            <li key={index} data-entry={index + 1} aria-current={index === position ? 'step' : undefined}>
              <a
                className="govuk-link"
                href={`#/opened-file/${index}`}
                onClick={(event) => {
                  event.preventDefault();
                  onStep(index);
                }}
              >
                {formatDateTime(entryMove.entry.at, i18n.language)}
              </a>
              : {describe(entryMove.entry)}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

/** The case's own details: typed ones (the reference, who holds it) only when shown. */
function CaseDetails({ file, shown, entries }: { file: CaseFile; shown: boolean; entries: number }) {
  const { t, i18n } = useTranslation('trainer');
  return (
    <dl className="govuk-summary-list" data-case-details="">
      {shown && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('caseFile.reference')}</dt>
          <dd className="govuk-summary-list__value" data-free-text="reference" data-user-text="">
            {file.reference}
          </dd>
        </div>
      )}
      {shown && file.heldBy !== undefined && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('caseFile.heldBy')}</dt>
          <dd className="govuk-summary-list__value" data-free-text="heldBy" data-user-text="">
            {file.heldBy}
          </dd>
        </div>
      )}
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('caseFile.started')}</dt>
        <dd className="govuk-summary-list__value">{formatDateTime(file.createdAt, i18n.language)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('caseFile.entries')}</dt>
        <dd className="govuk-summary-list__value">{entries}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t('caseFile.versions')}</dt>
        <dd className="govuk-summary-list__value">{t('caseFile.versionsValue', { pathway: file.pathwayVersion, content: file.contentVersion })}</dd>
      </div>
    </dl>
  );
}

export function OpenedFilePage({ step, onStep, onNavigate }: { step: number | undefined; onStep: (step: number) => void; onNavigate: (to: TrainerLink) => void }) {
  useReadyNamespaces(['trainer', 'outcomes', 'routes', 'actions']);
  const { t } = useTranslation('trainer');
  const faultText = useFaultText();
  const opened = openedFile();
  return (
    <TrainerFrame current="case-study" onNavigate={onNavigate}>
      {opened?.kind === 'case' ? (
        <CasePlayer opened={opened} step={step} onStep={onStep} />
      ) : opened?.kind === 'scenario' ? (
        <ScenarioPlayer
          scenario={opened.scenario}
          walk={opened.walk}
          // A trainer's own words, from their file: shown as text, never as markup.
          words={{ title: opened.scenario.title, facts: opened.scenario.facts, note: (page) => opened.scenario.notes?.[page] ?? '', typed: true }}
          step={step}
          onStep={onStep}
          before={
            <>
              <p className="govuk-body" data-own-scenario="">
                {t('ownScenario.lead')}
              </p>
              {opened.fault !== undefined && (
                <div className="govuk-warning-text" data-scenario-fault="">
                  <span className="govuk-warning-text__icon" aria-hidden="true">
                    !
                  </span>
                  <strong className="govuk-warning-text__text">
                    <span className="govuk-visually-hidden">{t('caseFile.warningPrefix')}</span>
                    {t('ownScenario.fault', { reason: faultText(opened.fault) })}
                  </strong>
                </div>
              )}
            </>
          }
        />
      ) : (
        <>
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {t('opened.nothing')}
          </h1>
          <p className="govuk-body">
            <a
              className="govuk-link"
              href="#/case-studies"
              onClick={(event) => {
                event.preventDefault();
                onNavigate('case-studies');
              }}
            >
              {t('opened.toLibrary')}
            </a>
          </p>
        </>
      )}
    </TrainerFrame>
  );
}
