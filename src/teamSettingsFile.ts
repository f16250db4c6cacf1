/**
 * The team settings file (issue 15, point 1): its schema, and reading one with every fault named
 * where it is. Loaded only when a file is read: on the team settings page, and at start-up on a device
 * that keeps a team's settings (src/main.tsx), so the first visit's first load carries none of it.
 * The values in force, and what the pages read, are in src/teamSettings.ts.
 */
import { z } from '../machines/zod';
import { ESCALATION_STEP_IDS, OUTCOME_IDS, type EscalationStepId, type OutcomeId } from '../machines';
import {
  NATIONAL_KEYS,
  TEAM_CONTACT_KEYS,
  TEAM_SETTINGS_FORMAT,
  TEAM_SETTINGS_VERSION,
  storedTeamSettingsText,
  teamSettingsInForce,
  type LocalValues,
  type TeamContactKey,
  type TeamSettings,
} from './teamSettings';

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


// What the schema reads is the shape the rest of the app names (src/teamSettings.ts): checked both ways.
type ParsedTeamSettings = z.infer<typeof teamSettingsSchema>;
const _readAsNamed = (parsed: ParsedTeamSettings): TeamSettings => parsed;
const _namedAsRead = (named: TeamSettings): ParsedTeamSettings => named;
void _readAsNamed;
void _namedAsRead;

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


/** The team's settings kept on this device, checked as an imported file is; undefined when none are kept or they are damaged. */
export function loadTeamSettings(storage?: Storage): TeamSettings | undefined {
  const text = storedTeamSettingsText(storage);
  if (text === undefined) return undefined;
  const parsed = parseTeamSettings(text);
  return parsed.ok ? parsed.settings : undefined;
}

/** A new team settings file starting from the values in force: what the settings page edits. */
export function draftTeamSettings(values: LocalValues, today: string, by?: string): TeamSettings {
  const team = teamSettingsInForce();
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
