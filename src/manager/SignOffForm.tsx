/**
 * The manager's sign-off (issue 15, point 6): the date of the supervision, the decision (agree,
 * changes needed, escalate), a comment, and the next review date, which becomes the case's review
 * date. Written to the review copy as a `supervision` entry carrying the manager's label.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPERVISION_DECISIONS, type SupervisionDecision } from '../../machines';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { DateInput, isoOf, partsOf, type DateParts } from '../components/DateInput';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { TextArea, TextField } from '../components/govuk';
import { useUnsaved } from '../components/unsaved';
import { localToday } from '../dates';
import { checkLabel, loadDeviceLabel, saveDeviceLabel } from '../storage';
import { currentLocalValues } from '../teamSettings';
import { addReview } from './reviewStore';

export function SignOffForm({ caseId, suggestedNext, onSaved }: { caseId: string; suggestedNext: string; onSaved: () => void }) {
  const { t } = useTranslation('manager');
  const today = localToday();
  const [date, setDate] = useState<DateParts>(partsOf(today));
  const [decision, setDecision] = useState<SupervisionDecision | null>(null);
  const [comment, setComment] = useState('');
  // The case's review date where it is still ahead; otherwise the caller's suggestion (the team's period).
  const [next, setNext] = useState<DateParts>(partsOf(suggestedNext));
  const [label, setLabel] = useState(() => loadDeviceLabel() ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refused, setRefused] = useState(false);
  // One review per press: the button waits while the review is written.
  const [saving, setSaving] = useState(false);
  useUnsaved('sign-off', decision !== null || comment !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    const day = isoOf(date);
    const nextDay = isoOf(next);
    const checked = checkLabel(label);
    if (day === undefined) found.push({ href: '#supervision-date', text: t('signOff.dateError') });
    else if (day > today) found.push({ href: '#supervision-date', text: t('signOff.dateFutureError') });
    if (decision === null) found.push({ href: `#supervision-decision-${SUPERVISION_DECISIONS[0]}`, text: t('signOff.decisionError') });
    // A decision that asks for change says what: "changes needed" or "escalate" with no comment is no instruction.
    if (decision !== null && decision !== 'agree' && comment.trim() === '') found.push({ href: '#supervision-comment', text: t('signOff.commentError') });
    // A case never leaves supervision already overdue: the next review is after today.
    if (nextDay === undefined || nextDay <= today) found.push({ href: '#supervision-next', text: t('signOff.nextReviewError') });
    if (!checked.ok || checked.label === undefined) found.push({ href: '#supervision-label', text: t('signOff.labelError') });
    setErrors(found);
    if (found.length > 0 || day === undefined || nextDay === undefined || decision === null || !checked.ok || checked.label === undefined || saving) return;
    setSaving(true);
    saveDeviceLabel(checked.label);
    const result = await addReview(caseId, { kind: 'supervision', by: checked.label, date: day, decision, comment: comment.trim(), nextReview: nextDay }, currentLocalValues().thresholds, {
      by: checked.label,
    }).catch(() => ({ ok: false as const }));
    setSaving(false);
    if (!result.ok) {
      setRefused(true);
      return;
    }
    setDecision(null);
    setComment('');
    setRefused(false);
    onSaved();
  }

  const errorFor = (href: string) => errors.find((error) => error.href === href)?.text;
  return (
    <section aria-labelledby="sign-off-heading" data-section="sign-off" className="app-no-print">
      <h2 className="govuk-heading-m" id="sign-off-heading" tabIndex={-1}>
        {t('signOff.heading')}
      </h2>
      <p className="govuk-body">{t('signOff.intro')}</p>
      <ErrorSummary errors={errors} />
      {refused && (
        <p className="govuk-error-message" role="alert" data-sign-off-refused="">
          {t('signOff.refused')}
        </p>
      )}
      <form noValidate onSubmit={submit} data-form="sign-off">
        <DateInput id="supervision-date" legend={t('signOff.date')} hint={t('signOff.dateHint')} {...(errorFor('#supervision-date') ? { error: errorFor('#supervision-date') } : {})} value={date} onChange={setDate} />
        <ChoiceGroup
          name="supervision-decision"
          idPrefix="supervision-decision"
          multiple={false}
          legend={t('signOff.decision')}
          {...(errorFor(`#supervision-decision-${SUPERVISION_DECISIONS[0]}`) ? { error: errorFor(`#supervision-decision-${SUPERVISION_DECISIONS[0]}`) } : {})}
          choices={SUPERVISION_DECISIONS.map((value) => ({ value, label: t(`signOff.decisions.${value}`), hint: t(`signOff.decisionHints.${value}`) }))}
          selected={decision === null ? [] : [decision]}
          onToggle={setDecision}
        />
        <TextArea id="supervision-comment" label={t('signOff.comment')} hint={t('signOff.commentHint')} {...(errorFor('#supervision-comment') ? { error: errorFor('#supervision-comment') } : {})} value={comment} onChange={setComment} />
        <DateInput id="supervision-next" legend={t('signOff.nextReview')} hint={t('signOff.nextReviewHint')} {...(errorFor('#supervision-next') ? { error: errorFor('#supervision-next') } : {})} value={next} onChange={setNext} />
        <TextField id="supervision-label" width={20} label={t('signOff.label')} hint={t('signOff.labelHint')} {...(errorFor('#supervision-label') ? { error: errorFor('#supervision-label') } : {})} value={label} onChange={setLabel} />
        <button type="submit" className="govuk-button" data-action="save-review" disabled={saving} aria-disabled={saving}>
          {t('signOff.save')}
        </button>
      </form>
    </section>
  );
}
