/**
 * A file the trainer opens to play (issue 14, point 4): an exported case, or a scenario of their own.
 * It is checked by the same code as everywhere else (src/casefile's parseCaseFile, the scenario
 * runner's check) and then held in this module's memory only: never written to localStorage or
 * IndexedDB, and gone when the page is closed or reloaded.
 */
import { applyEntry, chronology, currentPage, initialState, isOutcome, offeredAnswers, recommendedRoutes } from '../../machines';
import type { CaseFile, ChronologyStatus, OutcomeId, StepId } from '../../machines';
import type { Scenario } from '../../content/schema/scenario';
import { MAX_CASE_FILE_CHARS, parseCaseFile, type ImportError, type MigrationNotice } from '../casefile';
import { fault, type ScenarioFault } from '../cli/scenarioFault';
import { checkScenarioText } from '../cli/scenarioText';
import { replayReason } from '../casefile/replayReason';
import { runScenario } from '../cli/run-scenario';
import { playScenario, type Move, type Walk } from './walk';

export type OpenedFile =
  | {
      readonly kind: 'case';
      readonly file: CaseFile;
      readonly walk: Walk;
      /** What became of each entry (undone, changed, in force…), by position. */
      readonly statuses: readonly ChronologyStatus[];
      readonly notices: readonly MigrationNotice[];
    }
  | {
      readonly kind: 'scenario';
      readonly scenario: Scenario;
      readonly walk: Walk;
      /** Why the scenario does not play as it expects, as `npm run scenario` names it; absent when it does. */
      readonly fault?: ScenarioFault;
    };

let opened: OpenedFile | undefined;

/** The file open now, if any (memory only). */
export const openedFile = (): OpenedFile | undefined => opened;
export const setOpenedFile = (file: OpenedFile | undefined): void => {
  opened = file;
};

/**
 * A case's log as a walk: every entry one move, with the page it was made on and the case as it
 * stood before it, in the log's order. The log has already been replayed whole by parseCaseFile,
 * so no entry is refused here.
 */
export function caseWalk(file: CaseFile): Walk {
  let state = initialState();
  const moves: Move[] = [];
  for (const [index, entry] of file.entries.entries()) {
    const applied = applyEntry(state, entry, index);
    if (!applied.ok) return { moves, final: state, end: { kind: 'failed', fault: fault('logRefused', { refusal: { record: replayReason(applied.error, applied.state, entry) } }) } };
    moves.push({ page: currentPage(state), entry, before: state });
    state = applied.state;
  }
  const page = currentPage(state);
  return {
    moves,
    final: state,
    end: isOutcome(page)
      ? { kind: 'outcome', outcome: page as OutcomeId, routes: recommendedRoutes(state).map((route) => route.route) }
      : { kind: 'needs-answer', step: page as StepId, offered: offeredAnswers(state) },
  };
}

export type CaseOpening = { ok: true; opened: Extract<OpenedFile, { kind: 'case' }> } | { ok: false; error: ImportError };

/** An exported case file's text: opened as the start page's import opens it, but never stored. */
export function openCaseText(text: string): CaseOpening {
  const parsed = parseCaseFile(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return {
    ok: true,
    opened: {
      kind: 'case',
      file: parsed.file,
      walk: caseWalk(parsed.file),
      statuses: chronology(parsed.file.entries).map((item) => item.status),
      notices: parsed.notices,
    },
  };
}

export type ScenarioOpening = { ok: true; opened: Extract<OpenedFile, { kind: 'scenario' }> } | { ok: false; fault: ScenarioFault } | { ok: false; tooLarge: true };

/**
 * A scenario file's text: checked against the contract's format with the scenario runner's own
 * words for a fault; one that is valid but does not play as it expects still opens, with why.
 */
export function openScenarioText(text: string): ScenarioOpening {
  if (text.length > MAX_CASE_FILE_CHARS) return { ok: false, tooLarge: true };
  const checked = checkScenarioText(text);
  if (!checked.ok) return { ok: false, fault: checked.fault };
  const result = runScenario(checked.scenario);
  return {
    ok: true,
    opened: {
      kind: 'scenario',
      scenario: checked.scenario,
      walk: playScenario(checked.scenario),
      ...(result.passed ? {} : { fault: result.fault ?? fault('other') }),
    },
  };
}
