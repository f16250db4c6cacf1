/**
 * `npm run bench`: the median time to replay a 1,000-entry case log, the size of the chart, and
 * the time to generate the path tests with xstate/graph. Prints figures; the aim for replay is
 * under 10 ms on this machine.
 */
import { pathwayMachine, replay } from '../machines';
import type { AnswerId, LogEntry, StepId } from '../machines';
import { adjacency, coveredTransitions, definedTransitions, shortestPaths } from '../machines/paths';
import { logEntrySchema } from '../machines/log';
import { pathwayMachine as machineForTiming } from '../machines/pathway';

const AT = '2025-03-01T10:00:00.000Z';
const answer = (step: StepId, value: AnswerId | AnswerId[], rationale?: string): LogEntry =>
  rationale === undefined ? { kind: 'answer', at: AT, step, value } : { kind: 'answer', at: AT, step, value, rationale };

/** One case, start to outcome, with the entries a practitioner adds on the way. */
const ONE_RUN: LogEntry[] = [
  answer('role', 'local-authority'),
  answer('immediateDanger', 'no'),
  answer('careNeeds', 'yes'),
  answer('abuseOrNeglect', 'unsure'),
  answer('unableToProtect', 'yes'),
  answer('barrier', ['third-party-refuses-entry', 'appointments-missed']),
  answer('thirdParty', 'partner'),
  { kind: 'contact', at: AT, date: '2025-03-01', place: 'Doorstep', present: 'Husband', seenAlone: false, words: 'Go away.' },
  answer('riskIndicators', ['isolated', 'financial-control']),
  answer('accessAttempt', 'keep-trying'),
  { kind: 'note', at: AT, text: 'Visit planned for the day centre.' },
  { kind: 'back', at: AT },
  { kind: 'event', at: AT, event: 'crimeSuspected' },
  answer('accessAttempt', 'not-seen-alone'),
  answer('refusalUnreasonable', 'yes', 'He gives no reason.'),
  { kind: 'back', at: AT },
  answer('refusalUnreasonable', 'yes', 'He gives no reason at all.'),
  answer('interventionJustified', 'yes', 'The risk of not acting is greater.'),
  { kind: 'event', at: AT, event: 'emergency' },
  answer('emergency', 'continue-pathway'),
  answer('capacity', 'appears-to-have'),
  answer('advocacy', 'advocate-arranged'),
  answer('coercion', 'yes'),
  answer('mentalDisorder', 'no'),
  answer('forcedMarriage', 'no'),
  answer('crime', 'yes'),
  answer('legalOptions', 'done'),
  answer('legalAdvice', 'disputed', 'Police and council disagree.'),
  answer('escalatePractitioners', 'not-resolved', 'No agreement.'),
  answer('escalateManagers', 'resolved', 'Agreed to apply.'),
  answer('legalAdvice', 'action-agreed', 'High Court application.'),
  { kind: 'event', at: AT, event: 'referForReview' },
  { kind: 'review', at: AT, date: '2025-04-01' },
  { kind: 'event', at: AT, event: 'disagree' },
  answer('escalatePractitioners', 'resolved', 'Settled.'),
  { kind: 'change', at: AT, step: 'jurisdiction', value: 'england' },
];

const LOG: LogEntry[] = [answer('jurisdiction', 'england')];
while (LOG.length < 1000) LOG.push(...ONE_RUN);
LOG.length = 1000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const time = (work: () => unknown): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

const check = replay(LOG);
if (!check.ok) throw new Error(`the benchmark log is refused: ${check.error.message}`);

const WARM_UPS = 10;
const RUNS = 30;
for (let i = 0; i < WARM_UPS; i++) replay(LOG);
const replays = Array.from({ length: RUNS }, () => time(() => replay(LOG)));

let pathCount = 0;
const pathsTime = time(() => {
  pathCount = shortestPaths().length;
});
let coverage = '';
const coverageTime = time(() => {
  const map = adjacency();
  const defined = definedTransitions();
  const covered = coveredTransitions(map);
  coverage = `${covered.size}/${defined.size}`;
});

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const replayMedian = median(replays);
console.log(`replay of ${LOG.length} entries: median ${ms(replayMedian)} over ${RUNS} runs (min ${ms(Math.min(...replays))}, max ${ms(Math.max(...replays))}); aim at most 5 ms: ${replayMedian <= 5 ? 'met' : 'NOT met'}`);
// Where the time goes: the entries' shape checks (zod), the machine's transitions (XState), and the rest
// (the case state: the trail, answers in force, contacts). Measured by timing each part on its own.
const shapeChecks = median(Array.from({ length: RUNS }, () => time(() => LOG.forEach((entry) => logEntrySchema.safeParse(entry)))));
let transitions = 0;
let transitionTime = 0;
const transition = machineForTiming.transition.bind(machineForTiming);
machineForTiming.transition = ((...args: Parameters<typeof transition>) => {
  const start = performance.now();
  const next = transition(...args);
  transitionTime += performance.now() - start;
  transitions += 1;
  return next;
}) as typeof transition;
const timedRuns = 10;
for (let i = 0; i < timedRuns; i++) replay(LOG);
machineForTiming.transition = transition;
const perReplay = transitionTime / timedRuns;
console.log(
  `  where it goes: shape checks (zod) ${ms(shapeChecks)}; ${transitions / timedRuns} machine transitions (XState) about ${ms(perReplay)} (${((perReplay / replayMedian) * 100).toFixed(0)}%, timed one by one, so a little high); the case state the rest`,
);
console.log(`chart: ${Object.keys(pathwayMachine.root.states).length} states, ${definedTransitions().size} transitions`);
console.log(`path tests: ${pathCount} shortest paths generated in ${ms(pathsTime)}; adjacency and transition coverage (${coverage}) in ${ms(coverageTime)}`);

// The case record (issue 6): autosave, export and import of a 1,000-entry case.
console.log('\n-- case record --');
const { recordBench } = await import('./record');
await recordBench();

// The trainer's map (issue 14): laid out at build time (scripts/layout-map.ts), so the browser gets positions only.
console.log('\n-- trainer\'s map --');
{
  const { ENGINE, buildLayout } = await import('../scripts/map-layout');
  const started = performance.now();
  const layout = await buildLayout();
  console.log(`map layout at build time (${ENGINE}): ${Object.keys(layout.locales).length} locales (${Object.keys(layout.locales).join(', ')}) in ${ms(performance.now() - started)}; written by npx tsx scripts/layout-map.ts, not by the build`);
}

// The browser (issue 5): first-load bundle and page-change time in Chromium.
console.log('\n-- user interface --');
const { uiBench } = await import('./ui');
await uiBench();

// The manager's view (issue 15): 200 case files of 1,000 entries imported for review, and the overview drawn from kept summaries.
console.log('\n-- manager\'s view --');
const { managerFigures, printManagerFigures } = await import('./manager');
printManagerFigures(await managerFigures());
