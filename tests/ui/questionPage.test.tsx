// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { renderApp } from './renderApp';

function main() {
  return document.querySelector('main') as HTMLElement;
}

async function startCase(user: ReturnType<typeof userEvent.setup>) {
  await renderApp();
  await user.type(screen.getByLabelText('Case reference'), 'CASE-42');
  await user.click(screen.getByRole('button', { name: /^Start/ }));
}

describe('a question page', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    window.location.hash = '';
  });
  afterEach(() => cleanup());

  it('asks one question with its answers as radios, valued by answer id', async () => {
    const user = userEvent.setup();
    await startCase(user);
    expect(main()).toHaveAttribute('data-step', 'jurisdiction');
    const group = screen.getByRole('group', { name: /where is the adult/i });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual(['england', 'wales']);
  });

  it('moves on when an answer is chosen and continued', async () => {
    const user = userEvent.setup();
    await startCase(user);
    await user.click(screen.getByRole('radio', { name: /england/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(main()).toHaveAttribute('data-step', 'role');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('shows an error summary, linked to the first answer, when nothing is chosen', async () => {
    const user = userEvent.setup();
    await startCase(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(within(alert).getByRole('link', { name: 'Select an answer' })).toHaveAttribute('href', '#answer-england');
    expect(main()).toHaveAttribute('data-step', 'jurisdiction');
  });

  it('goes back with the undone answer selected, and offers no back on the first question', async () => {
    const user = userEvent.setup();
    await startCase(user);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /england/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(main()).toHaveAttribute('data-step', 'jurisdiction');
    expect(screen.getByRole('radio', { name: /england/i })).toBeChecked();
  });

  it('a partner agency reaches the concernRaised outcome through the guidance step', async () => {
    const user = userEvent.setup();
    await startCase(user);
    await user.click(screen.getByRole('radio', { name: /england/i }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const partner = document.querySelector('input[value="partner-agency"]') as HTMLInputElement;
    await user.click(partner);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(main()).toHaveAttribute('data-step', 'partnerConcern');
    await user.click(document.querySelector('[data-action="continue"]') as HTMLElement);
    expect(main()).toHaveAttribute('data-step', 'concernRaised');
    expect(document.querySelector('[data-disclaimer]')).not.toBeNull();
  });
});
