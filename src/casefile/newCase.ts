/** A new case, and a log entry before it is stamped with its time. */
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, type CaseFile, type LogEntry } from '../../machines';
import { contentVersion } from '../../content';
import { newId } from './ids';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A log entry before it is stamped with its id and time (and who made it, where the device has a label). */
export type NewEntry = DistributiveOmit<LogEntry, 'at' | 'id'>;

/** An entry as recorded now: a new id and the time, on top of what the page gave, and who made it where the device has a label. */
export function stampEntry(entry: NewEntry, now: Date = new Date(), by?: string): LogEntry {
  return { ...entry, id: newId(), at: now.toISOString(), ...(by === undefined ? {} : { by }) } as LogEntry;
}

/** A new case; `heldBy` is the label set on the device it was started on, where one is set. */
export function newCaseFile(reference: string, now: Date = new Date(), heldBy?: string): CaseFile {
  return {
    ...(heldBy === undefined ? {} : { heldBy }),
    format: CASE_FORMAT_VERSION,
    caseId: newId(),
    pathwayVersion: PATHWAY_VERSION,
    contentVersion,
    reference,
    createdAt: now.toISOString(),
    entries: [],
  };
}
