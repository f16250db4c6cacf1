import { describe, expect, it } from 'vitest';
import { ContentError, parseContent } from '../../content/load';
import { deleteAt, getAt, issuesOf, rawContent, setAt } from './helpers';
import type { RawContent } from '../../content/load';

/** Break the content one way and return what the loader says about it. */
function breakContent(edit: (raw: RawContent) => void) {
  const raw = rawContent();
  edit(raw);
  return issuesOf(raw);
}

// The steps' words are filed by the stage of the pathway each belongs to (content/en-GB/index.ts).
const STARTING_STEPS = 'content/en-GB/steps/starting.json';
const OUTCOMES = 'content/en-GB/outcomes.json';
const ROUTES = 'content/en-GB/routes.json';

describe('the shipped content', () => {
  it('parses with no issues', () => {
    expect(issuesOf(rawContent())).toEqual([]);
  });
});

describe("the steps' files are rejected when", () => {
  it('a step is missing a required part', () => {
    const issues = breakContent((raw) => deleteAt(raw.steps, ['careNeeds', 'why']));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'why'] }));
  });

  it('a step has an unknown key', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'footnote'], 'Extra words'));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds'], message: expect.stringContaining('footnote') }),
    );
  });

  it('a step of the contract has no content', () => {
    const issues = breakContent((raw) => deleteAt(raw.steps, ['crime']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/steps/capacity.json', path: ['crime'] }));
  });

  it('a key is not a step of the contract (an orphan)', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['stepTwo'], getAt(raw.steps, ['crime'])));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/steps/', message: expect.stringContaining('stepTwo') }));
  });

  it("an option of the step's answers is missing", () => {
    const issues = breakContent((raw) => deleteAt(raw.steps, ['careNeeds', 'options', 'unsure']));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'options', 'unsure'] }));
  });

  it('an option is not one of the step\'s answers', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'options', 'maybe'], { label: 'Maybe' }));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'options'], message: expect.stringContaining('maybe') }),
    );
  });

  it('an answer that belongs to another step is used as an option', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['legalOptions', 'options', 'yes'], { label: 'Yes' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/steps/legal.json', path: ['legalOptions', 'options'] }));
  });

  it('a step that needs a rationale has no rationale label', () => {
    const issues = breakContent((raw) => deleteAt(raw.steps, ['refusalUnreasonable', 'rationale']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/steps/risk.json', path: ['refusalUnreasonable', 'rationale'] }));
  });

  it('a step that needs no rationale has one', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'rationale'], { label: 'Why?', hint: 'Say why.' }));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds'], message: expect.stringContaining('rationale') }),
    );
  });

  it('a step has no guidance', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance'] }));
  });

  it('a guidance block cites no source', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'sources'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 0, 'sources'] }));
  });

  it('a guidance block has no sources field at all', () => {
    const issues = breakContent((raw) => deleteAt(raw.steps, ['careNeeds', 'guidance', 0, 'sources']));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 0, 'sources'] }));
  });

  it('a guidance block cites a source that is not in sources.json', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'sources'], ['R999']));
    expect(issues).toContainEqual({
      file: STARTING_STEPS,
      path: ['careNeeds', 'guidance', 0, 'sources', 0],
      message: 'Unknown source id R999',
    });
  });

  it('a source id is not an R-number', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'sources'], ['SCIE']));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 0, 'sources', 0] }));
  });

  it('a block has an unknown type', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'type'], 'note'));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 0, 'type'] }));
  });

  it('a list has no items', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 3, 'items'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 3, 'items'] }));
  });

  it('a block names an unconfirmed fact that does not exist', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'unconfirmed'], ['U99']));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 0, 'unconfirmed', 0], message: expect.stringContaining('U99') }),
    );
  });

  it.each([
    ['HTML', 'Call <b>999</b> now.'],
    ['a markdown link', 'See [the procedures](https://example.org).'],
    ['markdown emphasis', 'Call **999** now.'],
    ['leading white space', ' Call 999 now.'],
    ['an empty string', ''],
  ])('text contains %s', (_kind, text) => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'text'], text));
    expect(issues).toContainEqual(expect.objectContaining({ file: STARTING_STEPS, path: ['careNeeds', 'guidance', 0, 'text'] }));
  });

  it('text uses a {{variable}} that is not a local setting', () => {
    const issues = breakContent((raw) => setAt(raw.steps, ['careNeeds', 'guidance', 0, 'text'], 'Ring {{helplineNumber}}.'));
    expect(issues).toContainEqual(expect.objectContaining({ message: '{{helplineNumber}} is not a local setting' }));
  });
});

describe('outcomes.json is rejected when', () => {
  it('an outcome is missing what to record', () => {
    const issues = breakContent((raw) => deleteAt(raw.outcomes, ['planAgreed', 'record']));
    expect(issues).toContainEqual(expect.objectContaining({ file: OUTCOMES, path: ['planAgreed', 'record'] }));
  });

  it('an outcome has no actions', () => {
    const issues = breakContent((raw) => setAt(raw.outcomes, ['planAgreed', 'actions'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: OUTCOMES, path: ['planAgreed', 'actions'] }));
  });

  it('an action does not say who does it', () => {
    const issues = breakContent((raw) => deleteAt(raw.outcomes, ['planAgreed', 'actions', 0, 'who']));
    expect(issues).toContainEqual(expect.objectContaining({ file: OUTCOMES, path: ['planAgreed', 'actions', 0, 'who'] }));
  });

  it('an action cites no source', () => {
    const issues = breakContent((raw) => setAt(raw.outcomes, ['planAgreed', 'actions', 0, 'sources'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: OUTCOMES, path: ['planAgreed', 'actions', 0, 'sources'] }));
  });

  it.each([
    ['zero', 0],
    ['negative', -7],
    ['not a whole number', 7.5],
    ['a string', '7'],
  ])('the review period (a local setting) is %s', (_kind, value) => {
    const issues = breakContent((raw) => setAt(raw.settings, ['reviewPeriodDays', 'planAgreed'], value));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/local/settings.json', path: ['reviewPeriodDays', 'planAgreed'] }));
  });

  it('an outcome has no review period in the local settings', () => {
    const issues = breakContent((raw) => deleteAt(raw.settings, ['reviewPeriodDays', 'planAgreed']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/local/settings.json', path: ['reviewPeriodDays', 'planAgreed'] }));
  });

  it('the review periods are flagged with a fact that does not exist', () => {
    const issues = breakContent((raw) => setAt(raw.settings, ['reviewPeriodUnconfirmed'], ['U999']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/local/settings.json', path: ['reviewPeriodUnconfirmed', 0] }));
  });

  it('an outcome of the contract has no content', () => {
    const issues = breakContent((raw) => deleteAt(raw.outcomes, ['walesProcedures']));
    expect(issues).toContainEqual(expect.objectContaining({ file: OUTCOMES, path: ['walesProcedures'] }));
  });

  it('a key is not an outcome of the contract', () => {
    const issues = breakContent((raw) => setAt(raw.outcomes, ['caseClosed'], getAt(raw.outcomes, ['planAgreed'])));
    expect(issues).toContainEqual(expect.objectContaining({ file: OUTCOMES, message: expect.stringContaining('caseClosed') }));
  });
});

describe('routes.json and rules.json are rejected when', () => {
  it('a route is missing its limits', () => {
    const issues = breakContent((raw) => deleteAt(raw.routes, ['inherentJurisdiction', 'limits']));
    expect(issues).toContainEqual(expect.objectContaining({ file: ROUTES, path: ['inherentJurisdiction', 'limits'] }));
  });

  it('a route part is empty', () => {
    const issues = breakContent((raw) => setAt(raw.routes, ['police', 'evidence'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: ROUTES, path: ['police', 'evidence'] }));
  });

  it('a key is not a route of the contract', () => {
    const issues = breakContent((raw) => setAt(raw.routes, ['powerOfEntry'], getAt(raw.routes, ['police'])));
    expect(issues).toContainEqual(expect.objectContaining({ file: ROUTES, message: expect.stringContaining('powerOfEntry') }));
  });

  it('a route rule has no text', () => {
    const issues = breakContent((raw) => deleteAt(raw.rules, ['crime-answered-yes']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/rules.json', path: ['crime-answered-yes'] }));
  });

  it('a key is not a route rule', () => {
    const issues = breakContent((raw) => setAt(raw.rules, ['adult-is-old'], { text: 'The adult is old.', sources: ['R30'] }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/rules.json', message: expect.stringContaining('adult-is-old') }));
  });
});

describe('the registries are rejected when', () => {
  const SOURCES = 'content/sources.json';

  it('two sources share an id', () => {
    const issues = breakContent((raw) => {
      const list = raw.sources as unknown[];
      list.push(structuredClone(list[0]));
    });
    expect(issues).toContainEqual(expect.objectContaining({ file: SOURCES, message: expect.stringContaining('Duplicate source id') }));
  });

  it.each([
    ['kind', 'blog'],
    ['confidence', 'certain'],
    ['lastChecked', '27/11/2026'],
    ['lastChecked', '2026-02-31'],
    ['from', 'memory'],
    ['url', 'ftp://example.org/file'],
  ])('a source has a bad %s', (field, value) => {
    const issues = breakContent((raw) => setAt(raw.sources, [0, field], value));
    expect(issues).toContainEqual(expect.objectContaining({ file: SOURCES, path: [0, field] }));
  });

  it('a source leaves out where it came from', () => {
    const issues = breakContent((raw) => deleteAt(raw.sources, [0, 'from']));
    expect(issues).toContainEqual(expect.objectContaining({ file: SOURCES, path: [0, 'from'] }));
  });

  it('but a source may carry no date, when no one has read it since it was listed', () => {
    const raw = rawContent();
    setAt(raw.sources, [0, 'lastChecked'], null);
    expect(issuesOf(raw)).toEqual([]);
  });

  it('an unconfirmed fact has no key phrases', () => {
    const issues = breakContent((raw) => setAt(raw.unconfirmed, [0, 'markers'], []));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/unconfirmed.json', path: [0, 'markers'] }));
  });

  it('an unconfirmed fact cites an unknown source', () => {
    const issues = breakContent((raw) => setAt(raw.unconfirmed, [0, 'sources'], ['R999']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/unconfirmed.json', message: 'Unknown source id R999' }));
  });

  it('a local setting is missing', () => {
    const issues = breakContent((raw) => deleteAt(raw.settings, ['emergencyNumber']));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/local/settings.json', path: ['emergencyNumber'] }));
  });

  it('a placeholder value is not listed as a placeholder', () => {
    const issues = breakContent((raw) => {
      const list = getAt(raw.settings, ['placeholders']) as string[];
      setAt(raw.settings, ['placeholders'], list.filter((key) => key !== 'legalServicesContact'));
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: ['legalServicesContact'] }));
  });

  it('the placeholders list names a key that is not a setting', () => {
    const issues = breakContent((raw) => setAt(raw.settings, ['placeholders', 0], 'mayorsPhone'));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/local/settings.json', path: ['placeholders', 0] }));
  });

  it('the version is not a version number', () => {
    const issues = breakContent((raw) => setAt(raw.version, ['contentVersion'], 'first'));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/version.json', path: ['contentVersion'] }));
  });

  it('ui.json holds something other than strings', () => {
    const issues = breakContent((raw) => {
      raw.ui = { nav: { back: 'Back', count: 3 } };
    });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/en-GB/ui.json' }));
  });

  it('but ui.json may nest strings to any depth', () => {
    const raw = rawContent();
    raw.ui = { nav: { back: 'Back', deeper: { still: 'Fine' } } };
    expect(issuesOf(raw)).toEqual([]);
  });
});

describe('the loader', () => {
  it('throws one error that names the file and the path of each problem', () => {
    const raw = rawContent();
    deleteAt(raw.steps, ['careNeeds', 'why']);
    setAt(raw.routes, ['police', 'evidence'], []);
    expect(() => parseContent(raw)).toThrow(ContentError);
    expect(() => parseContent(raw)).toThrow(/content\/en-GB\/steps\/starting\.json at careNeeds\.why/);
    expect(() => parseContent(raw)).toThrow(/content\/en-GB\/routes\.json at police\.evidence/);
  });
});

describe('bankHolidays.json', () => {
  it('parses, names its source, and lists each date once, in order', async () => {
    const { checkedBankHolidays } = await import('../../content/resources');
    expect(checkedBankHolidays.source).toBe('https://www.gov.uk/bank-holidays');
    expect([...checkedBankHolidays.dates].sort()).toEqual(checkedBankHolidays.dates);
    expect(new Set(checkedBankHolidays.dates).size).toBe(checkedBankHolidays.dates.length);
    // Every date is a weekday: a bank holiday that falls at a weekend moves to a Monday.
    for (const date of checkedBankHolidays.dates) expect([0, 6], date).not.toContain(new Date(`${date}T12:00:00Z`).getUTCDay());
  });
});
