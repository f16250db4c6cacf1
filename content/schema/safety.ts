import { z } from '../../machines/zod';
import { isoDate, text } from './common';

/**
 * The safety case's two files.
 *
 * content/safety/hazards.json is the hazard log: what could go wrong when a practitioner relies on
 * this tool, how bad and how likely it would be before and after its controls, and what holds each
 * control. It follows the way of working of DCB0129, the NHS standard for clinical risk management
 * by makers of health IT: severity and likelihood on a 5 × 5 matrix, a hazard log, a safety case
 * and a safety officer's sign-off. This schema checks its shape; tests/content/safety.test.ts holds
 * every name a control gives (a state, rule, route, content key, page or test title) to the code.
 *
 * content/<locale>/safety.json holds the words of the safety page around the log.
 */

/** Severity and likelihood are each one of five levels, 1 the least and 5 the most. */
const level = z.int().check(z.gte(1, 'A level is 1 to 5'), z.lte(5, 'A level is 1 to 5'));

const assessment = z.strictObject({ severity: level, likelihood: level });

const idList = z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'Name at least one, or leave the field out'));

/**
 * A control: what reduces the risk, in plain words, and what holds it. Each name is checked:
 * - `states`: a step or outcome id of the chart (machines/ids.ts);
 * - `rules`: a rule id of the chart (machines/rules.ts: withholding, never and high-risk rules;
 *   machines/ids.ts: ROUTE_RULES);
 * - `routes`: a route id (machines/ids.ts);
 * - `content`: a content key, `namespace:key.path` (`steps:capacity.guidance`, `unconfirmed:U1`);
 * - `pages`: a step or outcome id, or a view that names itself on `<main data-view>`;
 * - `tests`: a test by its full title, `file > describe > test`, as `vitest list` and
 *   `playwright test --list` name it (the file from the repository's root).
 */
export const CONTROL_REFERENCE_KINDS = ['states', 'rules', 'routes', 'content', 'pages', 'tests'] as const;
export type ControlReferenceKind = (typeof CONTROL_REFERENCE_KINDS)[number];

const control = z
  .strictObject({
    text,
    states: z.optional(idList),
    rules: z.optional(idList),
    routes: z.optional(idList),
    content: z.optional(idList),
    pages: z.optional(idList),
    tests: z.optional(idList),
  })
  .check(
    z.refine(
      (value: Partial<Record<ControlReferenceKind, string[]>>) => CONTROL_REFERENCE_KINDS.some((kind) => (value[kind]?.length ?? 0) > 0),
      'A control names what holds it: a state, rule, route, content key, page or test',
    ),
  );
export type Control = z.infer<typeof control>;

export const HAZARD_ID_PATTERN = /^H\d{2}$/;

const hazard = z.strictObject({
  id: z.string().check(z.regex(HAZARD_ID_PATTERN, 'A hazard id is H and two digits, such as H01')),
  title: text,
  cause: text,
  harm: text,
  initial: assessment,
  controls: z.array(control).check(z.minLength(1, 'A hazard needs at least one control')),
  residual: z.strictObject({ severity: level, likelihood: level, text }),
  /**
   * What is still to be built or decided before the controls are complete (a feature another piece
   * of work is building): shown on the safety page, so a Board sees the gap, not a promise.
   */
  pending: z.optional(text),
});
export type Hazard = z.infer<typeof hazard>;

/**
 * Who signs the safety case: a role, and a name only when a real person has signed. `signedBy` is
 * null until then; a name needs the day it was signed.
 */
export const signOffSchema = z
  .strictObject({
    role: text,
    signedBy: z.nullable(text),
    signedOn: z.nullable(isoDate),
  })
  .check(
    z.refine(
      (value: { signedBy: string | null; signedOn: string | null }) => (value.signedBy === null) === (value.signedOn === null),
      'A signature has both a name and a date, or neither',
    ),
  );

/** The risk rating (1 very low to 5 very high) for each likelihood (rows, 1 to 5) and severity (columns, 1 to 5). */
const matrixRow = z.array(level).check(z.length(5, 'A row of the matrix has five ratings'));

export const hazardLogSchema = z
  .strictObject({
    about: text,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'A version is written like 1.0.0')),
    date: isoDate,
    signOff: signOffSchema,
    /** `matrix[likelihood - 1][severity - 1]`: the rating of a hazard assessed at that likelihood and severity. */
    matrix: z.array(matrixRow).check(z.length(5, 'The matrix has five rows')),
    hazards: z.array(hazard).check(z.minLength(1)),
  })
  .check(
    z.superRefine((log, ctx) => {
      const seen = new Set<string>();
      log.hazards.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['hazards', index, 'id'], message: `Two hazards share the id ${item.id}` });
        seen.add(item.id);
      });
    }),
  );
export type HazardLog = z.infer<typeof hazardLogSchema>;

/** The rating a hazard gets on the matrix. */
export const riskRating = (log: Pick<HazardLog, 'matrix'>, assessed: { severity: number; likelihood: number }): number =>
  log.matrix[assessed.likelihood - 1]?.[assessed.severity - 1] ?? 5;

const levelWords = z.strictObject({ label: text, meaning: text });
const fiveLevels = z.strictObject({ 1: levelWords, 2: levelWords, 3: levelWords, 4: levelWords, 5: levelWords });

const paragraphs = z.array(text).check(z.minLength(1));

/** content/<locale>/safety.json: the words of the safety page and of the guidance's freshness. */
export const safetyPageSchema = z.strictObject({
  heading: text,
  intro: paragraphs,
  standardHeading: text,
  standard: paragraphs,
  intendedUseHeading: text,
  intendedUse: paragraphs,
  mustNotHeading: text,
  mustNot: z.array(text).check(z.minLength(1)),
  matrixHeading: text,
  matrixIntro: text,
  matrixCaption: text,
  likelihoodHeading: text,
  severityHeading: text,
  meaningHeading: text,
  severity: fiveLevels,
  likelihood: fiveLevels,
  rating: fiveLevels,
  hazardsHeading: text,
  hazardsIntro: text,
  hazardHeading: text,
  cause: text,
  harm: text,
  initialRisk: text,
  controls: text,
  /** i18next plural forms: how many automated tests check a control. */
  checkedBy_one: text,
  checkedBy_other: text,
  residualRisk: text,
  pending: text,
  assessment: text,
  residualHeading: text,
  residualIntro: text,
  residualCaption: text,
  signOffHeading: text,
  signOffRole: text,
  signOffNotSigned: text,
  signOffSigned: text,
  logVersion: text,
  reportHeading: text,
  report: paragraphs,
  print: text,
  aboutLink: text,
  freshness: z.strictObject({
    reviewed: text,
    notReviewed: text,
    due: text,
    dueText: text,
    reviewer: text,
    notSigned: text,
    signed: text,
  }),
});
export type SafetyPageContent = z.infer<typeof safetyPageSchema>;
