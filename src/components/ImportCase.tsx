import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MigrationNotice } from '../casefile';
import { importIntoStorage, safeLocalStorage } from '../storage';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { useRecordText } from './recordMessage';

/**
 * Import a case file exported on this or another device. The file is checked and replayed
 * before anything is stored; a fault is named where it is, and nothing stored changes.
 */
export function ImportCase({ onImported }: { onImported: (id: string, reference: string, notices: readonly MigrationNotice[]) => void }) {
  const { t } = useTranslation();
  const recordText = useRecordText();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setErrors([{ href: '#import-file', text: t('importCase.chooseFile') }]);
      return;
    }
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors([{ href: '#import-file', text: t('importCase.unreadableFile') }]);
      setBusy(false);
      return;
    }
    const imported = importIntoStorage(safeLocalStorage(), text);
    setBusy(false);
    if (imported.ok) {
      setErrors([]);
      onImported(imported.id, imported.file.reference, imported.notices);
      return;
    }
    const message = recordText(imported.problem === 'file' ? imported.error.message : imported.fault.message);
    setErrors([{ href: '#import-file', text: t('importCase.failed', { name: file.name, message }) }]);
  }

  const error = errors[0];
  return (
    <section aria-labelledby="import-heading" data-section="import">
      <h2 className="govuk-heading-m" id="import-heading">
        {t('importCase.heading')}
      </h2>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit} data-form="import">
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="import-file">
            {t('importCase.label')}
          </label>
          <div className="govuk-hint" id="import-file-hint">
            {t('importCase.hint')}
          </div>
          {error && (
            <p className="govuk-error-message" id="import-file-error" data-import-error="">
              <span className="govuk-visually-hidden">{t('errors.prefix')}</span> {error.text}
            </p>
          )}
          <input
            className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
            id="import-file"
            name="import-file"
            type="file"
            accept="application/json,.json"
            aria-describedby={error ? 'import-file-hint import-file-error' : 'import-file-hint'}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-action="import" disabled={busy}>
          {t('importCase.button')}
        </button>
      </form>
    </section>
  );
}
