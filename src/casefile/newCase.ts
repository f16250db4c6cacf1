/** A new case, and a log entry before it is stamped with its time. */
import { CASE_FORMAT_VERSION, PATHWAY_VERSION, type CaseFile, type LogEntry } from '../../machines';
import { contentVersion } from '../../content';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A log entry before it is stamped with its time. */
export type NewEntry = DistributiveOmit<LogEntry, 'at'>;

export function newCaseFile(reference: string, now: Date = new Date()): CaseFile {
  return {
    format: CASE_FORMAT_VERSION,
    pathwayVersion: PATHWAY_VERSION,
    contentVersion,
    reference,
    createdAt: now.toISOString(),
    entries: [],
  };
}
