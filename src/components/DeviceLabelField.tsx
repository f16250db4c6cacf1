import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LABEL_LENGTH, checkLabel, loadDeviceLabel, saveDeviceLabel } from '../storage';
import { TextField } from './govuk';

/**
 * The label this device writes into each case it starts and each entry made on it (issue 15,
 * who holds the case): initials or a team, never a full name the adult's family might read.
 */
export function DeviceLabelField() {
  const { t } = useTranslation();
  const [value, setValue] = useState(() => loadDeviceLabel() ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<'saved' | 'not-saved' | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkLabel(value);
    if (!checked.ok) {
      setError(t('settings.label.tooLong', { max: MAX_LABEL_LENGTH }));
      setStatus(null);
      return;
    }
    setError(undefined);
    setValue(checked.label ?? '');
    setStatus(saveDeviceLabel(checked.label) ? 'saved' : 'not-saved');
  }

  return (
    <form noValidate onSubmit={submit} data-form="device-label">
      <TextField
        id="device-label"
        width={10}
        label={t('settings.label.label')}
        labelSize="m"
        hint={t('settings.label.hint')}
        {...(error === undefined ? {} : { error })}
        value={value}
        onChange={(next) => {
          setValue(next);
          setStatus(null);
        }}
      />
      <div role="status">{status && <p className="govuk-body" data-label-status={status}>{t(`settings.label.${status}`)}</p>}</div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-action="save-label">
        {t('settings.label.save')}
      </button>
    </form>
  );
}
