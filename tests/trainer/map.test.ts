/**
 * The trainer's map against the machine's own definition (issue 14, point 7): every state and every
 * answer transition drawn, each return once per level, each global event's availability; the layout
 * file up to date with the chart and the words, with a box for everything and no two boxes
 * overlapping, in every locale (the pseudo-locale included).
 */
import { describe, expect, it } from 'vitest';
import { definedTransitions } from '../../machines/paths';
import { OUTCOME_IDS, STEP_IDS } from '../../machines/ids';
import { answerTransitionKeys, readChart, RETURN_NODE } from '../../src/trainer/chartGraph';
import type { LocaleLayout, MapLayoutFile, PlacedBox } from '../../src/trainer/mapInput';
import layoutFile from '../../src/trainer/mapLayout.json';
import { staleLocales } from '../../scripts/map-layout';

const layout = layoutFile as unknown as MapLayoutFile;
const graph = readChart();

/** What a locale's layout lacks: a page, the return box, or an edge of the chart. */
const missingFromLayout = (locale: LocaleLayout): string[] => [
  ...[...graph.pages.map((page) => page.id), RETURN_NODE].filter((id) => locale.nodes[id] === undefined),
  ...[...graph.answers, ...graph.returns].map((edge) => edge.id).filter((id) => locale.edges[id] === undefined),
];

const overlap = (a: PlacedBox, b: PlacedBox): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the map read from the chart', () => {
  it('has every step and outcome of the contract, and nothing else', () => {
    expect(graph.pages.map((page) => page.id).sort()).toEqual([...STEP_IDS, ...OUTCOME_IDS].sort());
  });

  it('draws every answer transition the machine defines, and each return once per level', () => {
    const defined = [...definedTransitions().entries()].filter(([key]) => key.split(':')[1] === 'answer');
    const returns = defined.filter(([, definition]) => definition.actions.some((action) => (action as { type?: string }).type === 'popReturn' || action === 'popReturn'));
    const answers = defined.filter(([key]) => !returns.some(([returned]) => returned === key));
    expect(graph.answers.map((edge) => edge.id).sort()).toEqual(answers.map(([key]) => key).sort());
    // Counted by hand from machines/phases/: 54 answer transitions; 174 returns (4 ladder levels x 34 pages, and the emergency step's 38).
    expect(graph.answers).toHaveLength(54);
    expect(returns).toHaveLength(174);
    expect(graph.returns.map((edge) => `${edge.from} ${edge.answer} ${edge.pages}`)).toEqual([
      'emergency continue-pathway 38',
      'escalatePractitioners resolved 34',
      'escalateManagers resolved 34',
      'escalateLeads resolved 34',
      'escalateBoard resolved 34',
    ]);
    expect(new Set(answerTransitionKeys(graph)).size).toBe(answerTransitionKeys(graph).length);
  });

  it('shows each global event once, with the pages the contract makes it available on (150 global transitions)', () => {
    expect(graph.events.map(({ event, pages }) => `${event} ${pages.length}`)).toEqual(['emergency 38', 'disagree 34', 'crimeSuspected 39', 'referForReview 39', 'back 41']);
    const drawnAsGlobal = graph.events.filter(({ event }) => event !== 'back').reduce((sum, { pages }) => sum + pages.length, 0);
    expect(drawnAsGlobal).toBe(150);
    expect(graph.pages.find((page) => page.id === 'jurisdiction')?.events).toEqual([]);
    expect(graph.pages.find((page) => page.id === 'escalateLeads')?.events).toEqual(['emergency', 'crimeSuspected', 'referForReview', 'back']);
  });

  it('names the rule of each transition a rule decides, and marks its fallback', () => {
    const access = graph.answers.filter((edge) => edge.from === 'accessAttempt').map((edge) => [edge.to, edge.conditions, edge.otherwise]);
    expect(access).toEqual([
      ['speaksFreely', [], false],
      ['interventionJustified', ['adultAloneRefuses'], false],
      ['refusalUnreasonable', [], true],
      ['accessAttempt', ['mayKeepTrying'], false],
    ]);
  });
});

describe('the layout file', () => {
  it('is up to date with the chart and the words of every locale (npx tsx scripts/layout-map.ts)', () => {
    expect(staleLocales(layout)).toEqual([]);
  });

  it.each(Object.keys(layout.locales))('%s: a box for every page and an edge for every transition', (locale) => {
    expect(missingFromLayout(layout.locales[locale]!)).toEqual([]);
  });

  it('fails when a page is not drawn (a broken copy)', () => {
    const broken = structuredClone(layout.locales['en-GB']!) as { nodes: Record<string, PlacedBox> } & LocaleLayout;
    delete broken.nodes.capacity;
    expect(missingFromLayout(broken)).toEqual(['capacity']);
  });

  it.each(Object.keys(layout.locales))('%s: no two boxes overlap, nor two answer labels, nor a label and a box', (locale) => {
    const laid = layout.locales[locale]!;
    const boxes = [...Object.entries(laid.nodes), ...Object.entries(laid.edges).map(([id, edge]): [string, PlacedBox] => [`${id} label`, edge.label])];
    const clashes: string[] = [];
    boxes.forEach(([a, boxA], i) => boxes.slice(i + 1).forEach(([b, boxB]) => overlap(boxA, boxB) && clashes.push(`${a} / ${b}`)));
    expect(clashes).toEqual([]);
  });
});
