/**
 * The content the app reads, as built: no checking here. Every file is checked against its schemas
 * at build time (vite.config.ts) and by the tests (content/resources.ts), so the browser
 * does no checking at start-up (issue 13). The locales' words reach pages through i18next
 * (src/i18n.ts), the first pages' at once and the rest when first needed (content/locales.ts).
 */
import sourcesFile from './sources.json';
import unconfirmedFile from './unconfirmed.json';
import settingsFile from './local/settings.json';
import versionFile from './version.json';
import changelogFile from './changelog.json';
import bankHolidaysFile from './bankHolidays.json';
import type { Changelog } from './schema/changelog';
import type { LocalSettings } from './schema/settings';
import type { Source } from './schema/sources';
import type { UnconfirmedFact } from './schema/unconfirmed';

/*
 * The JSON files typed by their schemas' types. The casts hold because the build and the tests
 * parse these same files with the strict schemas, which leave a valid file unchanged.
 */
const content = {
  sources: sourcesFile as unknown as Source[],
  unconfirmed: unconfirmedFile as unknown as UnconfirmedFact[],
  settings: settingsFile as unknown as LocalSettings,
  version: versionFile,
};

export { DEFAULT_LOCALE, LOCALE_BUNDLES, LAZY_NAMESPACES, EAGER_NAMESPACES, type LazyNamespace, type LocaleBundle } from './locales';

export const sources: readonly Source[] = content.sources;
const sourceIndex = new Map(content.sources.map((source) => [source.id, source]));
export const sourceById = (id: string): Source | undefined => sourceIndex.get(id);

/** The one list of facts still to be confirmed locally. */
export const unconfirmed: readonly UnconfirmedFact[] = content.unconfirmed;
const unconfirmedIndex = new Map(content.unconfirmed.map((fact) => [fact.id, fact]));
export const unconfirmedById = (id: string): UnconfirmedFact | undefined => unconfirmedIndex.get(id);

/** Local details; `placeholders` lists the keys whose values must be confirmed locally. */
export const localSettings = content.settings;

/** England and Wales bank holidays (content/bankHolidays.json), for working days on the ladder. */
export const bankHolidays: ReadonlySet<string> = new Set(bankHolidaysFile.dates);
export const bankHolidaysSource: string = bankHolidaysFile.source;

/**
 * The team's escalation timescale for each level, in working days, where it is a number; a level
 * whose value is still a placeholder has none ("to be set locally").
 */
export const escalationTimescales: Readonly<Partial<Record<'escalatePractitioners' | 'escalateManagers' | 'escalateLeads' | 'escalateBoard', number>>> = Object.fromEntries(
  (
    [
      ['escalatePractitioners', content.settings.escalationPractitionersDays],
      ['escalateManagers', content.settings.escalationManagersDays],
      ['escalateLeads', content.settings.escalationLeadsDays],
      ['escalateBoard', content.settings.escalationBoardTimescale],
    ] as const
  ).flatMap(([level, value]) => (/^\d+$/.test(value) ? [[level, Number(value)]] : [])),
);

/** The changelog (content/changelog.json), newest release first; checked at build and test time. */
export const changelog: Changelog = changelogFile as unknown as Changelog;

/** A release's key in the `changelog` namespace: i18next reads dots as nesting, so 1.1.0 is v1_1_0. */
export const releaseKey = (version: string): string => `v${version.replaceAll('.', '_')}`;

/** What a release says, in words: its summary, its changes, and why a question is worth a second look. */
export interface ReleaseWords {
  summary: string;
  changes: string[];
  revisit: Record<string, string>;
  /** Who is to review and sign the release's guidance: a role (issue 16). */
  reviewerRole?: string;
}

const wordsOf = (release: { summary: string; changes: string[]; revisit?: { step: string; why: string }[]; guidanceReviewed?: { reviewerRole: string } }): ReleaseWords => ({
  summary: release.summary,
  changes: release.changes,
  revisit: Object.fromEntries((release.revisit ?? []).map((item) => [item.step, item.why])),
  ...(release.guidanceReviewed ? { reviewerRole: release.guidanceReviewed.reviewerRole } : {}),
});

/**
 * The changelog's words as the `changelog` namespace: like source titles, read text goes through
 * i18next, so a locale can word them and the pseudo-locale shows any that escape it.
 */
export const changelogWords = {
  pathway: Object.fromEntries(changelog.pathway.map((release) => [releaseKey(release.version), wordsOf(release)])),
  content: Object.fromEntries(changelog.content.map((release) => [releaseKey(release.version), wordsOf(release)])),
};

/** The newest content release that records a review of its guidance: its date and what reviewed it. */
export const guidanceReviewed = changelog.content.find((release) => release.guidanceReviewed)?.guidanceReviewed;
/** The version of that release: its words (the reviewer's role) are in the changelog namespace under it. */
export const guidanceReviewedIn = changelog.content.find((release) => release.guidanceReviewed)?.version;

export const contentVersion: string = content.version.contentVersion;
export const contentDate: string = content.version.date;
export const contentPathwayVersion: string = content.version.pathwayVersion;

export { pseudoLocalize, pseudoString } from './pseudo';
export type { RawContent, Content } from './load';
export type { Block } from './schema/common';
export type { StepContent, StepsContent, OptionContent, RationaleContent } from './schema/steps';
export type { OutcomeContent, OutcomesContent, ActionContent } from './schema/outcomes';
export type { CaseActionContent, CaseActionsContent } from './schema/actions';
export type { RouteContent, RoutesContent, RuleContent, RulesContent } from './schema/routes';
// Not from the schema module: that would ship its zod schemas to the browser.
export { ROUTE_PARTS, type RoutePart } from './routeParts';
export type { AboutContent } from './schema/about';
export type { Source } from './schema/sources';
export type { UnconfirmedFact } from './schema/unconfirmed';
export type { LocalSettings } from './schema/settings';
export type { Changelog, ContentRelease, PathwayRelease, Revisit } from './schema/changelog';
