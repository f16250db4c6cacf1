/**
 * The map's layout at build time (issue 14, point 1), shared by scripts/layout-map.ts and the map's
 * tests: the chart read, boxes sized from each locale's words, laid out by elkjs.
 */
import { fileURLToPath } from 'node:url';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { readChart } from '../src/trainer/chartGraph';
import { fingerprint, mapInput, type LocaleLayout, type MapInput, type MapLayoutFile, type PlacedBox } from '../src/trainer/mapInput';
import { mapWordsByLocale } from './map-words';

export const LAYOUT_FILE = fileURLToPath(new URL('../src/trainer/mapLayout.json', import.meta.url));
export const ENGINE = 'elkjs 0.12.1 layered';

const elk = new ELK();

const round = (n: number): number => Math.round(n * 10) / 10;
const box = (b: { x?: number; y?: number; width?: number; height?: number }): PlacedBox => ({
  x: round(b.x ?? 0),
  y: round(b.y ?? 0),
  width: round(b.width ?? 0),
  height: round(b.height ?? 0),
});

/** ELK's layered algorithm, left to right: the reading order of a slide and of A3 landscape. */
export async function layoutWithElk(input: MapInput): Promise<Omit<LocaleLayout, 'fingerprint'>> {
  const graph: ElkNode = {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '30',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeNode': '16',
      'elk.spacing.edgeEdge': '12',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.wrapping.strategy': 'MULTI_EDGE',
      'elk.aspectRatio': '1.6',
      'elk.layered.wrapping.additionalEdgeSpacing': '20',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
    },
    children: input.nodes.map((node) => ({ id: node.id, width: node.width, height: node.height })),
    edges: input.edges.map((edge) => ({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      labels: [{ id: `${edge.id}:label`, text: edge.id, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' }, width: edge.label.width, height: edge.label.height }],
    })),
  };
  const laid = await elk.layout(graph);
  const nodes = Object.fromEntries((laid.children ?? []).map((node) => [node.id, box(node)]));
  const edges = Object.fromEntries(
    (laid.edges ?? []).map((edge) => {
      const section = edge.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p): [number, number] => [round(p.x), round(p.y)]) : [];
      return [edge.id, { points, label: box(edge.labels?.[0] ?? {}) }];
    }),
  );
  return { width: round(laid.width ?? 0), height: round(laid.height ?? 0), nodes, edges };
}

export async function buildLayout(): Promise<MapLayoutFile> {
  const graph = readChart();
  const locales: Record<string, LocaleLayout> = {};
  for (const [locale, words] of Object.entries(mapWordsByLocale())) {
    const input = mapInput(graph, words);
    locales[locale] = { fingerprint: fingerprint(input), ...(await layoutWithElk(input)) };
  }
  return { engine: ENGINE, locales };
}


/** The locales whose layout no longer fits the chart or the words: the file must be regenerated. */
export function staleLocales(file: MapLayoutFile): string[] {
  const graph = readChart();
  const words = mapWordsByLocale();
  const wanted = Object.keys(words);
  const missing = wanted.filter((locale) => file.locales[locale] === undefined);
  const changed = wanted.filter((locale) => file.locales[locale] !== undefined && file.locales[locale]!.fingerprint !== fingerprint(mapInput(graph, words[locale]!)));
  const extra = Object.keys(file.locales).filter((locale) => !wanted.includes(locale));
  return [...missing, ...changed, ...extra];
}
