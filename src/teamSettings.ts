/**
 * The team's local settings (issue 15, point 1): the contacts, escalation timescales, review periods
 * and flag thresholds a manager sets for a team, kept on each device of the team as a small file the
 * manager exports and the team imports. Until a team sets its own, the values shipped in
 * content/local/settings.json stand, and the pages say they are examples.
 *
 * National numbers (999, 101, the Forced Marriage Unit) are not the team's to change: a file that
 * names one is refused with a message that says so. The Board's own details (its name, website,
 * procedures, the quick exit's neutral site) are not the team's either.
 *
 * Every value that reaches the guidance goes through `localValues`, so a page never reads the shipped
 * file for a value a team may have set (content/index.ts keeps the shipped values only).
 */
import { z } from '../machines/zod';
import { ESCALATION_STEP_IDS, OUTCOME_IDS, type EscalationStepId, type FlagThresholds, type OutcomeId } from '../machines';
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

const days = (most: number) => z.int().check(z.gte(1), z.lte(most));
const contactShape = Object.fromEntries(TEAM_CONTACT_KEYS.map((key) => [key, z.optional(z.string().check(z.minLength(1), z.maxLength(200)))])) as Record<
  TeamContactKey,
  z.ZodMiniOptional<z.ZodMiniString>
>;
const levelShape = Object.fromEntries(ESCALATION_STEP_IDS.map((level) => [level, z.optional(days(60))])) as Record<EscalationStepId, z.ZodMiniOptional<z.ZodMiniInt>>;
const periodShape = Object.fromEntries(OUTCOME_IDS.map((outcome) => [outcome, z.optional(days(365))])) as Record<OutcomeId, z.ZodMiniOptional<z.ZodMiniInt>>;

export const teamSettingsSchema = z.strictObject({
  format: z.literal(TEAM_SETTINGS_FORMAT),
  version: z.literal(TEAM_SETTINGS_VERSION),
  /** The team's name, as the team knows it: shown on every page that uses its values. */
  team: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** Who set them (the manager's label) and when. */
  setBy: z.optional(z.string().check(z.maxLength(40))),
  setOn: z.iso.date(),
  contacts: z.strictObject(contactShape),
  /** Each escalation level's timescale in working days; a level left out keeps the shipped value. */
  escalationDays: z.strictObject(levelShape),
  /** Days before each outcome's review date; an outcome left out keeps the shipped period. */
  reviewPeriodDays: z.strictObject(periodShape),
  flags: z.strictObject({ notSeenAloneDays: days(365), actionOutstandingDays: days(365) }),
  /** How long a case imported for review is kept before it is removed. */
  reviewCopyDays: days(365),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

/** What is wrong with a team settings file, and where: worded in the manager namespace (`settings.errors`). */
export interface TeamSettingsFault {
  readonly code: 'not-json' | 'not-team-file' | 'newer-version' | 'national' | 'unknown-field' | 'missing' | 'wrong-type' | 'out-of-range' | 'invalid';
  /** Where in the file, as a dotted path (`flags.notSeenAloneDays`); empty for the whole file. */
  readonly path: string;
}

export type TeamSettingsParse = { ok: true; settings: TeamSettings } | { ok: false; faults: readonly TeamSettingsFault[] };

/** The value at a path in what was read (zod/mini's issues do not carry it). */
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);

const faultCode = (issue: { code: string }, value: unknown): TeamSettingsFault['code'] => {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_type':
      return value === undefined ? 'missing' : 'wrong-type';
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    default:
      return 'invalid';
  }
};

/** Reads a team settings file: every fault found, each with where it is. */
export function parseTeamSettings(text: string): TeamSettingsParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, faults: [{ code: 'not-json', path: '' }] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== TEAM_SETTINGS_FORMAT) {
    return { ok: false, faults: [{ code: 'not-team-file', path: 'format' }] };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > TEAM_SETTINGS_VERSION) return { ok: false, faults: [{ code: 'newer-version', path: 'version' }] };
  // A national number named anywhere in the contacts is refused by name, not as an unknown field.
  const contacts = (data as { contacts?: unknown }).contacts;
  const national: TeamSettingsFault[] =
    typeof contacts === 'object' && contacts !== null ? NATIONAL_KEYS.filter((key) => Object.hasOwn(contacts, key)).map((key) => ({ code: 'national', path: `contacts.${key}` })) : [];
  if (national.length > 0) return { ok: false, faults: national };
  const parsed = teamSettingsSchema.safeParse(data);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const faults = parsed.error.issues.flatMap((issue): TeamSettingsFault[] => {
    const at = issue.path.map(String);
    // An unknown field is named itself, not its parent.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ code: 'unknown-field', path: [...at, key].join('.') }));
    return [{ code: faultCode(issue, valueAt(data, issue.path)), path: at.join('.') }];
  });
  return { ok: false, faults };
}

/** The file a manager exports for the team: the same shape `parseTeamSettings` reads. */
export const teamSettingsText = (settings: TeamSettings): string => `${JSON.stringify(settings, null, 2)}\n`;

/** The team's settings on this device, or undefined when none were imported (or they cannot be read). */
export function loadTeamSettings(storage: Storage | undefined = safeLocalStorage()): TeamSettings | undefined {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return undefined;
    const parsed = parseTeamSettings(text);
    return parsed.ok ? parsed.settings : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the team's settings on this device; false when storage refused (nothing else changes). */
export function saveTeamSettings(settings: TeamSettings, storage: Storage | undefined = safeLocalStorage()): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(STORAGE_KEY, teamSettingsText(settings));
    cached = undefined;
    return true;
  } catch {
    return false;
  }
}

/** Goes back to the shipped examples. */
export function clearTeamSettings(storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept, or storage is gone: the shipped values stand either way.
  }
  cached = undefined;
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
  };
}

/**
 * The words the guidance reads for the team's values (i18next default variables): a contact set by
 * the team, and each escalation timescale the team set, as the shipped file's key names them.
 */
export function teamVariables(team: TeamSettings | undefined): Record<string, string> {
  if (team === undefined) return {};
  const variables: Record<string, string> = {};
  for (const key of TEAM_CONTACT_KEYS) {
    const value = team.contacts[key];
    if (value !== undefined) variables[key] = value;
  }
  for (const level of ESCALATION_STEP_IDS) {
    const value = team.escalationDays[level];
    if (value !== undefined) variables[LEVEL_SETTING[level]] = String(value);
  }
  return variables;
}

/** Whether the shipped file's value for this key is one the team has now set. */
export const setByTeam = (team: TeamSettings | undefined, key: string): boolean => Object.hasOwn(teamVariables(team), key);

let cached: LocalValues | undefined;
/** The values in force on this device, read once and again after the team's settings change. */
export const currentLocalValues = (): LocalValues => (cached ??= localValues(loadTeamSettings()));

/** A new team settings file starting from the values in force: what the settings page edits. */
export function draftTeamSettings(values: LocalValues, today: string, by?: string): TeamSettings {
  const team = loadTeamSettings();
  const contacts: Partial<Record<TeamContactKey, string>> = {};
  for (const key of TEAM_CONTACT_KEYS) {
    const value = values.contacts[key];
    if (!value.startsWith('[placeholder')) contacts[key] = value;
  }
  return {
    format: TEAM_SETTINGS_FORMAT,
    version: TEAM_SETTINGS_VERSION,
    team: team?.team ?? '',
    ...(by ? { setBy: by } : {}),
    setOn: today,
    contacts,
    escalationDays: { ...values.escalationDays },
    reviewPeriodDays: { ...values.reviewPeriodDays },
    flags: { notSeenAloneDays: values.thresholds.notSeenAloneDays, actionOutstandingDays: values.thresholds.actionOutstandingDays },
    reviewCopyDays: values.reviewCopyDays,
  };
}
