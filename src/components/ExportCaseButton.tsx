import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../machines';
import { exportCaseFile, exportFileName } from '../casefile';
import { downloadText } from '../download';

/**
 * Saves the case as its file (the one way a case leaves the device). A button where the page
 * offers it as an action, a link-styled button among the case tools. It holds no copy.
 */
export function ExportCaseButton({ file, look, action }: { file: CaseFile; look: 'button' | 'link'; action: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={look === 'button' ? 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0' : 'govuk-link app-button-link'}
      data-action={action}
      onClick={() => downloadText(exportFileName(file), exportCaseFile(file))}
    >
      {t('record.exportCase')}
    </button>
  );
}
