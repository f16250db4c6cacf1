import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewEntry } from '../casefile';
import { BackLink } from '../components/BackLink';
import { DateInput, emptyDate, isoOf, type DateParts } from '../components/DateInput';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { TextArea, TextField } from '../components/govuk';
import { useUnsaved } from '../components/unsaved';
import type { Refusal } from '../refusal';

interface Props {
  onSave: (entry: NewEntry) => Refusal | null;
  onSaved: () => void;
  /** Back undoes raising the disagreement (the back entry), asking first where something is typed. */
  onBack: () => void;
}

/**
 * The first page of the ladder (issue 12): what decision is disputed, who made it (role and
 * agency) and when, put on record before the first level's conversation.
 */
export function DisagreementPage({ onSave, onSaved, onBack }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState('');
  const [madeBy, setMadeBy] = useState('');
  const [decidedOn, setDecidedOn] = useState<DateParts>(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);
  useUnsaved('disagreement', decision !== '' || madeBy !== '' || decidedOn.day + decidedOn.month + decidedOn.year !== '');
  const errorFor = (href: string) => errors.find((error) => error.href === href)?.text;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    const day = isoOf(decidedOn);
    if (decision.trim() === '') found.push({ href: '#disagreement-decision', text: t('disagreementPage.errors.decision') });
    if (madeBy.trim() === '') found.push({ href: '#disagreement-made-by', text: t('disagreementPage.errors.madeBy') });
    if (day === undefined) found.push({ href: '#disagreement-date', text: t('disagreementPage.errors.decidedOn') });
    if (found.length > 0 || day === undefined) {
      setErrors(found);
      return;
    }
    const refused = onSave({ kind: 'disagreement', decision: decision.trim(), madeBy: madeBy.trim(), decidedOn: day });
    if (refused) setErrors([{ href: '#disagreement-decision', text: t(refused) }]);
    else onSaved();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onBack} data-event="back">
          {t('nav.back')}
        </BackLink>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{t('disagreementPage.caption')}</span>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('disagreementPage.heading')}
        </h1>
        <p className="govuk-body">{t('disagreementPage.intro')}</p>
        <form noValidate onSubmit={submit} data-form="disagreement">
          <TextArea id="disagreement-decision" rows={3} label={t('disagreementPage.decision')} hint={t('disagreementPage.decisionHint')} error={errorFor('#disagreement-decision')} value={decision} onChange={setDecision} />
          <TextField id="disagreement-made-by" label={t('disagreementPage.madeBy')} hint={t('disagreementPage.madeByHint')} error={errorFor('#disagreement-made-by')} value={madeBy} onChange={setMadeBy} />
          <DateInput id="disagreement-date" legend={t('disagreementPage.decidedOn')} error={errorFor('#disagreement-date')} value={decidedOn} onChange={setDecidedOn} />
          <button type="submit" className="govuk-button" data-action="continue">
            {t('disagreementPage.save')}
          </button>
        </form>
      </div>
    </div>
  );
}
