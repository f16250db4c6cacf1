import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { DeviceLabelField } from '../components/DeviceLabelField';
import { WarningText } from '../components/govuk';
import { SETTING_NAMES, type SettingName, type Settings } from '../settings';

/** Settings that persist on this device: look, and what the quick exit does. */
export function SettingsPage({
  settings,
  onChange,
  saveFailed,
  onDone,
}: {
  settings: Settings;
  onChange: (name: SettingName, value: boolean) => void;
  saveFailed: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink onClick={onDone}>{t('nav.back')}</BackLink>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          {t('settings.heading')}
        </h1>
        {saveFailed && (
          <div role="status">
            <WarningText>{t('settings.notSaved')}</WarningText>
          </div>
        )}
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="settings-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t('settings.legend')}</legend>
            <div className="govuk-hint" id="settings-hint">
              {t('settings.hint')}
            </div>
            <div className="govuk-checkboxes" data-module="govuk-checkboxes">
              {SETTING_NAMES.map((name) => (
                <div className="govuk-checkboxes__item" key={name}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`setting-${name}`}
                    name="settings"
                    type="checkbox"
                    value={name}
                    checked={settings[name]}
                    aria-describedby={`setting-${name}-hint`}
                    onChange={(e) => onChange(name, e.target.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`setting-${name}`}>
                    {t(`settings.${name}.label`)}
                  </label>
                  <div className="govuk-hint govuk-checkboxes__hint" id={`setting-${name}-hint`}>
                    {t(`settings.${name}.hint`)}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <DeviceLabelField />
        <button type="button" className="govuk-button" data-action="settings-done" onClick={onDone}>
          {t('settings.done')}
        </button>
      </div>
    </div>
  );
}
