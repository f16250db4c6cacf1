/**
 * Measures the two layout engines the issue names on this chart, for the choice in
 * scripts/layout-map.ts: time (cold and warm), the drawing's size, edge crossings and boxes that overlap.
 */
import { performance } from 'node:perf_hooks';
import dagre from '@dagrejs/dagre';
import { readChart } from '../src/trainer/chartGraph';
import { mapInput, type LocaleLayout, type MapInput } from '../src/trainer/mapInput';
import { layoutWithElk } from './map-layout';
import { mapWordsByLocale } from './map-words';

type Laid = Omit<LocaleLayout, 'fingerprint'>;

function layoutWithDagre(input: MapInput): Laid {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 30, ranksep: 60, edgesep: 12, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of input.nodes) g.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of input.edges) g.setEdge(edge.source, edge.target, { width: edge.label.width, height: edge.label.height, labelpos: 'c' }, edge.id);
  dagre.layout(g);
  const nodes = Object.fromEntries(
    input.nodes.map((node) => {
      const n = g.node(node.id);
      return [node.id, { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height }];
    }),
  );
  const edges = Object.fromEntries(
    input.edges.map((edge) => {
      const e = g.edge({ v: edge.source, w: edge.target, name: edge.id }) as { points: { x: number; y: number }[]; x: number; y: number };
      return [edge.id, { points: e.points.map((p): [number, number] => [p.x, p.y]), label: { x: e.x - edge.label.width / 2, y: e.y - edge.label.height / 2, ...edge.label } }];
    }),
  );
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes, edges };
}

type Segment = readonly [readonly [number, number], readonly [number, number]];
const cross = (a: Segment, b: Segment): boolean => {
  const d = (p: readonly [number, number], q: readonly [number, number], r: readonly [number, number]) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const [p1, p2] = a;
  const [p3, p4] = b;
  return d(p3, p4, p1) * d(p3, p4, p2) < 0 && d(p1, p2, p3) * d(p1, p2, p4) < 0;
};
function crossings(laid: Laid): number {
  const segments = Object.entries(laid.edges).flatMap(([id, edge]) => edge.points.slice(1).map((p, i): [string, Segment] => [id, [edge.points[i]!, p]]));
  let count = 0;
  for (let i = 0; i < segments.length; i++) for (let j = i + 1; j < segments.length; j++) if (segments[i]![0] !== segments[j]![0] && cross(segments[i]![1], segments[j]![1])) count++;
  return count;
}
function overlaps(laid: Laid): number {
  const boxes = [...Object.values(laid.nodes), ...Object.values(laid.edges).map((e) => e.label)];
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) count++;
    }
  return count;
}

export async function compareEngines(): Promise<void> {
  const graph = readChart();
  for (const [locale, words] of Object.entries(mapWordsByLocale())) {
    const input = mapInput(graph, words);
    for (const [name, run] of [
      ['elkjs', () => layoutWithElk(input)],
      ['dagre', async () => layoutWithDagre(input)],
    ] as const) {
      let start = performance.now();
      const laid = await run();
      const cold = performance.now() - start;
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) {
        start = performance.now();
        await run();
        warm.push(performance.now() - start);
      }
      warm.sort((a, b) => a - b);
      console.log(
        `${locale} ${name}: cold ${cold.toFixed(0)} ms, warm median ${warm[2]!.toFixed(0)} ms, ${Math.round(laid.width)} x ${Math.round(laid.height)}, ` +
          `${crossings(laid)} crossings, ${overlaps(laid)} overlapping boxes`,
      );
    }
  }
}
