/**
 * The team's settings page (issue 15, point 1): the manager sets the team's contacts, escalation
 * timescales, review periods and flag limits, saves them on this device and exports them as a file;
 * each member of the team imports that file here. A file with faults is refused whole, each fault
 * named with where it is, and nothing already in force changes. National numbers are not offered.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_STEP_IDS, OUTCOME_IDS, type EscalationStepId, type OutcomeId } from '../../machines';
import type { Route } from '../route';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { NotificationBanner, TextField } from '../components/govuk';
import { useUnsaved } from '../components/unsaved';
import { formatDate, localToday } from '../dates';
import { downloadText } from '../download';
import { applyTeamVariables } from '../i18n';
import { loadDeviceLabel } from '../storage';
import {
  TEAM_CONTACT_KEYS,
  TEAM_SETTINGS_FORMAT,
  TEAM_SETTINGS_VERSION,
  clearTeamSettings,
  currentLocalValues,
  saveTeamSettings,
  teamSettingsInForce,
  teamSettingsText,
  type TeamContactKey,
  type TeamSettings,
} from '../teamSettings';
import { draftTeamSettings, parseTeamSettings, type TeamSettingsFault } from '../teamSettingsFile';
import { useContent } from '../useContent';
import { useReadyNamespaces } from '../useReadyNamespaces';
import { ManagerLinks } from './ManagerLinks';

type DayField = `escalation-${EscalationStepId}` | `period-${OutcomeId}` | 'flag-notSeenAloneDays' | 'flag-actionOutstandingDays' | 'flag-reviewCopyDays';

/** The form's text, as typed: numbers are checked when saved. */
interface Draft {
  team: string;
  contacts: Record<TeamContactKey, string>;
  days: Record<DayField, string>;
}

const LIMITS: Readonly<Record<'escalation' | 'period' | 'flag', number>> = { escalation: 60, period: 365, flag: 365 };
const limitOf = (field: DayField) => LIMITS[field.split('-')[0] as 'escalation' | 'period' | 'flag'];

function draftOf(settings: TeamSettings): Draft {
  const days = {} as Record<DayField, string>;
  for (const level of ESCALATION_STEP_IDS) days[`escalation-${level}`] = String(settings.escalationDays[level] ?? '');
  for (const outcome of OUTCOME_IDS) days[`period-${outcome}`] = String(settings.reviewPeriodDays[outcome] ?? '');
  days['flag-notSeenAloneDays'] = String(settings.flags.notSeenAloneDays);
  days['flag-actionOutstandingDays'] = String(settings.flags.actionOutstandingDays);
  days['flag-reviewCopyDays'] = String(settings.reviewCopyDays);
  const contacts = Object.fromEntries(TEAM_CONTACT_KEYS.map((key) => [key, settings.contacts[key] ?? ''])) as Record<TeamContactKey, string>;
  return { team: settings.team, contacts, days };
}

/** A fault's path in the file, as the form field it belongs to. */
function fieldOfPath(path: string): string {
  const [top, key] = path.split('.');
  if (top === 'team') return 'team-name';
  if (top === 'contacts' && key) return `contact-${key}`;
  if (top === 'escalationDays' && key) return `escalation-${key}`;
  if (top === 'reviewPeriodDays' && key) return `period-${key}`;
  if (top === 'flags' && key) return `flag-${key}`;
  if (top === 'reviewCopyDays') return 'flag-reviewCopyDays';
  return 'team-file';
}

export function TeamSettingsPage({ onNavigate }: { onNavigate: (route: Route) => void }) {
  useReadyNamespaces(['manager', 'outcomes']);
  const { t, i18n } = useTranslation('manager');
  const ui = useTranslation('ui').t;
  const content = useContent();
  const today = localToday();
  const [inForce, setInForce] = useState(() => teamSettingsInForce());
  const [draft, setDraft] = useState<Draft>(() => draftOf(inForce ?? draftTeamSettings(currentLocalValues(), today)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [fileErrors, setFileErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dirty, setDirty] = useState(false);
  useUnsaved('team-settings', dirty);

  const update = (change: (draft: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
  };
  const faultText = (fault: TeamSettingsFault) => t(`settings.errors.${fault.code}`, { path: fault.path });

  function putInForce(settings: TeamSettings, message: string) {
    if (!saveTeamSettings(settings)) {
      setErrors([{ href: '#team-name', text: t('settings.saveFailed') }]);
      return;
    }
    applyTeamVariables(i18n);
    setInForce(settings);
    setDraft(draftOf(settings));
    setDirty(false);
    setErrors([]);
    setFileErrors([]);
    setNotice(message);
  }

  function save(event: FormEvent) {
    event.preventDefault();
    setFileErrors([]);
    setNotice(null);
    const found: FieldError[] = [];
    const number = (field: DayField, required: boolean): number | undefined => {
      const text = draft.days[field].trim();
      if (text === '' && !required) return undefined;
      const value = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!(value >= 1 && value <= limitOf(field))) {
        found.push({ href: `#${field}`, text: t('settings.daysError', { min: 1, max: limitOf(field) }) });
        return undefined;
      }
      return value;
    };
    const escalationDays: Partial<Record<EscalationStepId, number>> = {};
    for (const level of ESCALATION_STEP_IDS) {
      const value = number(`escalation-${level}`, false);
      if (value !== undefined) escalationDays[level] = value;
    }
    const reviewPeriodDays: Partial<Record<OutcomeId, number>> = {};
    for (const outcome of OUTCOME_IDS) {
      const value = number(`period-${outcome}`, true);
      if (value !== undefined) reviewPeriodDays[outcome] = value;
    }
    const flags = { notSeenAloneDays: number('flag-notSeenAloneDays', true) ?? 0, actionOutstandingDays: number('flag-actionOutstandingDays', true) ?? 0 };
    const reviewCopyDays = number('flag-reviewCopyDays', true) ?? 0;
    const contacts: Partial<Record<TeamContactKey, string>> = {};
    for (const key of TEAM_CONTACT_KEYS) if (draft.contacts[key].trim() !== '') contacts[key] = draft.contacts[key].trim();
    const by = loadDeviceLabel();
    const settings = {
      format: TEAM_SETTINGS_FORMAT,
      version: TEAM_SETTINGS_VERSION,
      team: draft.team.trim(),
      ...(by ? { setBy: by } : {}),
      setOn: today,
      contacts,
      escalationDays,
      reviewPeriodDays,
      flags,
      reviewCopyDays,
    };
    // The same check as an imported file: what is saved here always imports elsewhere.
    const parsed = parseTeamSettings(JSON.stringify(settings));
    if (!parsed.ok) {
      for (const fault of parsed.faults) {
        const field = fieldOfPath(fault.path);
        if (found.some((error) => error.href === `#${field}`)) continue;
        found.push({ href: `#${field}`, text: field === 'team-name' ? t('settings.teamError') : field.startsWith('contact-') ? t('settings.contactError') : faultText(fault) });
      }
    }
    setErrors(found);
    if (found.length > 0 || !parsed.ok) return;
    putInForce(parsed.settings, t('settings.saved', { team: parsed.settings.team }));
  }

  async function importFile(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    setErrors([]);
    if (!file) {
      setFileErrors([{ href: '#team-file', text: t('settings.importNone') }]);
      return;
    }
    const text = await file.text().catch(() => '');
    const parsed = parseTeamSettings(text);
    if (!parsed.ok) {
      setFileErrors(parsed.faults.map((fault) => ({ href: '#team-file', text: faultText(fault) })));
      return;
    }
    putInForce(parsed.settings, t('settings.imported', { team: parsed.settings.team }));
  }

  const errorFor = (id: string) => errors.find((error) => error.href === `#${id}`)?.text;
  const example = inForce === undefined ? <strong className="govuk-tag govuk-tag--grey app-example-tag">{t('settings.example')}</strong> : null;
  const dayField = (field: DayField, label: string) => (
    <div key={field} data-setting={field}>
      <TextField id={field} width={10} label={label} {...(errorFor(field) ? { error: errorFor(field) } : {})} value={draft.days[field]} onChange={(value) => update((d) => ({ ...d, days: { ...d.days, [field]: value } }))} />
    </div>
  );

  return (
    <div className="app-manager">
      <ManagerLinks current="team-settings" onNavigate={onNavigate} />
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      <p className="govuk-body">{t('settings.lead')}</p>
      {notice && (
        <NotificationBanner id="team-settings-notice" title={t('success')} success role="alert" data-notice="team-settings">
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      )}
      <p className="govuk-inset-text" data-team-settings={inForce ? 'team' : 'examples'}>
        {inForce
          ? inForce.setBy
            ? t('settings.currentBy', { team: inForce.team, date: formatDate(inForce.setOn, i18n.language), by: inForce.setBy })
            : t('settings.current', { team: inForce.team, date: formatDate(inForce.setOn, i18n.language) })
          : t('settings.none')}
      </p>
      <p className="govuk-body">{t('settings.national')}</p>
      {inForce && (
        <div className="govuk-button-group app-no-print">
          <button type="button" className="govuk-button govuk-button--secondary" data-action="export-team-settings" onClick={() => downloadText(`team-settings-${inForce.setOn}.json`, teamSettingsText(inForce))}>
            {t('settings.export')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            data-action="clear-team-settings"
            onClick={() => {
              clearTeamSettings();
              applyTeamVariables(i18n);
              setInForce(undefined);
              setDraft(draftOf(draftTeamSettings(currentLocalValues(), today)));
              setNotice(t('settings.cleared'));
            }}
          >
            {t('settings.clear')}
          </button>
        </div>
      )}

      <h2 className="govuk-heading-m">{t('settings.importHeading')}</h2>
      <div data-team-file-errors={fileErrors.length > 0 ? '' : undefined}>
        <ErrorSummary errors={fileErrors} title={t('settings.importErrorTitle')} />
      </div>
      <form noValidate onSubmit={importFile} data-form="import-team-settings" className="app-no-print">
        <div className={`govuk-form-group${fileErrors.length > 0 ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="team-file">
            {t('settings.importLabel')}
          </label>
          {fileErrors.map((error, index) => (
            <p className="govuk-error-message" id={`team-file-error-${index}`} key={`${index}:${error.text}`}>
              <span className="govuk-visually-hidden">{ui('errors.prefix')}</span> {error.text}
            </p>
          ))}
          <input
            className={`govuk-file-upload${fileErrors.length > 0 ? ' govuk-file-upload--error' : ''}`}
            id="team-file"
            type="file"
            accept="application/json,.json"
            aria-describedby={fileErrors.map((_, index) => `team-file-error-${index}`).join(' ') || undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary" data-action="import-team-settings">
          {t('settings.importButton')}
        </button>
      </form>

      <h2 className="govuk-heading-m">{t('settings.formHeading')}</h2>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={save} data-form="team-settings">
        <TextField id="team-name" label={t('settings.team')} hint={t('settings.teamHint')} {...(errorFor('team-name') ? { error: errorFor('team-name') } : {})} value={draft.team} onChange={(value) => update((d) => ({ ...d, team: value }))} />

        <h3 className="govuk-heading-s">{t('settings.contactsHeading')}</h3>
        <p className="govuk-hint">{t('settings.contactsHint')}</p>
        {TEAM_CONTACT_KEYS.map((key) => (
          <div key={key} data-setting={key}>
            <TextField
              id={`contact-${key}`}
              label={ui(`aboutPage.settings.${key}`)}
              {...(errorFor(`contact-${key}`) ? { error: errorFor(`contact-${key}`) } : {})}
              value={draft.contacts[key]}
              onChange={(value) => update((d) => ({ ...d, contacts: { ...d.contacts, [key]: value } }))}
            />
          </div>
        ))}

        <h3 className="govuk-heading-s">
          {t('settings.timescalesHeading')} {example}
        </h3>
        <p className="govuk-hint">{t('settings.timescalesHint')}</p>
        {ESCALATION_STEP_IDS.map((level) => dayField(`escalation-${level}`, t(`overview.levels.${level}`)))}

        <h3 className="govuk-heading-s">
          {t('settings.periodsHeading')} {example}
        </h3>
        <p className="govuk-hint">{t('settings.periodsHint')}</p>
        {OUTCOME_IDS.map((outcome) => dayField(`period-${outcome}`, content.outcome(outcome).heading))}

        <h3 className="govuk-heading-s">
          {t('settings.flagsHeading')} {example}
        </h3>
        {dayField('flag-notSeenAloneDays', t('settings.notSeenAloneDays'))}
        {dayField('flag-actionOutstandingDays', t('settings.actionOutstandingDays'))}
        {dayField('flag-reviewCopyDays', t('settings.reviewCopyDays'))}

        <button type="submit" className="govuk-button" data-action="save-team-settings">
          {t('settings.save')}
        </button>
      </form>
    </div>
  );
}
