import { z } from '../../machines/zod';
import { text } from './common';

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
  environmentalHealthContact: text,
  forcedMarriageUnitContact: text,
  boardBusinessManagerContact: text,
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

export const settingsSchema = z
  .strictObject({
    ...settingsShape,
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
