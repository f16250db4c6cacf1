import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_STEP_IDS, changeQuestionOn, escalationLevels, questionOn, type AnswerId, type CaseState, type StepId } from '../../machines';
import { BackLink } from '../components/BackLink';
import { Blocks, Unconfirmed } from '../components/Blocks';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ContactLog } from '../components/ContactLog';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { GlobalActions } from '../components/GlobalActions';
import { RoutesList } from '../components/RoutesList';
import { TextArea, WarningText } from '../components/govuk';
import type { NewEntry } from '../casefile';
import type { Refusal } from '../refusal';
import { useUnsaved } from '../components/unsaved';
import { DateInput, emptyDate, isoOf, partsOf, type DateParts } from '../components/DateInput';
import { currentLocalValues } from '../teamSettings';
import { formatDate, localToday } from '../dates';
import { useContent } from '../useContent';

export interface AnswerSubmission {
  step: StepId;
  value: AnswerId | AnswerId[];
  rationale?: string;
  /** When what the answer records happened (a ladder level's conversation), apart from when it was typed. */
  happenedAt?: string;
}


interface Props {
  state: CaseState;
  onAnswer: (answer: AnswerSubmission) => Refusal | null;
  onEvent: (entry: NewEntry) => Refusal | null;
  onCheckAnswers: () => void;
  /** Opens the contacts pages (from the step where attempts to see the adult are recorded). */
  onContacts?: () => void;
  /** Where the form is used to change an earlier answer: the step, and where cancelling goes. */
  changing?: { step: StepId; onCancel: () => void };
}

/** One question per page, GOV.UK pattern: legend as the heading, radios or checkboxes, one button. */
export function QuestionPage({ state, onAnswer, onEvent, onCheckAnswers, onContacts, changing }: Props) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  // The machine decides what the page shows (machines/selectors.ts, questionOn); the page renders it.
  const view = changing ? changeQuestionOn(state, changing.step) : questionOn(state);
  const [selected, setSelected] = useState<AnswerId[]>(() => (view ? [...view.preselected] : []));
  const [rationale, setRationale] = useState(view?.rationale ?? '');
  const [nextAttempt, setNextAttempt] = useState<DateParts>(emptyDate);
  const [conversation, setConversation] = useState<DateParts>(() => partsOf(localToday()));
  const [errors, setErrors] = useState<FieldError[]>([]);
  // Typed reasons or a date not yet saved: leaving by a link, back or a disagreement asks first.
  useUnsaved('question', rationale !== (view?.rationale ?? '') || nextAttempt.day + nextAttempt.month + nextAttempt.year !== '');
  if (!view) return null;

  const { step, multi, offered, needsRationale, canGoBack, returnsTo, continueWith } = view;
  // A level of the escalation ladder records the date of its conversation, and shows when it falls due.
  const onLadder = (ESCALATION_STEP_IDS as readonly string[]).includes(step);
  const level = onLadder && !changing ? escalationLevels(state, currentLocalValues().escalationDays, currentLocalValues().thresholds.holidays, localToday()).at(-1) : undefined;
  const body = content.step(step);
  const guidanceOnly = view.kind === 'guidance';
  const firstId = `answer-${offered[0] ?? 'none'}`;

  /** A global action or a back, with the refusal (a read-only tab) shown, never swallowed. */
  function raise(entry: NewEntry) {
    const refused = onEvent(entry);
    if (refused) setErrors([{ href: `#${firstId}`, text: t(refused) }]);
  }

  function toggle(answer: AnswerId) {
    if (!multi) setSelected([answer]);
    else setSelected((current) => (current.includes(answer) ? current.filter((a) => a !== answer) : [...current, answer]));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    const chosen = guidanceOnly ? (continueWith ? [continueWith] : []) : selected.filter((answer) => offered.includes(answer));
    if (chosen.length === 0) found.push({ href: `#${firstId}`, text: multi ? t('errors.chooseAtLeastOne') : t('errors.chooseOne') });
    if (needsRationale && rationale.trim() === '') found.push({ href: '#rationale', text: t('errors.rationale') });
    const keepTrying = chosen.includes('keep-trying');
    const nextAttemptDate = isoOf(nextAttempt);
    const conversationDate = isoOf(conversation);
    if (onLadder && !changing && conversationDate === undefined) found.push({ href: '#conversation-date', text: t('disagreementPage.errors.decidedOn') });
    if (keepTrying && nextAttemptDate === undefined) found.push({ href: '#next-attempt', text: t('errors.nextAttempt') });
    if (found.length === 0) {
      const refused = onAnswer({
        step,
        value: multi ? chosen : (chosen[0] as AnswerId),
        ...(needsRationale ? { rationale: rationale.trim() } : {}),
        ...(onLadder && conversationDate ? { happenedAt: conversationDate } : {}),
      });
      if (refused) found.push({ href: `#${firstId}`, text: t(refused) });
      // Trying again comes with a date: the next attempt is the case's review date.
      else if (keepTrying && nextAttemptDate) onEvent({ kind: 'review', date: nextAttemptDate });
    }
    setErrors(found);
  }

  const answerError = errors.find((error) => error.href === `#${firstId}`);
  const rationaleError = errors.find((error) => error.href === '#rationale');

  return (
    <>
      {canGoBack && (
        <BackLink data-event="back" onClick={() => raise({ kind: 'back' })}>
          {t('nav.back')}
        </BackLink>
      )}
      {changing && <BackLink onClick={changing.onCancel}>{t('check.cancelChange')}</BackLink>}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {view.showsCall999 && (
            <WarningText data-call-999="warning">
              {t('emergency.warning')}{' '}
              <a className="govuk-link" href="tel:999">
                {t('emergency.callLink')}
              </a>
            </WarningText>
          )}
          {returnsTo && <p className="govuk-body govuk-caption-m">{t('nav.returnsTo')}</p>}
          <form noValidate onSubmit={submit} data-form="question">
            {guidanceOnly ? (
              <>
                <h1 className="govuk-heading-l" tabIndex={-1}>
                  {body.heading}
                </h1>
                {body.hint && <p className="govuk-body-l">{body.hint}</p>}
              </>
            ) : (
              <ChoiceGroup
                name="answer"
                idPrefix="answer"
                multiple={multi}
                legend={body.heading}
                legendIsHeading
                hint={body.hint}
                error={answerError?.text}
                choices={offered.map((answer) => ({ value: answer, label: body.options[answer]?.label ?? answer, hint: body.options[answer]?.hint }))}
                selected={selected}
                onToggle={toggle}
              />
            )}
            {level && (
              <div className="govuk-inset-text" data-level-due={level.due ?? ''}>
                <p className="govuk-body">{t('ladder.reached', { date: formatDate(level.reachedOn, i18n.language) })}</p>
                <p className="govuk-body govuk-!-margin-bottom-0">
                  {level.due
                    ? t(currentLocalValues().teamSet.escalation.has(level.level) ? 'ladder.due' : 'ladder.dueExample', { date: formatDate(level.due, i18n.language), days: currentLocalValues().escalationDays[level.level] ?? '' })
                    : t('ladder.noTimescale')}{' '}
                  {/* Borrowed timescales are to be confirmed locally until the team sets its own. */}
                  {!currentLocalValues().teamSet.escalation.has(level.level) && <Unconfirmed ids={['U2']} />}
                </p>
              </div>
            )}
            {onLadder && !changing && (
              <DateInput id="conversation-date" legend={t('ladder.conversation')} hint={t('ladder.conversationHint')} error={errors.find((error) => error.href === '#conversation-date')?.text} value={conversation} onChange={setConversation} />
            )}
            {needsRationale && body.rationale && (
              <TextArea
                id="rationale"
                labelSize="m"
                label={body.rationale.label}
                hint={body.rationale.hint}
                error={rationaleError?.text}
                value={rationale}
                onChange={setRationale}
              />
            )}
            {selected.includes('keep-trying') && (
              <DateInput
                id="next-attempt"
                legend={t('contacts.nextAttempt')}
                hint={t('contacts.nextAttemptHint')}
                error={errors.find((error) => error.href === '#next-attempt')?.text}
                value={nextAttempt}
                onChange={setNextAttempt}
              />
            )}
            {guidanceOnly && <Blocks blocks={body.guidance} />}
            {view.showsRoutes && <RoutesList state={state} />}
            <button type="submit" className="govuk-button" data-module="govuk-button" data-action="continue">
              {changing ? t('check.saveChange') : guidanceOnly ? body.options.done?.label ?? t('nav.continue') : t('nav.continue')}
            </button>
          </form>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t('guidance.why')}</span>
            </summary>
            <div className="govuk-details__text">{body.why}</div>
          </details>
          {!guidanceOnly && (
            <section aria-labelledby="guidance-heading">
              <h2 className="govuk-heading-m" id="guidance-heading">
                {t('guidance.heading')}
              </h2>
              <Blocks blocks={body.guidance} />
            </section>
          )}
          {view.showsContactLog && onContacts && <ContactLog state={state} onOpen={onContacts} />}
          {!changing && (
            <>
              <GlobalActions state={state} onEvent={(event) => raise({ kind: 'event', event })} />
              <p className="govuk-body govuk-!-margin-top-4">
                <button type="button" className="govuk-link app-button-link" data-action="check-answers" onClick={onCheckAnswers}>
                  {t('check.link')}
                </button>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
