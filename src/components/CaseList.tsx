import { useTranslation } from 'react-i18next';
import { listCaseIds, loadCase } from '../case/store';

/** Saved cases show only their reference on the start page: nothing else about the adult. */
export function CaseList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const loaded = listCaseIds().map((id) => loadCase(id));
  if (loaded.length === 0) return null;
  return (
    <section aria-labelledby="saved-heading">
      <h2 className="govuk-heading-m" id="saved-heading">
        {t('start.savedHeading')}
      </h2>
      <ul className="govuk-list" data-list="cases">
        {loaded.map((result) =>
          result.ok ? (
            <li key={result.record.id}>
              <button type="button" className="govuk-link app-button-link" data-open-case={result.record.id} onClick={() => onOpen(result.record.id)}>
                {t('start.open', { reference: result.record.file.reference })}
              </button>
            </li>
          ) : (
            <li key={result.id} data-corrupt-case={result.id}>
              {t('start.unreadable')}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
