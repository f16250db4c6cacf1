import { z } from '../../machines/zod';
import { OUTCOME_IDS, type OutcomeId } from '../../machines/ids';
import { text, unconfirmedList } from './common';

const webAddress = z.url({ protocol: /^https$/, error: 'A web address here is an https address' });

/**
 * The local details, one file: contacts, team names and escalation timescales.
 * East Sussex values where the brief gives them; elsewhere clearly marked placeholders,
 * listed by key in `placeholders` so that the UI and the guidance can flag them.
 * Every string value is also an i18next default variable: `{{adultSocialCareContact}}`.
 */
const settingsShape = {
  boardName: text,
  area: text,
  councilName: text,
  boardWebsite: webAddress,
  proceduresName: text,
  proceduresUrl: webAddress,
  emergencyNumber: text,
  policeNonEmergency: text,
  /** Where the quick exit goes: a neutral site (architecture.md). */
  quickExitUrl: webAddress,
  adultSocialCareContact: text,
  adultSocialCareOutOfHours: text,
  legalServicesContact: text,
  amhpServiceContact: text,
  marmContact: text,
  maracContact: text,
  domesticAbuseServiceContact: text,
  childrensServicesContact: text,
  /** The police's single point of contact for adult safeguarding (issue 15: a team sets it). */
  policeSpocContact: text,
  environmentalHealthContact: text,
  forcedMarriageUnitContact: text,
  boardBusinessManagerContact: text,
  /** Who to tell about a problem with the tool itself (the safety page, issue 16). */
  safetyContact: text,
  /** Escalation timescales per level, in working days (contract: set locally). */
  escalationPractitionersDays: text,
  escalationManagersDays: text,
  escalationLeadsDays: text,
  escalationBoardTimescale: text,
};

export type SettingKey = keyof typeof settingsShape;
export const SETTING_KEYS = Object.keys(settingsShape) as SettingKey[];

/** A value only the local Board can supply says so in the value itself. */
export const PLACEHOLDER_PREFIX = '[placeholder';

/**
 * The default period before each outcome's review date, in days: a value a team sets (issue 10).
 * Every outcome continues (the tool ends a run, never a case), so it is at least one day.
 */
const periodShape: Record<string, z.ZodMiniInt> = {};
for (const id of OUTCOME_IDS) periodShape[id] = z.int().check(z.gte(1, 'Every outcome continues: give a review period of at least one day'));
const reviewPeriods = z.strictObject(periodShape) as unknown as z.ZodMiniType<Record<OutcomeId, number>>;

export const settingsSchema = z
  .strictObject({
    ...settingsShape,
    reviewPeriodDays: reviewPeriods,
    /** The unconfirmed facts behind the review periods (design defaults until a team sets its own). */
    reviewPeriodUnconfirmed: z.optional(unconfirmedList),
    /**
     * The manager's flags and review copies (issue 15): examples until a team sets its own on the
     * team settings page. Days, each at least one.
     */
    teamDefaults: z.strictObject({
      notSeenAloneDays: z.int().check(z.gte(1), z.lte(365)),
      actionOutstandingDays: z.int().check(z.gte(1), z.lte(365)),
      reviewCopyDays: z.int().check(z.gte(1), z.lte(365)),
    }),
    /** Keys whose values are placeholders or borrowed defaults: to be confirmed locally. */
    placeholders: z.array(z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]])),
  })
  .check(
    z.superRefine((settings, ctx) => {
      const flagged = new Set<string>(settings.placeholders);
      for (const key of SETTING_KEYS) {
        const value = settings[key];
        if (value.startsWith(PLACEHOLDER_PREFIX) && !flagged.has(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} is a placeholder but is not listed in placeholders` });
        }
      }
    }),
  );
export type LocalSettings = z.infer<typeof settingsSchema>;
