import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionsOutstanding,
  availableEvents,
  caseStage,
  contactContradictions,
  contactsInForce,
  currentPage,
  isOutcome,
  reviewDate,
  type CaseFile,
  type CaseState,
  type LogEntry,
} from '../../machines';
import { EscalationSummary } from '../components/EscalationSummary';
import { ExportCaseButton } from '../components/ExportCaseButton';
import { WarningText } from '../components/govuk';
import { useSummaryText } from '../components/summaryText';
import { formatDate, localToday } from '../dates';
import type { Route } from '../route';
import { useContent } from '../useContent';

interface Props {
  file: CaseFile;
  state: CaseState;
  onNavigate: (route: Route) => void;
  onDisagree: () => void;
  today?: string;
}

type Status = 'inProgress' | 'done' | 'optional' | 'needsAttention';

function Task({ name, href, hint, status, statusText, onClick, ...data }: { name: string; href: string; hint?: string; status: Status; statusText?: string; onClick: () => void } & Record<`data-${string}`, string>) {
  const { t } = useTranslation();
  const id = `task-${href.replace(/[^a-z0-9]+/gi, '-')}`;
  const tagClass = status === 'done' ? '' : status === 'needsAttention' ? ' govuk-tag govuk-tag--red' : status === 'inProgress' ? ' govuk-tag govuk-tag--light-blue' : '';
  return (
    <li className="govuk-task-list__item govuk-task-list__item--with-link">
      <div className="govuk-task-list__name-and-hint">
        <a
          className="govuk-link govuk-task-list__link"
          href={href}
          aria-describedby={`${id}-status${hint ? ` ${id}-hint` : ''}`}
          onClick={(event) => {
            event.preventDefault();
            onClick();
          }}
          {...data}
        >
          {name}
        </a>
        {hint && (
          <div id={`${id}-hint`} className="govuk-task-list__hint">
            {hint}
          </div>
        )}
      </div>
      <div className="govuk-task-list__status" id={`${id}-status`}>
        {tagClass ? <strong className={tagClass.trim()}>{statusText ?? t(`overview.status.${status}`)}</strong> : (statusText ?? t(`overview.status.${status}`))}
      </div>
    </li>
  );
}

/**
 * The home of an open case (GOV.UK task list): where it stands, in words, and what can be done
 * at any time, months after an outcome as on the first day. Opening a case lands here.
 */
export function CaseOverviewPage({ file, state, onNavigate, onDisagree, today = localToday() }: Props) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const summaryText = useSummaryText();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const page = currentPage(state);
  const stage = caseStage(state);
  const contacts = contactsInForce(state);
  const contradictions = contactContradictions(state);
  const review = reviewDate(state);
  const supervision = file.entries.findLast((entry): entry is Extract<LogEntry, { kind: 'supervision' }> => entry.kind === 'supervision');
  const outstanding = actionsOutstanding(state);
  const text = summaryText(file, state);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  const tasks: ReactNode[] = [
    <Task
      key="continue"
      name={isOutcome(page) ? t('overview.seeOutcome') : t('overview.continue')}
      hint={t('overview.continueHint')}
      href="#/case"
      status={isOutcome(page) ? 'done' : 'inProgress'}
      onClick={() => onNavigate({ view: 'case' })}
      data-action="continue"
    />,
    <Task
      key="contacts"
      name={t('overview.contacts')}
      href="#/contacts"
      status={contradictions.length > 0 ? 'needsAttention' : 'optional'}
      statusText={contradictions.length > 0 ? t('overview.status.needsAttention') : contacts.length > 0 ? t('overview.contactsStatus', { count: contacts.length }) : t('overview.contactsNone')}
      onClick={() => onNavigate({ view: 'contacts' })}
      data-action="contacts"
    />,
    <Task
      key="actions"
      name={t('overview.actions')}
      href="#/case"
      status={outstanding.length > 0 ? 'inProgress' : 'done'}
      statusText={outstanding.length > 0 ? t('outcome.outstanding', { count: outstanding.length }) : t('overview.actionsNone')}
      onClick={() => onNavigate({ view: 'case' })}
      data-action="outstanding-actions"
    />,
    <Task key="answers" name={t('overview.answers')} href="#/check" status="optional" onClick={() => onNavigate({ view: 'check' })} data-action="overview-answers" />,
    <Task
      key="review"
      name={t('overview.reviewDate')}
      href="#/review-date"
      status={review === undefined ? 'needsAttention' : review < today ? 'needsAttention' : 'done'}
      statusText={
        review === undefined
          ? t('overview.reviewNotSet')
          : review < today
            ? t('overview.reviewOverdue', { date: formatDate(review, i18n.language) })
            : t('overview.reviewSet', { date: formatDate(review, i18n.language) })
      }
      onClick={() => onNavigate({ view: 'review-date' })}
      data-action="review-date"
    />,
  ];
  if (availableEvents(state).includes('disagree')) {
    tasks.push(<Task key="disagree" name={t('overview.disagree')} hint={t('overview.disagreeHint')} href="#/case" status="optional" onClick={onDisagree} data-event="disagree" />);
  }
  tasks.push(
    <Task key="print" name={t('overview.print')} href="#/print" status="optional" onClick={() => onNavigate({ view: 'print' })} data-action="overview-print" />,
    <Task key="handover" name={t('overview.handover')} href="#/handover" status="optional" onClick={() => onNavigate({ view: 'handover' })} data-action="overview-handover" />,
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          <span data-user-text="">{t('overview.caption', { reference: file.reference })}</span>
        </span>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('overview.heading')}
        </h1>
        <dl className="govuk-summary-list" data-list="case-status">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('overview.stageLabel')}</dt>
            <dd className="govuk-summary-list__value" data-stage={stage}>
              <p className="govuk-body govuk-!-margin-bottom-1">{t(`overview.stages.${stage}`)}</p>
              <p className="govuk-body govuk-!-margin-bottom-0" data-page={page}>
                {isOutcome(page) ? t('overview.outcomeReached', { outcome: content.heading(page) }) : t('overview.nextQuestion', { question: content.heading(page) })}
              </p>
            </dd>
          </div>
          {supervision && (
            // The manager's latest review in supervision (issue 15), back in the practitioner's case by the file's round trip.
            <div className="govuk-summary-list__row" data-supervision={supervision.decision}>
              <dt className="govuk-summary-list__key">{t('overview.supervisionLabel')}</dt>
              <dd className="govuk-summary-list__value">
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {t('overview.supervision', {
                    date: formatDate(supervision.date, i18n.language),
                    by: supervision.by,
                    decision: t(`record.supervisionDecisions.${supervision.decision}`),
                    nextReview: formatDate(supervision.nextReview, i18n.language),
                  })}
                </p>
                {supervision.comment && (
                  <p className="govuk-body govuk-!-margin-bottom-0">
                    <span data-user-text="">{supervision.comment}</span>
                  </p>
                )}
              </dd>
            </div>
          )}
        </dl>
        {contradictions.map((contradiction) => (
          <WarningText key={contradiction.contact} data-flag="contact-contradiction">
            {t('contacts.contradiction', { question: content.heading(contradiction.step) })}
          </WarningText>
        ))}
        <EscalationSummary state={state} today={today} />
        <h2 className="govuk-heading-m">{t('overview.tasksHeading')}</h2>
        <ul className="govuk-task-list" data-list="case-tasks">
          {tasks}
        </ul>
        <div className="govuk-inset-text" data-browser-only="">
          {t('overview.browserOnly')}
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" data-action="copy-summary" onClick={() => void copy()}>
            {t('overview.copy')}
          </button>
          <ExportCaseButton file={file} look="button" action="overview-export" />
        </div>
        <div aria-live="polite">
          {copied === 'copied' && (
            <p className="govuk-body govuk-!-font-weight-bold" data-message="summary-copied">
              {t('overview.copied')}
            </p>
          )}
        </div>
        {copied === 'failed' && (
          <div className="govuk-form-group">
            <p className="govuk-body" data-message="copy-failed">
              {t('overview.copyFailed')}
            </p>
            <label className="govuk-label" htmlFor="summary-text">
              {t('overview.copyText')}
            </label>
            <textarea className="govuk-textarea" id="summary-text" rows={10} readOnly value={text} data-user-text="" />
          </div>
        )}
      </div>
    </div>
  );
}
