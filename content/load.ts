/**
 * Parses every content file with its strict schema, then checks what crosses files.
 * Pure: takes the raw JSON, returns typed content or throws a ContentError that names
 * the file and the path inside it. content/index.ts calls it at import time.
 */
import type { z } from '../machines/zod';
import { isStepId, type StepId } from '../machines/ids';
import { stepStage } from '../machines/stages';
import { aboutSchema } from './schema/about';
import { caseActionsSchema } from './schema/actions';
import { outcomesSchema } from './schema/outcomes';
import { recordSchema } from './schema/record';
import { routesSchema, rulesSchema } from './schema/routes';
import { settingsSchema } from './schema/settings';
import { sourcesSchema } from './schema/sources';
import { stepsSchema } from './schema/steps';
import { uiSchema } from './schema/ui';
import { unconfirmedSchema } from './schema/unconfirmed';
import { versionSchema } from './schema/version';
import { crossCheck, type ContentIssue, type Path } from './checks';

/** The content files by role, as read from disk. */
export interface RawContent {
  steps: unknown;
  outcomes: unknown;
  actions: unknown;
  routes: unknown;
  rules: unknown;
  about: unknown;
  ui: unknown;
  record: unknown;
  sources: unknown;
  unconfirmed: unknown;
  settings: unknown;
  version: unknown;
}

/** Where each file lives, for messages a content editor can act on. */
export const CONTENT_FILES: Record<keyof RawContent, string> = {
  // A folder: the steps' words are filed by the stage of the pathway (stepsFile).
  steps: 'content/en-GB/steps/',
  outcomes: 'content/en-GB/outcomes.json',
  actions: 'content/en-GB/actions.json',
  routes: 'content/en-GB/routes.json',
  rules: 'content/en-GB/rules.json',
  about: 'content/en-GB/about.json',
  ui: 'content/en-GB/ui.json',
  record: 'content/en-GB/record.json',
  sources: 'content/sources.json',
  unconfirmed: 'content/unconfirmed.json',
  settings: 'content/local/settings.json',
  version: 'content/version.json',
};

/** The file a step's words live in: one per stage of the pathway, so each loads with its stage (content/en-GB/index.ts). */
export const stepsFile = (step: StepId): string => `${CONTENT_FILES.steps}${stepStage(step)}.json`;

/** A steps issue, named by the file of the step it is about (one about no step names the folder). */
const inStepsFile = (issue: ContentIssue): ContentIssue => {
  const step = issue.path[0];
  return typeof step === 'string' && isStepId(step) ? { ...issue, file: stepsFile(step) } : issue;
};

/** The steps by the file each lives in, for the checks that cross files. */
function stepsByFile(steps: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const files: Record<string, Record<string, unknown>> = {};
  for (const [step, words] of Object.entries(steps)) if (isStepId(step)) (files[stepsFile(step)] ??= {})[step] = words;
  return files;
}

const formatPath = (path: Path): string => (path.length === 0 ? '(top level)' : path.join('.'));

/** Thrown when a content file is malformed: lists every issue with its file and path. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const lines = issues.slice(0, 20).map((issue) => `  ${issue.file} at ${formatPath(issue.path)}: ${issue.message}`);
    const more = issues.length > 20 ? [`  ... and ${issues.length - 20} more`] : [];
    super(['Content is malformed:', ...lines, ...more].join('\n'));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

function parseFile<T>(schema: z.ZodMiniType<T>, value: unknown, file: string, issues: ContentIssue[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` (unknown: ${issue.keys.join(', ')})` : '';
    issues.push({ file, path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), message: `${issue.message}${keys}` });
  }
  return undefined;
}

export function parseContent(raw: RawContent) {
  const issues: ContentIssue[] = [];
  const stepsIssues: ContentIssue[] = [];
  const steps = parseFile(stepsSchema, raw.steps, CONTENT_FILES.steps, stepsIssues);
  issues.push(...stepsIssues.map(inStepsFile));
  const outcomes = parseFile(outcomesSchema, raw.outcomes, CONTENT_FILES.outcomes, issues);
  const actions = parseFile(caseActionsSchema, raw.actions, CONTENT_FILES.actions, issues);
  const routes = parseFile(routesSchema, raw.routes, CONTENT_FILES.routes, issues);
  const rules = parseFile(rulesSchema, raw.rules, CONTENT_FILES.rules, issues);
  const about = parseFile(aboutSchema, raw.about, CONTENT_FILES.about, issues);
  const ui = parseFile(uiSchema, raw.ui, CONTENT_FILES.ui, issues);
  const record = parseFile(recordSchema, raw.record, CONTENT_FILES.record, issues);
  const sources = parseFile(sourcesSchema, raw.sources, CONTENT_FILES.sources, issues);
  const unconfirmed = parseFile(unconfirmedSchema, raw.unconfirmed, CONTENT_FILES.unconfirmed, issues);
  const settings = parseFile(settingsSchema, raw.settings, CONTENT_FILES.settings, issues);
  const version = parseFile(versionSchema, raw.version, CONTENT_FILES.version, issues);

  if (
    issues.length > 0 ||
    !steps ||
    !outcomes ||
    !actions ||
    !routes ||
    !rules ||
    !about ||
    !ui ||
    !record ||
    !sources ||
    !unconfirmed ||
    !settings ||
    !version
  ) {
    throw new ContentError(issues);
  }

  const variables = new Set(Object.keys(settings).filter((key) => key !== 'placeholders'));
  issues.push(
    ...crossCheck({
      files: {
        ...stepsByFile(steps),
        [CONTENT_FILES.outcomes]: outcomes,
        [CONTENT_FILES.actions]: actions,
        [CONTENT_FILES.routes]: routes,
        [CONTENT_FILES.rules]: rules,
        [CONTENT_FILES.about]: about,
      },
      sourceIds: new Set(sources.map((source) => source.id)),
      sourceKinds: new Map(sources.map((source) => [source.id, source.kind])),
      unconfirmed,
      variables,
    }),
  );

  // The review periods' flags name facts that exist.
  const factIds = new Set(unconfirmed.map((fact) => fact.id));
  (settings.reviewPeriodUnconfirmed ?? []).forEach((id, index) => {
    if (!factIds.has(id)) {
      issues.push({ file: CONTENT_FILES.settings, path: ['reviewPeriodUnconfirmed', index], message: `Unknown unconfirmed fact ${id}` });
    }
  });

  // Each placeholder setting is itself an unconfirmed fact: some fact must flag its {{variable}}.
  const markers = new Set(unconfirmed.flatMap((fact) => fact.markers));
  for (const key of settings.placeholders) {
    if (!markers.has(`{{${key}}}`)) {
      issues.push({
        file: CONTENT_FILES.unconfirmed,
        path: [],
        message: `The placeholder setting ${key} needs a fact whose markers include {{${key}}}`,
      });
    }
  }

  if (issues.length > 0) throw new ContentError(issues);
  return { steps, outcomes, actions, routes, rules, about, ui, record, sources, unconfirmed, settings, version };
}

export type Content = ReturnType<typeof parseContent>;
