/**
 * Case studies and "what if" (issue 14, points 2, 3 and 7): every scenario plays to its expected
 * outcome; chosen branches give outcomes and routes written by hand; generated branches agree with
 * replaying their log through the machine.
 */
import { describe, expect, it } from 'vitest';
import { currentPage, recommendedRoutes, replay, type AnswerId } from '../../machines';
import { SCENARIO_FILES, scenarioWords } from '../../content/scenarios/index';
import narration from '../../content/en-GB/narration.json';
import { scenarioSchema } from '../../content/schema/scenario';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pagesOf, playBranch, playScenario, whereTheyPart } from '../../src/trainer/walk';

const scenarios = Object.values(SCENARIO_FILES);
const byId = (id: string) => scenarios.find((scenario) => scenario.id === id)!;
const moveAt = (walk: ReturnType<typeof playScenario>, page: string) => walk.moves.findIndex((move) => move.page === page);

describe('the case study library', () => {
  it('lists every scenario file of content/scenarios/, each valid by its schema', () => {
    const files = readdirSync(join(import.meta.dirname, '../../content/scenarios')).filter((name) => name.endsWith('.json'));
    expect(Object.keys(SCENARIO_FILES).sort()).toEqual(files.sort());
    for (const scenario of scenarios) expect(scenarioSchema.safeParse(scenario).success, scenario.id).toBe(true);
  });

  it('has narration for at least eight scenarios, each note on a page the scenario visits', () => {
    const words = scenarioWords(SCENARIO_FILES, narration);
    expect(Object.keys(narration).filter((id) => !(id in words))).toEqual([]);
    const narrated = scenarios.filter((scenario) => Object.keys(words[scenario.id]!.notes).length > 0);
    expect(narrated.length).toBeGreaterThanOrEqual(8);
    for (const scenario of narrated) {
      const pages = pagesOf(playScenario(scenario));
      expect(Object.keys(words[scenario.id]!.notes).filter((page) => !pages.includes(page as never)), scenario.id).toEqual([]);
    }
  });

  it.each(scenarios.filter((scenario) => scenario.expect.outcome).map((scenario) => [scenario.id, scenario]))('%s plays to its expected outcome', (_, scenario) => {
    const walk = playScenario(scenario);
    expect(walk.end).toMatchObject({ kind: 'outcome', outcome: scenario.expect.outcome });
  });
});

describe('what if', () => {
  it('seen-alone-after-two-tries: not free to speak, so "no concerns" goes on to capacity, and the trainer is asked', () => {
    const scenario = byId('seen-alone-after-two-tries');
    const walk = playScenario(scenario);
    const at = moveAt(walk, 'speaksFreely');
    const asked = playBranch(scenario, walk, { at, value: 'no' });
    expect(asked.end).toMatchObject({ kind: 'needs-answer', step: 'capacity' });
    const answered = playBranch(scenario, walk, {
      at,
      value: 'no',
      chosen: { capacity: 'appears-to-have', advocacy: 'not-needed', coercion: 'no', mentalDisorder: 'no', forcedMarriage: 'no', crime: 'no', legalOptions: 'done' },
    });
    expect(answered.end).toEqual({ kind: 'outcome', outcome: 'reviewAndMonitor', routes: [] });
    expect(whereTheyPart(walk, answered)?.page).toBe('adultWishes');
  });

  it('adult-b-pattern: intervention judged not justified, at high risk, goes to a risk meeting, whose scenario answer ends in review', () => {
    const scenario = byId('adult-b-pattern');
    const walk = playScenario(scenario);
    const branch = playBranch(scenario, walk, { at: moveAt(walk, 'interventionJustified'), value: 'no' });
    // A relative with unexplained injuries already opens the domestic-abuse route (Domestic Abuse Act 2021 ss.1-2, pathway.md); the others need answers never reached.
    expect(branch.end).toEqual({ kind: 'outcome', outcome: 'reviewAndMonitor', routes: ['domesticAbuse'] });
    expect(pagesOf(branch).slice(-3)).toEqual(['interventionJustified', 'riskMeeting', 'reviewAndMonitor']);
    expect(whereTheyPart(walk, branch)?.page).toBe('interventionJustified');
  });

  it('third time lucky: the each list goes on from where it was (keep trying once more, then seen alone)', () => {
    const scenario = byId('seen-alone-after-two-tries');
    const walk = playScenario(scenario);
    // Branch at the first visit of accessAttempt: answer seen-alone at once; nothing else changes.
    const branch = playBranch(scenario, walk, { at: moveAt(walk, 'accessAttempt'), value: 'seen-alone' });
    expect(branch.end).toMatchObject({ kind: 'outcome', outcome: 'seenAloneSafe' });
    expect(pagesOf(branch).filter((page) => page === 'accessAttempt')).toHaveLength(1);
  });

  it('emergency-during-escalation: interrupts after the branch are dropped', () => {
    const scenario = byId('emergency-during-escalation');
    const walk = playScenario(scenario);
    expect(pagesOf(walk)).toContain('emergency');
    const branch = playBranch(scenario, walk, { at: moveAt(walk, 'refusalUnreasonable'), value: 'yes' });
    expect(pagesOf(branch)).not.toContain('escalatePractitioners');
    expect(pagesOf(branch)).not.toContain('emergency');
    expect(branch.end).toMatchObject({ kind: 'outcome', outcome: 'protectiveAction' });
  });

  it('every generated branch that reaches an outcome agrees with replaying its own log through the machine', () => {
    let checked = 0;
    for (const scenario of scenarios) {
      const walk = playScenario(scenario);
      walk.moves.forEach((move, at) => {
        if (move.entry.kind !== 'answer' || Array.isArray(move.entry.value)) return;
        const given = move.entry.value;
        for (const other of ['yes', 'no', 'unsure', 'not-seen-alone', 'seen-alone', 'declines-help', 'wants-help', 'appears-to-have', 'reason-to-believe-lacks'] as AnswerId[]) {
          if (other === given) continue;
          const branch = playBranch(scenario, walk, { at, value: other });
          if (branch.end.kind !== 'outcome') continue;
          const replayed = replay(branch.moves.map((m) => m.entry));
          expect(replayed.ok, `${scenario.id} at ${move.page}: ${other}`).toBe(true);
          if (!replayed.ok) continue;
          expect(currentPage(replayed.state)).toBe(branch.end.outcome);
          expect(recommendedRoutes(replayed.state).map((route) => route.route)).toEqual(branch.end.routes);
          // The branch keeps the original log up to the changed answer.
          expect(branch.moves.slice(0, at).map((m) => m.entry)).toEqual(walk.moves.slice(0, at).map((m) => m.entry));
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(50);
  });
});
