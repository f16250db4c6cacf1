/**
 * The content, loaded and checked once at import time. A malformed file throws a
 * ContentError naming the file and the path inside it, so the app never renders
 * half-checked guidance.
 */
import { DEFAULT_LOCALE, LOCALES } from './locales';
import sourcesFile from './sources.json';
import unconfirmedFile from './unconfirmed.json';
import settingsFile from './local/settings.json';
import versionFile from './version.json';
import changelogFile from './changelog.json';
import { changelogSchema, type Changelog } from './schema/changelog';
import { parseContent, type Content } from './load';
import type { Source } from './schema/sources';
import type { UnconfirmedFact } from './schema/unconfirmed';

const shared = { sources: sourcesFile, unconfirmed: unconfirmedFile, settings: settingsFile, version: versionFile };

/** Every locale's words checked against the same schemas and the same sources (content/locales.ts). */
const checked = Object.fromEntries(Object.entries(LOCALES).map(([locale, files]) => [locale, parseContent({ ...files, ...shared })]));
const content = parseContent({ ...LOCALES[DEFAULT_LOCALE], ...shared });

const namespacesOf = (parsed: Content) => ({
  steps: parsed.steps,
  outcomes: parsed.outcomes,
  actions: parsed.actions,
  routes: parsed.routes,
  rules: parsed.rules,
  about: parsed.about,
  ui: parsed.ui,
  record: parsed.record,
});

/** i18next resources by locale and namespace: every locale of content/locales.ts. */
export const contentResources: Readonly<Record<string, ReturnType<typeof namespacesOf>>> & {
  readonly [DEFAULT_LOCALE]: ReturnType<typeof namespacesOf>;
} = { ...Object.fromEntries(Object.entries(checked).map(([locale, parsed]) => [locale, namespacesOf(parsed)])), [DEFAULT_LOCALE]: namespacesOf(content) };

export { DEFAULT_LOCALE } from './locales';

export const sources: readonly Source[] = content.sources;
const sourceIndex = new Map(content.sources.map((source) => [source.id, source]));
export const sourceById = (id: string): Source | undefined => sourceIndex.get(id);

/** The one list of facts still to be confirmed locally. */
export const unconfirmed: readonly UnconfirmedFact[] = content.unconfirmed;
const unconfirmedIndex = new Map(content.unconfirmed.map((fact) => [fact.id, fact]));
export const unconfirmedById = (id: string): UnconfirmedFact | undefined => unconfirmedIndex.get(id);

/** Local details; `placeholders` lists the keys whose values must be confirmed locally. */
export const localSettings = content.settings;

/** The changelog (content/changelog.json), newest release first; checked when the module loads. */
export const changelog: Changelog = changelogSchema.parse(changelogFile);

/** A release's key in the `changelog` namespace: i18next reads dots as nesting, so 1.1.0 is v1_1_0. */
export const releaseKey = (version: string): string => `v${version.replaceAll('.', '_')}`;

/** What a release says, in words: its summary, its changes, and why a question is worth a second look. */
export interface ReleaseWords {
  summary: string;
  changes: string[];
  revisit: Record<string, string>;
}

const wordsOf = (release: { summary: string; changes: string[]; revisit?: { step: string; why: string }[] }): ReleaseWords => ({
  summary: release.summary,
  changes: release.changes,
  revisit: Object.fromEntries((release.revisit ?? []).map((item) => [item.step, item.why])),
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

export const contentVersion: string = content.version.contentVersion;
export const contentDate: string = content.version.date;
export const contentPathwayVersion: string = content.version.pathwayVersion;

export { pseudoLocalize, pseudoString } from './pseudo';
export { parseContent, ContentError, CONTENT_FILES, type RawContent, type Content } from './load';
export type { Block } from './schema/common';
export type { StepContent, StepsContent, OptionContent, RationaleContent } from './schema/steps';
export type { OutcomeContent, OutcomesContent, ActionContent } from './schema/outcomes';
export type { CaseActionContent, CaseActionsContent } from './schema/actions';
export type { RouteContent, RoutesContent, RuleContent, RulesContent, RoutePart } from './schema/routes';
export { ROUTE_PARTS } from './schema/routes';
export type { AboutContent } from './schema/about';
export type { Source } from './schema/sources';
export type { UnconfirmedFact } from './schema/unconfirmed';
export type { LocalSettings } from './schema/settings';
export type { Changelog, ContentRelease, PathwayRelease, Revisit } from './schema/changelog';
