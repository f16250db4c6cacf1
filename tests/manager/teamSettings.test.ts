// @vitest-environment jsdom
/**
 * The team's settings (issue 15, point 1): a file read with each fault named where it is; national
 * numbers refused by name; the values in force are the team's where set and the shipped examples
 * elsewhere; the guidance's variables follow; and bad stored settings never stand.
 */
import { describe, expect, it } from 'vitest';
import { localSettings } from '../../content';
import { createI18n } from '../../src/i18n';
import { TEAM_SETTINGS_FORMAT, clearTeamSettings, localValues, saveTeamSettings, teamSettingsInForce, teamSettingsText, teamVariables, type TeamSettings } from '../../src/teamSettings';
import { loadTeamSettings, parseTeamSettings } from '../../src/teamSettingsFile';

const good: TeamSettings = {
  format: TEAM_SETTINGS_FORMAT,
  version: 1,
  team: 'East Team',
  setBy: 'TM',
  setOn: '2026-11-30',
  contacts: { amhpServiceContact: 'AMHP duty 01234 000000', policeSpocContact: 'DS Smith, 101 ext 5' },
  escalationDays: { escalatePractitioners: 3, escalateBoard: 10 },
  reviewPeriodDays: { seenAloneSafe: 21 },
  flags: { notSeenAloneDays: 10, actionOutstandingDays: 5 },
  reviewCopyDays: 14,
};

const faultsOf = (value: unknown) => {
  const parsed = parseTeamSettings(typeof value === 'string' ? value : JSON.stringify(value));
  return parsed.ok ? [] : parsed.faults.map((fault) => `${fault.code} ${fault.path}`);
};

describe('reading a team settings file', () => {
  it('reads what it writes', () => {
    expect(parseTeamSettings(teamSettingsText(good))).toEqual({ ok: true, settings: good });
  });

  it.each([
    ['not JSON', '{"format": ', ['not-json ']],
    ['a case file', { format: 2, caseId: 'x', entries: [] }, ['not-team-file format']],
    ['a newer version', { ...good, version: 2 }, ['newer-version version']],
    ['999 overridden', { ...good, contacts: { emergencyNumber: '112' } }, ['national contacts.emergencyNumber']],
    ['101 and the Forced Marriage Unit', { ...good, contacts: { policeNonEmergency: 'x', forcedMarriageUnitContact: 'y' } }, ['national contacts.policeNonEmergency', 'national contacts.forcedMarriageUnitContact']],
    ['an unknown contact', { ...good, contacts: { mayor: 'x' } }, ['unknown-field contacts.mayor']],
    ['a missing team name', { ...good, team: '' }, ['out-of-range team']],
    ['flags missing', { ...good, flags: undefined }, ['missing flags']],
    ['a timescale of 0 days', { ...good, escalationDays: { escalateManagers: 0 } }, ['out-of-range escalationDays.escalateManagers']],
    ['a review period in words', { ...good, reviewPeriodDays: { seenAloneSafe: 'four weeks' } }, ['wrong-type reviewPeriodDays.seenAloneSafe']],
    ['an outcome that does not exist', { ...good, reviewPeriodDays: { happyEnding: 3 } }, ['unknown-field reviewPeriodDays.happyEnding']],
    ['a limit of 366 days', { ...good, reviewCopyDays: 366 }, ['out-of-range reviewCopyDays']],
  ])('names the fault and where it is: %s', (_name, value, expected) => {
    expect(faultsOf(value)).toEqual(expected);
  });

  it('refuses a national number by name: 999, 101 and the Forced Marriage Unit are not the team\'s to change', () => {
    for (const key of ['emergencyNumber', 'policeNonEmergency', 'forcedMarriageUnitContact']) {
      expect(faultsOf({ ...good, contacts: { ...good.contacts, [key]: '01234 567890' } })).toEqual([`national contacts.${key}`]);
    }
  });

  it('accepts the boundaries: one day, 60 working days, 365 days', () => {
    expect(faultsOf({ ...good, escalationDays: { escalateLeads: 1, escalateBoard: 60 }, reviewCopyDays: 365, flags: { notSeenAloneDays: 1, actionOutstandingDays: 365 } })).toEqual([]);
    expect(faultsOf({ ...good, escalationDays: { escalateBoard: 61 } })).toEqual(['out-of-range escalationDays.escalateBoard']);
  });
});

describe('the values in force', () => {
  it('are the shipped examples while no team has set its own', () => {
    const values = localValues(undefined);
    expect(values.team).toBeUndefined();
    expect(values.contacts.amhpServiceContact).toBe(localSettings.amhpServiceContact);
    expect(values.escalationDays).toEqual({ escalatePractitioners: 2, escalateManagers: 5, escalateLeads: 2 });
    expect(values.thresholds.notSeenAloneDays).toBe(localSettings.teamDefaults.notSeenAloneDays);
    expect(values.reviewCopyDays).toBe(30);
    expect(teamVariables(undefined)).toEqual({});
  });

  it('are the team\'s where it set them, the examples elsewhere', () => {
    const values = localValues(good);
    expect(values.team).toEqual({ name: 'East Team', setOn: '2026-11-30', setBy: 'TM' });
    expect(values.contacts.amhpServiceContact).toBe('AMHP duty 01234 000000');
    expect(values.contacts.legalServicesContact).toBe(localSettings.legalServicesContact);
    expect(values.escalationDays).toEqual({ escalatePractitioners: 3, escalateManagers: 5, escalateLeads: 2, escalateBoard: 10 });
    expect(values.reviewPeriodDays.seenAloneSafe).toBe(21);
    expect(values.reviewPeriodDays.planAgreed).toBe(localSettings.reviewPeriodDays.planAgreed);
    expect(values.thresholds).toMatchObject({ notSeenAloneDays: 10, actionOutstandingDays: 5 });
    expect(values.reviewCopyDays).toBe(14);
    expect(teamVariables(good)).toEqual({
      amhpServiceContact: 'AMHP duty 01234 000000',
      policeSpocContact: 'DS Smith, 101 ext 5',
      escalationPractitionersDays: '3',
      escalationBoardTimescale: '10',
    });
    // Worded with its unit where i18next can word it: "10 working days".
    expect(teamVariables(good, (count) => `${count} working days`)).toMatchObject({ escalationBoardTimescale: '10 working days', escalationPractitionersDays: '3' });
  });

  it('reach the guidance: a team\'s contact stands where "to be set locally" stood', async () => {
    const before = await createI18n();
    expect(before.t('local.notSet')).toBe('to be set locally: ask your manager');
    expect(JSON.stringify(before.getResourceBundle('en-GB', 'routes'))).toContain('{{amhpServiceContact}}');
    saveTeamSettings(good);
    const after = await createI18n();
    const text = 'x {{amhpServiceContact}} {{policeSpocContact}} {{emergencyNumber}} {{forcedMarriageUnitContact}}';
    const interpolate = (i18n: typeof after) => i18n.t(text, { ns: 'ui', defaultValue: text });
    // A national number still unset never sends the practitioner to a manager who cannot set it.
    const fmu = 'a national number not yet in this tool: find it on GOV.UK';
    expect(interpolate(after)).toBe(`x AMHP duty 01234 000000 DS Smith, 101 ext 5 999 ${fmu}`);
    expect(after.t('x {{escalationBoardTimescale}}', { ns: 'ui', defaultValue: 'x {{escalationBoardTimescale}}' })).toBe('x 10 working days');
    expect(interpolate(before)).toBe(`x to be set locally: ask your manager to be set locally: ask your manager 999 ${fmu}`);
    clearTeamSettings();
  });
});

describe('kept on this device', () => {
  it('saves, loads and clears', () => {
    expect(loadTeamSettings()).toBeUndefined();
    expect(saveTeamSettings(good)).toBe(true);
    expect(loadTeamSettings()).toEqual(good);
    // Saved settings are in force at once, without a reload.
    expect(teamSettingsInForce()).toEqual(good);
    clearTeamSettings();
    expect(loadTeamSettings()).toBeUndefined();
    expect(teamSettingsInForce()).toBeUndefined();
  });

  it('never stands when what is stored is damaged: the shipped examples do', () => {
    window.localStorage.setItem('seen-alone:team-settings', '{"format":"seen-alone-team-settings","version":1,"team":');
    expect(loadTeamSettings()).toBeUndefined();
    window.localStorage.setItem('seen-alone:team-settings', JSON.stringify({ ...good, contacts: { emergencyNumber: '112' } }));
    expect(loadTeamSettings()).toBeUndefined();
    window.localStorage.clear();
  });

  it('says so when storage refuses, and keeps what was there', () => {
    saveTeamSettings(good);
    const full = { ...window.localStorage, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, getItem: (key: string) => window.localStorage.getItem(key) } as unknown as Storage;
    expect(saveTeamSettings({ ...good, team: 'West Team' }, full)).toBe(false);
    expect(loadTeamSettings()?.team).toBe('East Team');
    expect(teamSettingsInForce()?.team).toBe('East Team');
    clearTeamSettings();
  });
});
