// @vitest-environment jsdom
/**
 * The team's values on the practitioner's pages (issue 15, point 1): an escalation level's due date
 * follows the team's timescale, and says the timescale is an example while the team has set none;
 * the review date offered follows the team's review period.
 */
import { Suspense } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { QuestionPage } from '../../src/pages/QuestionPage';
import { ReviewDatePage } from '../../src/pages/ReviewDatePage';
import { TEAM_SETTINGS_FORMAT, clearTeamSettings, saveTeamSettings, type TeamSettings } from '../../src/teamSettings';
import { TO_ACCESS_LOW_RISK, accept, answers, event } from '../machines/helpers';

const team: TeamSettings = {
  format: TEAM_SETTINGS_FORMAT,
  version: 1,
  team: 'East Team',
  setOn: '2026-11-30',
  contacts: {},
  escalationDays: { escalatePractitioners: 4 },
  reviewPeriodDays: { notSection42: 10 },
  flags: { notSeenAloneDays: 14, actionOutstandingDays: 7 },
  reviewCopyDays: 30,
};

// Reached on Saturday 1 March 2025 (the helpers' time): working days count from the Monday.
const onLadder = () => accept([...answers(TO_ACCESS_LOW_RISK), event('disagree')]);

async function show(page: React.ReactNode) {
  const i18n = await createI18n('en-GB');
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>{page}</Suspense>
    </I18nextProvider>,
  );
}

const none = () => null;

describe("the team's values on the practitioner's pages", () => {
  afterEach(() => {
    cleanup();
    clearTeamSettings();
  });

  it('an escalation level falls due by the shipped example timescale, and says it is an example', async () => {
    const state = onLadder();
    await show(<QuestionPage state={state} onAnswer={none} onEvent={none} onCheckAnswers={() => undefined} />);
    const due = await screen.findByText(/falls due on/);
    expect(due).toHaveTextContent('2 working days, an example timescale until your team sets its own');
    expect(document.querySelector('[data-level-due]')).toHaveAttribute('data-level-due', '2025-03-04');
  });

  it("an escalation level falls due by the team's timescale once the team has set one", async () => {
    saveTeamSettings(team);
    const state = onLadder();
    await show(<QuestionPage state={state} onAnswer={none} onEvent={none} onCheckAnswers={() => undefined} />);
    const due = await screen.findByText(/falls due on/);
    expect(due).toHaveTextContent('4 working days, the timescale your team set');
    expect(document.querySelector('[data-level-due]')).toHaveAttribute('data-level-due', '2025-03-06');
  });

  it('a timescale the team left unset stays an example, even where the team set others', async () => {
    saveTeamSettings({ ...team, escalationDays: { escalateManagers: 6 } });
    const state = onLadder();
    await show(<QuestionPage state={state} onAnswer={none} onEvent={none} onCheckAnswers={() => undefined} />);
    const due = await screen.findByText(/falls due on/);
    expect(due).toHaveTextContent('2 working days, an example timescale until your team sets its own');
  });

  it("the review date offered follows the team's review period", async () => {
    saveTeamSettings(team);
    const state = accept(answers([['jurisdiction', 'england'], ['role', 'local-authority'], ['immediateDanger', 'no'], ['careNeeds', 'no']]));
    await show(<ReviewDatePage state={state} onSave={() => null} onSaved={() => undefined} onBack={() => undefined} today="2026-12-01" />);
    expect(await screen.findByText(/Proposed review: in 10 days, on 11 December 2026/)).toBeInTheDocument();
  });
});
