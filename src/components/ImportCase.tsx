import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MigrationNotice } from '../casefile';
import { applyMerge, applyNewImport, planImport, safeLocalStorage, type ImportPlan } from '../storage';
import { formatDateTime } from '../dates';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { useRecordText } from './recordMessage';

type SameCasePlan = Extract<ImportPlan, { kind: 'same-case' }>;
type AskFirst = { plan: SameCasePlan; name: string } | { plan: Extract<ImportPlan, { kind: 'reference-taken' }>; name: string };

interface Props {
  onImported: (id: string, reference: string, notices: readonly MigrationNotice[]) => void;
  /** Entries from a file were appended to a case already on this device (issue 15, the round trip). */
  onMerged?: (id: string, reference: string, added: number) => void;
}

/**
 * Import a case file exported on this or another device. The file is checked and replayed
 * before anything is stored; a fault is named where it is, and nothing stored changes.
 *
 * A file of a case already here is never stored twice (src/storage/caseMerge.ts): what it would
 * add is shown first, and added after the stored entries only when the practitioner says so.
 */
export function ImportCase({ onImported, onMerged }: Props) {
  const { t, i18n } = useTranslation();
  const recordText = useRecordText();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<AskFirst | null>(null);
  const askHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) askHeading.current?.focus();
  }, [asking]);

  const fail = (text: string) => setErrors([{ href: '#import-file', text }]);

  function sameCase(plan: SameCasePlan, name: string) {
    const { merge } = plan;
    const reference = plan.stored.reference;
    if (merge.ok && merge.change === 'none') return fail(t('importCase.nothingToAdd', { name, reference }));
    if (merge.ok) return setAsking({ plan, name });
    if (merge.problem === 'would-not-replay') {
      const storedOnly = merge.storedOnly.map((entry) => t(`importCase.kinds.${entry.kind}`)).join(', ');
      return fail(
        `${t('importCase.mergeConflict', { name, reference, position: merge.refused.position, kind: t(`importCase.kinds.${merge.refused.kind}`), storedOnly })} ${recordText(merge.reason)}`,
      );
    }
    if (merge.problem === 'differing') return fail(t('importCase.mergeDiffering', { name, reference, positions: merge.differing.map((entry) => entry.position).join(', ') }));
    return fail(t('importCase.failed', { name, message: '' }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      fail(t('importCase.chooseFile'));
      return;
    }
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail(t('importCase.unreadableFile'));
      setBusy(false);
      return;
    }
    const plan = planImport(safeLocalStorage(), text);
    setBusy(false);
    setErrors([]);
    switch (plan.kind) {
      case 'new':
        return importNew(plan, file.name);
      case 'reference-taken':
        return setAsking({ plan, name: file.name });
      case 'same-case':
        return sameCase(plan, file.name);
      case 'file-fault':
        return fail(t('importCase.failed', { name: file.name, message: recordText(plan.error.message) }));
      case 'storage-fault':
        return fail(t('importCase.failed', { name: file.name, message: recordText(plan.fault.message) }));
    }
  }

  function importNew(plan: Extract<ImportPlan, { kind: 'new' | 'reference-taken' }>, name: string) {
    const imported = applyNewImport(safeLocalStorage(), plan);
    setAsking(null);
    if (imported.ok) {
      setErrors([]);
      onImported(imported.id, imported.file.reference, imported.notices);
      return;
    }
    const message = recordText(imported.problem === 'file' ? imported.error.message : imported.fault.message);
    fail(t('importCase.failed', { name, message }));
  }

  function confirmMerge(plan: SameCasePlan, name: string) {
    const written = applyMerge(safeLocalStorage(), plan);
    setAsking(null);
    const reference = plan.stored.reference;
    if (written.ok) {
      setErrors([]);
      onMerged?.(written.id, reference, written.added.length);
      return;
    }
    if (written.problem === 'storage') fail(t('importCase.failed', { name, message: recordText(written.fault.message) }));
    else fail(t('importCase.mergeChanged', { reference }));
  }

  if (asking?.plan.kind === 'same-case' && asking.plan.merge.ok) {
    const { plan, name } = asking;
    const added = plan.merge.ok ? plan.merge.added : [];
    return (
      <section aria-labelledby="import-heading" data-section="import" data-merge="">
        <h2 className="govuk-heading-m" id="import-heading" tabIndex={-1} ref={askHeading}>
          {t('importCase.mergeHeading', { reference: plan.stored.reference })}
        </h2>
        <p className="govuk-body">{t('importCase.mergeLead', { reference: plan.stored.reference })}</p>
        <ol className="govuk-list govuk-list--number" data-merge-entries="">
          {added.map((entry) => (
            <li key={entry.id} data-entry={entry.id}>
              {entry.by === undefined
                ? t('importCase.mergeEntry', { kind: t(`importCase.kinds.${entry.kind}`), at: formatDateTime(entry.at, i18n.language) })
                : t('importCase.mergeEntryBy', { kind: t(`importCase.kinds.${entry.kind}`), at: formatDateTime(entry.at, i18n.language), by: entry.by })}
            </li>
          ))}
        </ol>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" data-action="confirm-merge" onClick={() => confirmMerge(plan, name)}>
            {t('importCase.mergeConfirm', { count: added.length })}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" data-action="cancel-merge" onClick={() => setAsking(null)}>
            {t('importCase.mergeCancel')}
          </button>
        </div>
      </section>
    );
  }

  if (asking?.plan.kind === 'reference-taken') {
    const { plan, name } = asking;
    return (
      <section aria-labelledby="import-heading" data-section="import" data-reference-taken="">
        <h2 className="govuk-heading-m" id="import-heading" tabIndex={-1} ref={askHeading}>
          {t('importCase.referenceTakenHeading')}
        </h2>
        <p className="govuk-body">{t('importCase.referenceTaken', { reference: plan.file.reference, name })}</p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" data-action="confirm-import" onClick={() => importNew(plan, name)}>
            {t('importCase.referenceTakenConfirm')}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" data-action="cancel-merge" onClick={() => setAsking(null)}>
            {t('importCase.mergeCancel')}
          </button>
        </div>
      </section>
    );
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
