/**
 * Two copies of one case, compared entry by entry (case file format 2): which entries both hold,
 * which only one holds, and which share an id but differ (a sign the copies were edited apart,
 * which the append-only log never does). The ground for merging by appending what one lacks.
 */
import type { CaseFile, LogEntry } from '../../machines';
import { exportCaseFile } from './export';

export interface CaseComparison {
  /** Both files carry the same case id. */
  readonly sameCase: boolean;
  /** Entry ids both hold, the same in both. */
  readonly shared: readonly string[];
  /** Entry ids only the first holds, in its order. */
  readonly onlyInFirst: readonly string[];
  /** Entry ids only the second holds, in its order. */
  readonly onlyInSecond: readonly string[];
  /** Entry ids both hold that differ between them. */
  readonly differing: readonly string[];
}

/** An entry as its export writes it, so that key order never makes two equal entries differ. */
const canonical = (file: CaseFile, entry: LogEntry): string => exportCaseFile({ ...file, entries: [entry] });

export function compareCopies(first: CaseFile, second: CaseFile): CaseComparison {
  const byId = (file: CaseFile) => new Map(file.entries.flatMap((entry) => (entry.id === undefined ? [] : [[entry.id, entry] as const])));
  const a = byId(first);
  const b = byId(second);
  const shared: string[] = [];
  const differing: string[] = [];
  for (const [id, entry] of a) {
    const other = b.get(id);
    if (other === undefined) continue;
    (canonical(first, entry) === canonical(first, other) ? shared : differing).push(id);
  }
  return {
    sameCase: first.caseId === second.caseId,
    shared,
    onlyInFirst: [...a.keys()].filter((id) => !b.has(id)),
    onlyInSecond: [...b.keys()].filter((id) => !a.has(id)),
    differing,
  };
}
