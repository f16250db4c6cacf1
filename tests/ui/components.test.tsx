// @vitest-environment jsdom
/** The GOV.UK pattern components, each rendered alone: what a person and a screen reader get. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerSummaryList } from '../../src/components/AnswerSummaryList';
import { BackLink } from '../../src/components/BackLink';
import { ChoiceGroup } from '../../src/components/ChoiceGroup';
import { ExportCaseButton } from '../../src/components/ExportCaseButton';
import { Table } from '../../src/components/Table';
import { createI18n } from '../../src/i18n';
import { useContent } from '../../src/useContent';
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, type CaseFile } from '../../machines';
import { contentVersion } from '../../content';
import outcomes from '../../content/en-GB/outcomes.json';

async function renderWithI18n(children: ReactNode) {
  const i18n = await createI18n('en-GB');
  return render(<I18nextProvider i18n={i18n}>{children}</I18nextProvider>);
}

afterEach(() => cleanup());

describe('ChoiceGroup', () => {
  const choices = [
    { value: 'yes', label: 'Yes', hint: 'You saw them with no one else there' },
    { value: 'no', label: 'No' },
  ] as const;

  it('is a fieldset named by its legend, with radios valued by id and a hint tied to its choice', async () => {
    await renderWithI18n(<ChoiceGroup name="seen" idPrefix="seen" multiple={false} legend="Seen alone?" choices={choices} selected={[]} onToggle={() => {}} />);
    const group = screen.getByRole('group', { name: 'Seen alone?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual(['yes', 'no']);
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveAccessibleDescription('You saw them with no one else there');
  });

  it('checkboxes when it takes several answers, each toggled by its value', async () => {
    const onToggle = vi.fn();
    await renderWithI18n(<ChoiceGroup name="a" idPrefix="a" multiple legend="Which?" choices={choices} selected={['no']} onToggle={onToggle} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: 'No' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Yes' }));
    expect(onToggle).toHaveBeenCalledWith('yes');
  });

  it('shows its error, prefixed for screen readers, and describes the group by it', async () => {
    await renderWithI18n(<ChoiceGroup name="b" idPrefix="b" multiple={false} legend="Seen alone?" hint="Say which" error="Choose one" choices={choices} selected={[]} onToggle={() => {}} />);
    const group = screen.getByRole('group', { name: 'Seen alone?' });
    expect(group).toHaveAccessibleDescription('Say which Error: Choose one');
  });

  it('makes the legend the page heading when it is one', async () => {
    await renderWithI18n(<ChoiceGroup name="c" idPrefix="c" multiple={false} legend="Where is the adult now?" legendIsHeading choices={choices} selected={[]} onToggle={() => {}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Where is the adult now?' })).toBeTruthy();
  });
});

describe('Table', () => {
  it('has a caption, column headers and its rows, with their data attributes', async () => {
    await renderWithI18n(
      <Table name="people" caption="Contacts" head={['Date', 'Place']} rows={[{ key: '1', cells: ['1 May', 'Home'], data: { 'data-seen-alone': 'yes' } }]} stackOnPhone />,
    );
    const table = screen.getByRole('table', { name: 'Contacts' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Date', 'Place']);
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveAttribute('data-seen-alone', 'yes');
    // Stacked on a phone, each cell says which column it is.
    expect(within(row as HTMLElement).getAllByRole('cell').map((td) => td.getAttribute('data-label'))).toEqual(['Date', 'Place']);
    expect(table).toHaveAttribute('data-table', 'people');
  });
});

describe('BackLink', () => {
  it('is a button that acts, never a history step', async () => {
    const onClick = vi.fn();
    await renderWithI18n(
      <BackLink onClick={onClick} data-event="back">
        Back
      </BackLink>,
    );
    const link = screen.getByRole('button', { name: 'Back' });
    expect(link).toHaveClass('govuk-back-link');
    expect(link).toHaveAttribute('data-event', 'back');
    await userEvent.setup().click(link);
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('AnswerSummaryList', () => {
  const answers = [
    { step: 'thirdParty', value: 'household-member' },
    { step: 'refusalUnreasonable', value: 'yes', rationale: 'Refused at the door three times.' },
    { step: 'interventionJustified', value: 'yes' },
  ] as const;

  it('lists each question with its answer label and the reasons written, marking a decision with none', async () => {
    await renderWithI18n(<AnswerSummaryList answers={answers} withoutReasons={['interventionJustified']} name="answers" />);
    const rows = document.querySelectorAll('[data-answer-step]');
    expect([...rows].map((row) => row.getAttribute('data-answer-step'))).toEqual(['thirdParty', 'refusalUnreasonable', 'interventionJustified']);
    expect(rows[0]?.querySelector('dt')?.textContent).toBe('Who is the third party?');
    expect(rows[1]?.textContent).toContain('Refused at the door three times.');
    expect(rows[2]?.querySelector('[data-rationale-missing="interventionJustified"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: /Change/ })).toBeNull();
  });

  it('offers a change link per answer, named by its question for screen readers', async () => {
    const onChange = vi.fn();
    await renderWithI18n(<AnswerSummaryList answers={answers} onChange={onChange} name="answers" />);
    await userEvent.setup().click(screen.getByRole('button', { name: /^Change\s*Who is the third party\?$/ }));
    expect(onChange).toHaveBeenCalledWith('thirdParty');
  });
});

describe('ExportCaseButton', () => {
  it('saves the case file under its reference, as a download', async () => {
    const file: CaseFile = { format: CASE_FORMAT_VERSION, caseId: 'case-ref-1', pathwayVersion: PATHWAY_VERSION, contentVersion, reference: 'REF-1', createdAt: '2026-11-30T09:00:00.000Z', entries: [] };
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:case';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderWithI18n(<ExportCaseButton file={file} look="button" action="export-open-case" />);
    const button = screen.getByRole('button', { name: 'Export case' });
    expect(button).toHaveAttribute('data-action', 'export-open-case');
    await userEvent.setup().click(button);
    expect(clicked).toHaveBeenCalledOnce();
    expect(JSON.parse(await (created[0] as Blob).text())).toMatchObject({ reference: 'REF-1', entries: [] });
    clicked.mockRestore();
  });
});

describe('a page heading by its id', () => {
  function Heading({ page }: { page: 'thirdParty' | 'planAgreed' }) {
    return <p>{useContent().heading(page)}</p>;
  }
  it('is a step question or an outcome heading', async () => {
    await renderWithI18n(
      <>
        <Heading page="thirdParty" />
        <Heading page="planAgreed" />
      </>,
    );
    expect(screen.getByText('Who is the third party?')).toBeTruthy();
    expect(document.querySelectorAll('p')[1]?.textContent).toBe(outcomes.planAgreed.heading);
  });
});
