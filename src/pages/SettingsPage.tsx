import { useTranslation } from 'react-i18next';
import { BackLink } from '../components/BackLink';
import { DeviceLabelField } from '../components/DeviceLabelField';
import { RouteLink } from '../components/RouteLink';
import { WarningText } from '../components/govuk';
import { SETTING_NAMES, type SettingName, type Settings } from '../settings';
import { currentLocalValues } from '../teamSettings';

/** Settings that persist on this device: look, and what the quick exit does. */
export function SettingsPage({
  settings,
  onChange,
  saveFailed,
  onDone,
  onTeamSettings,
}: {
  settings: Settings;
  onChange: (name: SettingName, value: boolean) => void;
  saveFailed: boolean;
  onDone: () => void;
  /** Opens the team settings page, where the team's file is imported. */
  onTeamSettings?: () => void;
}) {
  const { t } = useTranslation();
  const team = currentLocalValues().team;
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
        {onTeamSettings && (
          <>
            {/* Every member of the team imports the manager's settings file (issue 15): the guidance then shows the team's contacts. */}
            <h2 className="govuk-heading-m">{t('settings.teamHeading')}</h2>
            <p className="govuk-body" data-team-settings={team ? 'team' : 'examples'}>
              {team ? t('settings.teamSet', { team: team.name }) : t('settings.teamNone')}
            </p>
            <p className="govuk-body">
              <RouteLink href="#/team-settings" data-action="team-settings" onFollow={onTeamSettings}>
                {t('settings.teamLink')}
              </RouteLink>
            </p>
          </>
        )}
        <button type="button" className="govuk-button" data-action="settings-done" onClick={onDone}>
          {t('settings.done')}
        </button>
      </div>
    </div>
  );
}
