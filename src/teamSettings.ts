/**
 * The team's local settings in force (issue 15, point 1): the contacts, escalation timescales, review
 * periods and flag thresholds a manager sets for a team, kept on each device of the team as a small
 * file the manager exports and the team imports. Until a team sets its own, the values shipped in
 * content/local/settings.json stand, and the pages say they are examples.
 *
 * National numbers (999, 101, the Forced Marriage Unit) are not the team's to change: a file that
 * names one is refused with a message that says so. The Board's own details (its name, website,
 * procedures, the quick exit's neutral site) are not the team's either.
 *
 * Every value that reaches the guidance goes through `localValues`, so a page never reads the shipped
 * file for a value a team may have set (content/index.ts keeps the shipped values only). This module
 * is in the first load; the file's schema and its reading are in src/teamSettingsFile.ts, loaded only
 * when a file is read (a device that keeps a team's settings reads them at start-up, src/main.tsx).
 */
import { ESCALATION_STEP_IDS, OUTCOME_IDS, type EscalationStepId, type OutcomeId } from '../machines';
import type { FlagThresholds } from '../machines/flags';
import { bankHolidays, escalationTimescales, localSettings } from '../content';
import { safeLocalStorage } from './storage/browserStorage';

export const TEAM_SETTINGS_FORMAT = 'seen-alone-team-settings';
export const TEAM_SETTINGS_VERSION = 1;
const STORAGE_KEY = 'seen-alone:team-settings';

/** The contacts a team sets: each names a service the guidance points to. */
export const TEAM_CONTACT_KEYS = [
  'adultSocialCareContact',
  'adultSocialCareOutOfHours',
  'legalServicesContact',
  'amhpServiceContact',
  'marmContact',
  'maracContact',
  'domesticAbuseServiceContact',
  'childrensServicesContact',
  'policeSpocContact',
  'environmentalHealthContact',
  'boardBusinessManagerContact',
  'safetyContact',
] as const satisfies readonly (keyof typeof localSettings)[];
export type TeamContactKey = (typeof TEAM_CONTACT_KEYS)[number];

/** National numbers: the same everywhere, never the team's to change. */
export const NATIONAL_KEYS = ['emergencyNumber', 'policeNonEmergency', 'forcedMarriageUnitContact'] as const;

/** The escalation levels whose timescale the team sets, with the shipped value's key. */
const LEVEL_SETTING: Readonly<Record<EscalationStepId, keyof typeof localSettings>> = {
  escalatePractitioners: 'escalationPractitionersDays',
  escalateManagers: 'escalationManagersDays',
  escalateLeads: 'escalationLeadsDays',
  escalateBoard: 'escalationBoardTimescale',
};

/** A team's settings file, as read and checked (src/teamSettingsFile.ts `teamSettingsSchema`). */
export interface TeamSettings {
  readonly format: typeof TEAM_SETTINGS_FORMAT;
  readonly version: typeof TEAM_SETTINGS_VERSION;
  /** The team's name, as the team knows it: shown on every page that uses its values. */
  readonly team: string;
  /** Who set them (the manager's label) and when. */
  readonly setBy?: string | undefined;
  readonly setOn: string;
  readonly contacts: Partial<Record<TeamContactKey, string>>;
  /** Each escalation level's timescale in working days; a level left out keeps the shipped value. */
  readonly escalationDays: Partial<Record<EscalationStepId, number>>;
  /** Days before each outcome's review date; an outcome left out keeps the shipped period. */
  readonly reviewPeriodDays: Partial<Record<OutcomeId, number>>;
  readonly flags: { readonly notSeenAloneDays: number; readonly actionOutstandingDays: number };
  /** How long a case imported for review is kept before it is removed. */
  readonly reviewCopyDays: number;
}

/** The file a manager exports for the team: the same shape a file is read in. */
export const teamSettingsText = (settings: TeamSettings): string => `${JSON.stringify(settings, null, 2)}\n`;

/** The text of the team's settings kept on this device, unread; undefined when none are kept. */
export function storedTeamSettingsText(storage: Storage | undefined = safeLocalStorage()): string | undefined {
  try {
    return storage?.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The team's settings in force on this device: set at start-up from what is kept, and when they change. */
let inForce: TeamSettings | undefined;
let cached: LocalValues | undefined;

/** Puts checked settings in force (or none), without storing them: start-up does this from what is kept. */
export function putTeamSettingsInForce(settings: TeamSettings | undefined): void {
  inForce = settings;
  cached = undefined;
}

export const teamSettingsInForce = (): TeamSettings | undefined => inForce;

/** Keeps checked settings on this device and puts them in force; false when storage refused (nothing changes). */
export function saveTeamSettings(settings: TeamSettings, storage: Storage | undefined = safeLocalStorage()): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(STORAGE_KEY, teamSettingsText(settings));
  } catch {
    return false;
  }
  putTeamSettingsInForce(settings);
  return true;
}

/** Goes back to the shipped examples. */
export function clearTeamSettings(storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept, or storage is gone: the shipped values stand either way.
  }
  putTeamSettingsInForce(undefined);
}

/** The values in force: the team's where it set them, the shipped examples elsewhere. */
export interface LocalValues {
  /** The team whose values these are; undefined while the shipped examples stand. */
  readonly team?: { readonly name: string; readonly setOn: string; readonly setBy?: string };
  /** Each contact in force; a value still a placeholder reads `notSet` in the guidance. */
  readonly contacts: Readonly<Record<TeamContactKey, string>>;
  readonly escalationDays: Readonly<Partial<Record<EscalationStepId, number>>>;
  readonly reviewPeriodDays: Readonly<Record<OutcomeId, number>>;
  readonly thresholds: FlagThresholds;
  readonly reviewCopyDays: number;
  /** Which values the team set itself: every other value in force is a shipped example. */
  readonly teamSet: { readonly escalation: ReadonlySet<EscalationStepId>; readonly periods: ReadonlySet<OutcomeId> };
}

export function localValues(team: TeamSettings | undefined): LocalValues {
  const contacts = Object.fromEntries(TEAM_CONTACT_KEYS.map((key) => [key, team?.contacts[key] ?? localSettings[key]])) as Record<TeamContactKey, string>;
  const escalationDays: Partial<Record<EscalationStepId, number>> = { ...escalationTimescales };
  for (const level of ESCALATION_STEP_IDS) {
    const set = team?.escalationDays[level];
    if (set !== undefined) escalationDays[level] = set;
  }
  const reviewPeriodDays = { ...localSettings.reviewPeriodDays } as Record<OutcomeId, number>;
  for (const outcome of OUTCOME_IDS) {
    const set = team?.reviewPeriodDays[outcome];
    if (set !== undefined) reviewPeriodDays[outcome] = set;
  }
  const defaults = localSettings.teamDefaults;
  return {
    ...(team === undefined ? {} : { team: { name: team.team, setOn: team.setOn, ...(team.setBy ? { setBy: team.setBy } : {}) } }),
    contacts,
    escalationDays,
    reviewPeriodDays,
    thresholds: {
      notSeenAloneDays: team?.flags.notSeenAloneDays ?? defaults.notSeenAloneDays,
      actionOutstandingDays: team?.flags.actionOutstandingDays ?? defaults.actionOutstandingDays,
      escalationDays,
      holidays: bankHolidays,
    },
    reviewCopyDays: team?.reviewCopyDays ?? defaults.reviewCopyDays,
    teamSet: {
      escalation: new Set(ESCALATION_STEP_IDS.filter((level) => team?.escalationDays[level] !== undefined)),
      periods: new Set(OUTCOME_IDS.filter((outcome) => team?.reviewPeriodDays[outcome] !== undefined)),
    },
  };
}

/**
 * The words the guidance reads for the team's values (i18next default variables): a contact set by
 * the team, and each escalation timescale the team set, as the shipped file's key names them.
 */
export function teamVariables(team: TeamSettings | undefined, workingDays: (count: number) => string = String): Record<string, string> {
  if (team === undefined) return {};
  const variables: Record<string, string> = {};
  for (const key of TEAM_CONTACT_KEYS) {
    const value = team.contacts[key];
    if (value !== undefined) variables[key] = value;
  }
  for (const level of ESCALATION_STEP_IDS) {
    const value = team.escalationDays[level];
    // The Board's stage is worded as a whole ("10 working days"); the first three levels' figures stand in a sentence that names the unit.
    if (value !== undefined) variables[LEVEL_SETTING[level]] = level === 'escalateBoard' ? workingDays(value) : String(value);
  }
  return variables;
}


/** The values in force on this device, worked out once and again after the team's settings change. */
export const currentLocalValues = (): LocalValues => (cached ??= localValues(inForce));

