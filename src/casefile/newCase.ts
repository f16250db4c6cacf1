/** A new case, and a log entry before it is stamped with its time. */
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, type CaseFile, type LogEntry } from '../../machines';
import { contentVersion } from '../../content';
import { newId } from './ids';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A log entry before it is stamped with its id and time (and who made it, where the device has a label). */
export type NewEntry = DistributiveOmit<LogEntry, 'at' | 'id'>;

/** An entry as recorded now: a new id and the time, on top of what the page gave. */
export function stampEntry(entry: NewEntry, now: Date = new Date()): LogEntry {
  return { ...entry, id: newId(), at: now.toISOString() } as LogEntry;
}

export function newCaseFile(reference: string, now: Date = new Date()): CaseFile {
  return {
    format: CASE_FORMAT_VERSION,
    caseId: newId(),
    pathwayVersion: PATHWAY_VERSION,
    contentVersion,
    reference,
    createdAt: now.toISOString(),
    entries: [],
  };
}
