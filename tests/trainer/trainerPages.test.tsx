// @vitest-environment jsdom
/**
 * The trainer's view in Testing Library (issue 14, points 4 and 5): presenter mode's Shift switch,
 * an opened case's typed words hidden until shown, the blank decision sheet, and "what if" on the map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Suspense, type ReactNode } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n';
import { useQuickExitKeys } from '../../src/useQuickExitKeys';
import { TrainerFrame } from '../../src/trainer/TrainerFrame';
import { OpenedFilePage } from '../../src/trainer/OpenedFilePage';
import { DecisionSheetPage } from '../../src/trainer/DecisionSheetPage';
import { PathwayMap } from '../../src/trainer/PathwayMap';
import { openCaseText, setOpenedFile } from '../../src/trainer/openedFile';
import type { PageId } from '../../machines';

const FIXTURE = readFileSync(join(import.meta.dirname, '../../content/fixtures/case-v1.1.json'), 'utf8');

async function renderWithWords(children: ReactNode) {
  const i18n = await createI18n('en-GB');
  const result = render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <main id="main-content">{children}</main>
      </Suspense>
    </I18nextProvider>,
  );
  await screen.findAllByRole('heading', { level: 1 });
  return result;
}

function QuickExitKeys({ exit }: { exit: () => void }) {
  useQuickExitKeys(exit);
  return null;
}

const pressShiftThreeTimes = () => {
  for (let i = 0; i < 3; i += 1) fireEvent.keyUp(document, { key: 'Shift' });
};

afterEach(() => {
  cleanup();
  setOpenedFile(undefined);
});

describe('presenter mode and the Shift shortcut', () => {
  it('Shift three times leaves on a trainer page, and while presenting unless the trainer turns it off', async () => {
    const exit = vi.fn();
    await renderWithWords(
      <>
        <QuickExitKeys exit={exit} />
        <TrainerFrame current="map" onNavigate={() => {}}>
          <h1>Map</h1>
        </TrainerFrame>
      </>,
    );
    pressShiftThreeTimes();
    expect(exit).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Presenter mode' }));
    const shiftOff = screen.getByRole('checkbox', { name: 'Turn off the Shift shortcut while presenting' });
    expect(shiftOff).not.toBeChecked();
    pressShiftThreeTimes();
    expect(exit).toHaveBeenCalledTimes(2);

    fireEvent.click(shiftOff);
    pressShiftThreeTimes();
    pressShiftThreeTimes();
    expect(exit).toHaveBeenCalledTimes(2);

    // Leaving presenter mode turns it back on.
    fireEvent.click(screen.getByRole('button', { name: 'Leave presenter mode' }));
    expect(screen.queryByRole('checkbox')).toBeNull();
    pressShiftThreeTimes();
    expect(exit).toHaveBeenCalledTimes(3);
  });

  it('leaving the trainer\'s view while presenting with the shortcut off turns it back on', async () => {
    const exit = vi.fn();
    const i18n = await createI18n('en-GB');
    const { rerender } = render(
      <I18nextProvider i18n={i18n}>
        <QuickExitKeys exit={exit} />
        <TrainerFrame current="map" onNavigate={() => {}}>
          <h1>Map</h1>
        </TrainerFrame>
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Presenter mode' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Turn off the Shift shortcut while presenting' }));
    pressShiftThreeTimes();
    expect(exit).not.toHaveBeenCalled();
    rerender(
      <I18nextProvider i18n={i18n}>
        <QuickExitKeys exit={exit} />
        <h1>Start</h1>
      </I18nextProvider>,
    );
    pressShiftThreeTimes();
    expect(exit).toHaveBeenCalledTimes(1);
  });
});

describe('an exported case in the player', () => {
  it("hides what people typed until the trainer shows it, and hides it again", async () => {
    const opening = openCaseText(FIXTURE);
    if (!opening.ok) throw new Error('the fixture should open');
    setOpenedFile(opening.opened);
    // Entry 21 of the fixture: a contact at the GP surgery with the adult's words.
    await renderWithWords(<OpenedFilePage step={20} onStep={() => {}} onNavigate={() => {}} />);
    const main = document.querySelector('main')!;
    expect(main.textContent).not.toContain("He won't let me see my sister.");
    expect(main.textContent).not.toContain('GP surgery');
    expect(main.textContent).not.toContain('FIX-11');
    expect(main.textContent).toContain('3 typed fields hidden.');
    expect(document.querySelector('[data-entry-words]')?.textContent).toBe('A contact on 27 November 2026: seen alone');

    const show = screen.getByRole('button', { name: 'Show what people typed' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(show);
    expect(document.querySelector('[data-free-text="words"]')?.textContent).toBe("He won't let me see my sister.");
    expect(document.querySelector('[data-free-text="place"]')?.textContent).toBe('GP surgery');
    expect(document.querySelector('[data-free-text="reference"]')?.textContent).toBe('FIX-11');

    fireEvent.click(screen.getByRole('button', { name: 'Hide what people typed' }));
    expect(main.textContent).not.toContain("He won't let me see my sister.");
  });

  it('says when no file is open (a reload forgets it: nothing was stored)', async () => {
    await renderWithWords(<OpenedFilePage step={undefined} onStep={() => {}} onNavigate={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No file is open');
  });
});

describe('the blank decision sheet', () => {
  it('has every step of the pathway, each with its answers as tick boxes and room for the reason', async () => {
    await renderWithWords(<DecisionSheetPage onNavigate={() => {}} />);
    const steps = [...document.querySelectorAll('[data-sheet-step]')];
    // 27 main steps and the ladder's 4 levels (pathway.md 1.1); no outcome.
    expect(steps).toHaveLength(31);
    expect(steps.map((step) => step.getAttribute('data-sheet-step'))).toEqual(expect.arrayContaining(['jurisdiction', 'capacity', 'escalateBoard']));
    expect(document.querySelector('[data-sheet-step="planAgreed"]')).toBeNull();
    const options = (step: string) => [...document.querySelectorAll(`[data-sheet-step="${step}"] [data-sheet-option]`)].map((option) => option.getAttribute('data-sheet-option'));
    expect(options('capacity')).toEqual(['reason-to-believe-lacks', 'appears-to-have']);
    expect(options('escalateBoard')).toEqual(['resolved', 'not-resolved', 'sar-criteria-met']);
    expect(document.querySelectorAll('[data-sheet-reason]')).toHaveLength(31);
    expect(document.querySelector('[data-sheet-step="riskIndicators"]')?.textContent).toContain('Tick all that apply.');
    expect(document.querySelector('[data-sheet-step="capacity"]')?.textContent).toContain('Tick one.');
  });
});

describe('"what if" on the map', () => {
  it('marks the branched path apart from the path as written, and both where they share', async () => {
    const path = { pages: new Set<PageId>(['jurisdiction', 'role']), transitions: new Set(['jurisdiction england role']) };
    const branch = { pages: new Set<PageId>(['jurisdiction', 'walesProcedures']), transitions: new Set(['jurisdiction wales walesProcedures']) };
    await renderWithWords(
      <>
        <h1>Map</h1>
        <PathwayMap highlight={path} branch={branch} />
      </>,
    );
    const marked = (attribute: string) => [...document.querySelectorAll(`[data-state][${attribute}]`)].map((node) => node.getAttribute('data-state')).sort();
    expect(marked('data-on-path')).toEqual(['jurisdiction', 'role']);
    expect(marked('data-on-branch')).toEqual(['jurisdiction', 'walesProcedures']);
    const edge = (key: string) => document.querySelector(`[data-transition="${key}"]`)?.closest('[data-edge]');
    expect(edge('jurisdiction wales walesProcedures')).toHaveAttribute('data-on-branch');
    expect(edge('jurisdiction wales walesProcedures')).not.toHaveAttribute('data-on-path');
    expect(edge('jurisdiction england role')).toHaveAttribute('data-on-path');
    expect(edge('jurisdiction england role')).not.toHaveAttribute('data-on-branch');
    // A box on the branch is ringed (a shape, not a colour).
    expect(document.querySelectorAll('.map-node__branch-outline')).toHaveLength(2);
  });
});

