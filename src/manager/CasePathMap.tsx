/**
 * The path a case took, lit on the trainer's map (issue 15, point 5: "on the trainer's map where that
 * view exists"): each page of the path in force and the answer that led on from it. A chunk of its
 * own, loaded only when the manager opens it, sharing the map with the trainer's view.
 */
import { answersInForce, currentPage, visitedPages, type CaseState } from '../../machines';
import { transitionKey } from '../trainer/chartGraph';
import { PathwayMap } from '../trainer/PathwayMap';
import { useReadyNamespaces } from '../useReadyNamespaces';

export default function CasePathMap({ state }: { state: CaseState }) {
  useReadyNamespaces(['trainer']);
  const path = visitedPages(state);
  const transitions = new Set<string>();
  for (const { step, value } of answersInForce(state)) {
    const at = path.lastIndexOf(step);
    const next = at < 0 ? undefined : path[at + 1];
    if (next === undefined) continue;
    for (const answer of Array.isArray(value) ? value : [value]) transitions.add(transitionKey(step, answer, next));
  }
  const current = currentPage(state);
  return <PathwayMap compact focus={current} highlight={{ pages: new Set(path), transitions, current }} />;
}
