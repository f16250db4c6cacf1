/**
 * The en-GB words, one JSON file per namespace (style.md, rule 9). A new locale is a folder like
 * this one, with the same files and this index, and one line in content/locales.ts.
 *
 * Two parts (issue 13, the first load): `eager` holds what the start page and the questions read,
 * and ships in the first load; `lazy` holds what only later pages read (outcomes, routes, About),
 * each file its own chunk, fetched when first needed and precached by the service worker so it
 * loads at once offline. content/resources.ts loads both for Node, the tests and the build check.
 *
 * The steps' words are one namespace filed by the stage of the pathway each step belongs to
 * (machines/stages.ts): `steps/<stage>.json`. The first questions' (`starting`) and the emergency
 * step's, which any question may open, are eager; each later stage's file is its own chunk
 * (`laterSteps`), loaded when one of its steps is first shown.
 */
import startingSteps from './steps/starting.json';
import emergencySteps from './steps/emergency.json';
import ui from './ui.json';
import record from './record.json';
import { hazardWords } from '../safety/words';
import type { HazardLog } from '../schema/safety';

const eager = { steps: { ...startingSteps, ...emergencySteps }, ui, record };

/** Each later stage's steps, by stage id (machines/stages.ts). */
const laterSteps = {
  'seeing-alone': () => import('./steps/seeing-alone.json').then((file) => file.default),
  risk: () => import('./steps/risk.json').then((file) => file.default),
  capacity: () => import('./steps/capacity.json').then((file) => file.default),
  legal: () => import('./steps/legal.json').then((file) => file.default),
  escalation: () => import('./steps/escalation.json').then((file) => file.default),
};

const lazy = {
  outcomes: () => import('./outcomes.json').then((file) => file.default),
  actions: () => import('./actions.json').then((file) => file.default),
  routes: () => import('./routes.json').then((file) => file.default),
  rules: () => import('./rules.json').then((file) => file.default),
  about: () => import('./about.json').then((file) => file.default),
  safety: () => import('./safety.json').then((file) => file.default),
  // The trainer's view (issue 14): its words load with it, never in the practitioner's first load.
  trainer: () => import('./trainer.json').then((file) => file.default),
  // The manager's view (issue 15): its words load with it.
  manager: () => import('./manager.json').then((file) => file.default),
  // Scenario files are written in English: their words are this locale's (content/scenarios/index.ts).
  scenarios: () =>
    Promise.all([import('../scenarios/index'), import('./narration.json')]).then(([file, narration]) => file.scenarioWords(file.SCENARIO_FILES, narration.default)),
  // The hazard log is written in English: its words are this locale's (content/safety/words.ts).
  hazards: () => import('../safety/hazards.json').then((file) => hazardWords(file.default as HazardLog)),
};

const enGB = { eager, laterSteps, lazy };
export default enGB;

type Loaded<Loaders> = { [Name in keyof Loaders]: Loaders[Name] extends () => Promise<infer Words> ? Words : never };
type LaterSteps = Loaded<typeof laterSteps>;

/** A locale's files, every namespace loaded: the steps of every stage in one. */
export type LocaleFiles = Omit<typeof eager, 'steps'> & {
  steps: typeof eager.steps & LaterSteps['seeing-alone'] & LaterSteps['risk'] & LaterSteps['capacity'] & LaterSteps['legal'] & LaterSteps['escalation'];
} & Loaded<typeof lazy>;
