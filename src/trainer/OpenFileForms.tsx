/**
 * Opening a file to play (issue 14, point 4): an exported case, or a scenario the trainer wrote.
 * Each is checked as the app checks it elsewhere (parseCaseFile for a case, the scenario runner's
 * check for a scenario) and a fault is named in a GOV.UK error summary, as the start page's import
 * names one. The file is held in memory only (./openedFile.ts): nothing is stored.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { useRecordText } from '../components/recordMessage';
import { openCaseText, openScenarioText, setOpenedFile } from './openedFile';
import { useFaultText } from './useFaultText';

type Kind = 'case' | 'scenario';

function FileForm({ kind, onOpened }: { kind: Kind; onOpened: () => void }) {
  const { t } = useTranslation('trainer');
  const recordText = useRecordText();
  const faultText = useFaultText();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const id = `open-${kind}-file`;
  const fail = (text: string) => setErrors([{ href: `#${id}`, text }]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return fail(t(`open.${kind}.choose`));
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setBusy(false);
      return fail(t('open.unreadable', { name: file.name }));
    }
    setBusy(false);
    if (kind === 'case') {
      const opening = openCaseText(text);
      if (!opening.ok) return fail(t('open.case.failed', { name: file.name, message: recordText(opening.error.message) }));
      setOpenedFile(opening.opened);
    } else {
      const opening = openScenarioText(text);
      if (!opening.ok) return fail('tooLarge' in opening ? t('open.scenario.tooLarge', { name: file.name }) : t('open.scenario.failed', { name: file.name, reason: faultText(opening.fault) }));
      setOpenedFile(opening.opened);
    }
    setErrors([]);
    onOpened();
  }

  const error = errors[0];
  return (
    <section aria-labelledby={`${id}-heading`} data-open-file={kind}>
      <h3 className="govuk-heading-m" id={`${id}-heading`}>
        {t(`open.${kind}.heading`)}
      </h3>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor={id}>
            {t(`open.${kind}.label`)}
          </label>
          <div className="govuk-hint" id={`${id}-hint`}>
            {t(`open.${kind}.hint`)}
          </div>
          {error && (
            <p className="govuk-error-message" id={`${id}-error`} data-open-error={kind}>
              <span className="govuk-visually-hidden">{t('open.errorPrefix')}</span> {error.text}
            </p>
          )}
          <input
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id={id}
            name={id}
            type="file"
            accept="application/json,.json"
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-action={`open-${kind}`} disabled={busy}>
          {t(`open.${kind}.button`)}
        </button>
      </form>
    </section>
  );
}

export function OpenFileForms({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation('trainer');
  return (
    <div className="opened-file__forms" data-open-files="">
      <h2 className="govuk-heading-l">{t('open.heading')}</h2>
      <p className="govuk-body">{t('open.intro')}</p>
      <FileForm kind="case" onOpened={onOpened} />
      <FileForm kind="scenario" onOpened={onOpened} />
    </div>
  );
}
