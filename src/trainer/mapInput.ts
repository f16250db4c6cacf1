/**
 * What the layout engine is given for one locale: each page as a box sized from its heading in that
 * locale, each answer transition as an edge with a label sized from its answers' words, and each
 * return once per level to a "back to where it was raised" box. The build-time script lays it out
 * (scripts/layout-map.ts); the browser wraps the same words with the same function (mapLabels), so
 * a box drawn holds exactly the lines it was sized for.
 */
import type { AnswerId, PageId, StepId } from '../../machines/ids';
import { RETURN_NODE, type AnswerEdge, type ChartGraph } from './chartGraph';
import { MAP_TYPE, boxSize, wrapText } from './measure';

/** The words the map shows, in one locale. */
export interface MapWords {
  heading: (page: PageId) => string;
  option: (step: StepId, answer: AnswerId) => string;
  /** An edge every answer of the step takes. */
  anyAnswer: string;
  /** An edge any selection of a multi step takes. */
  anySelection: string;
  /** The box every return leads to. */
  returnNode: string;
}

export interface InputNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}
export interface InputEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: { readonly width: number; readonly height: number };
}
export interface MapInput {
  readonly nodes: readonly InputNode[];
  readonly edges: readonly InputEdge[];
}

/** The label items of an answer edge: its answers' words, or "any answer". */
export function edgeLabelItems(edge: AnswerEdge, words: MapWords): string[] {
  if (edge.multi) return [words.anySelection];
  if (edge.allAnswers) return [words.anyAnswer];
  return edge.answers.map((answer) => words.option(edge.from, answer));
}

/** Items wrapped into lines at the edge label's type. */
export const edgeLabelLines = (items: readonly string[]): string[] =>
  items.flatMap((item) => wrapText(item, MAP_TYPE.edge.maxWidth, MAP_TYPE.edge.fontSize));

/** A page's heading wrapped into lines at the node's type. */
export const nodeLines = (text: string): string[] => wrapText(text, MAP_TYPE.node.maxWidth, MAP_TYPE.node.fontSize);

export function mapInput(graph: ChartGraph, words: MapWords): MapInput {
  const nodes: InputNode[] = graph.pages.map((page) => ({
    id: page.id,
    ...boxSize(nodeLines(words.heading(page.id)), MAP_TYPE.node, page.events.length > 0 ? MAP_TYPE.node.eventRow : 0),
  }));
  nodes.push({ id: RETURN_NODE, ...boxSize(nodeLines(words.returnNode), MAP_TYPE.node) });
  const edges: InputEdge[] = [
    ...graph.answers.map((edge) => ({
      id: edge.id,
      source: edge.from,
      target: edge.to,
      label: boxSize(edgeLabelLines(edgeLabelItems(edge, words)), MAP_TYPE.edge),
    })),
    ...graph.returns.map((edge) => ({
      id: edge.id,
      source: edge.from,
      target: RETURN_NODE,
      label: boxSize(edgeLabelLines([words.option(edge.from, edge.answer)]), MAP_TYPE.edge),
    })),
  ];
  return { nodes, edges };
}

/** FNV-1a over the input: the layout file records it, and a test recomputes it to find a stale layout. */
export function fingerprint(input: MapInput): string {
  const text = JSON.stringify(input);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface PlacedBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface PlacedEdge {
  readonly points: readonly (readonly [number, number])[];
  readonly label: PlacedBox;
}
/** One locale's laid-out map, as the layout file holds it. */
export interface LocaleLayout {
  readonly fingerprint: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: Readonly<Record<string, PlacedBox>>;
  readonly edges: Readonly<Record<string, PlacedEdge>>;
}
export interface MapLayoutFile {
  readonly engine: string;
  readonly locales: Readonly<Record<string, LocaleLayout>>;
}
