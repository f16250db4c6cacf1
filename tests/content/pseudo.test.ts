import { describe, expect, it } from 'vitest';
import { localSettings, pseudoLocalize, pseudoString } from '../../content';
import { contentResources } from '../../content/resources';
import { collectStrings } from '../../content/checks';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../content/pseudo';

const english = contentResources['en-GB'];

describe('the pseudo-locale', () => {
  const pseudo = pseudoLocalize(english);

  it('transforms every string a reader sees, visibly', () => {
    const strings = collectStrings(pseudo);
    expect(strings.length).toBeGreaterThan(500);
    const untouched = strings.filter(({ text }) => !(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)));
    expect(untouched.map(({ path }) => path.join('.'))).toEqual([]);
  });

  it('changes the letters, so English left on a page stands out', () => {
    expect(pseudoString('Is anyone in immediate danger now?')).toBe('[!! Îŝ âñŷôñê îñ îɱɱêđîâŧê đâñĝêŕ ñôŵ? !!]');
  });

  it('keeps {{variables}} and $t() nesting intact, so interpolation still works', () => {
    expect(pseudoString('Call {{emergencyNumber}} or see $t(ui:nav.help).')).toBe(
      '[!! Çâļļ {{emergencyNumber}} ôŕ ŝêê $t(ui:nav.help). !!]',
    );
    expect(pseudo.steps.emergency.hint).toContain('{{emergencyNumber}}');
  });

  it('keeps structure and ids: block types, sources, flags, numbers and keys', () => {
    const block = pseudo.routes.courtOfProtection.timescale[1];
    expect(block?.type).toBe('paragraph');
    expect(block?.sources).toEqual(['R42b']);
    expect(block?.unconfirmed).toEqual(['U3']);
    expect(Object.keys(pseudo.steps.careNeeds.options)).toEqual(Object.keys(english.steps.careNeeds.options));
  });

  it('transforms a namespace called sources (source titles are text) but not a block\'s source ids', () => {
    const resources = { sources: { R17: 'SCIE: difficulties in gaining access' } };
    expect(pseudoLocalize(resources).sources.R17).toMatch(/^\[!! ŜÇÎÊ/);
  });

  it('transforms nested ui strings to any depth', () => {
    const ui = { nav: { back: 'Back', deeper: { exit: 'Exit this page' } } };
    expect(pseudoLocalize(ui)).toEqual({ nav: { back: '[!! Ɓâçķ !!]', deeper: { exit: '[!! Êẋîŧ ŧĥîŝ þâĝê !!]' } } });
  });

  it('returns a copy and leaves the English untouched', () => {
    expect(english.steps.careNeeds.heading).toBe('Does the adult appear to have needs for care and support?');
    expect(pseudo.steps.careNeeds).not.toBe(english.steps.careNeeds);
    expect(pseudo.steps.careNeeds.guidance[0]?.sources).not.toBe(english.steps.careNeeds.guidance[0]?.sources);
  });

  it('does not transform the local settings, which reach strings as variables', () => {
    expect(localSettings.emergencyNumber).toBe('999');
  });
});

describe('an action keeps its id in the pseudo-locale', () => {
  it('so that the page finds its words by the id machines/actions.ts names', async () => {
    const { pseudoLocalize } = await import('../../content/pseudo');
    const outcomes = (await import('../../content/en-GB/outcomes.json')).default;
    const pseudo = pseudoLocalize({ outcomes }) as { outcomes: typeof outcomes };
    expect(pseudo.outcomes.protectiveAction.actions.map((action) => action.id)).toEqual(outcomes.protectiveAction.actions.map((action) => action.id));
    expect(pseudo.outcomes.protectiveAction.actions[0]?.text).not.toEqual(outcomes.protectiveAction.actions[0]?.text);
  });
});
