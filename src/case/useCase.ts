import { useCallback, useMemo, useState } from 'react';
import {
  applyEntry,
  CASE_FORMAT_VERSION,
  PATHWAY_VERSION,
  replay,
  type CaseFile,
  type LogEntry,
  type ReplayError,
  type ReplayResult,
} from '../../machines';
import { contentVersion } from '../../content';
import { safeSessionStorage } from '../settings';
import { deleteCase, loadCase, newCaseId, saveCase, type CaseRecord, type StoreFault } from './store';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A log entry before it is stamped with its time. */
export type NewEntry = DistributiveOmit<LogEntry, 'at'>;

/**
 * Which case this tab has open. Kept in sessionStorage, which survives a reload of the tab
 * but not a new visit: a reload restores the page, a new visit starts on the start page.
 */
const OPEN_CASE_KEY = 'seen-alone:open-case';

export function rememberOpenCase(id: string | null, session: Storage | undefined = safeSessionStorage()): void {
  try {
    if (id === null) session?.removeItem(OPEN_CASE_KEY);
    else session?.setItem(OPEN_CASE_KEY, id);
  } catch {
    // Without session storage a reload simply returns to the start page.
  }
}

export function openCaseId(session: Storage | undefined = safeSessionStorage()): string | null {
  try {
    return session?.getItem(OPEN_CASE_KEY) ?? null;
  } catch {
    return null;
  }
}

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

export interface CaseSession {
  record: CaseRecord | null;
  result: ReplayResult | null;
  /** The last storage fault, shown until the next save succeeds. */
  storeFault: StoreFault | null;
  start: (reference: string) => void;
  open: (id: string) => StoreFault | null;
  close: () => void;
  remove: () => void;
  /** Appends one entry, if the pathway accepts it; returns the refusal otherwise. */
  append: (entry: NewEntry) => ReplayError | null;
}

function restore(): CaseRecord | null {
  const id = openCaseId();
  if (!id) return null;
  const loaded = loadCase(id);
  return loaded.ok ? loaded.record : null;
}

export function useCaseSession(): CaseSession {
  const [record, setRecord] = useState<CaseRecord | null>(restore);
  const [storeFault, setStoreFault] = useState<StoreFault | null>(null);
  const result = useMemo(() => (record ? replay(record.file.entries) : null), [record]);

  const persist = useCallback((next: CaseRecord) => {
    const saved = saveCase(next);
    setStoreFault(saved.ok ? null : saved.fault);
  }, []);

  const start = useCallback(
    (reference: string) => {
      const next = { id: newCaseId(), file: newCaseFile(reference) };
      rememberOpenCase(next.id);
      setRecord(next);
      persist(next);
    },
    [persist],
  );

  const open = useCallback((id: string) => {
    const loaded = loadCase(id);
    if (!loaded.ok) return loaded.fault;
    rememberOpenCase(id);
    setRecord(loaded.record);
    setStoreFault(null);
    return null;
  }, []);

  const close = useCallback(() => {
    rememberOpenCase(null);
    setRecord(null);
  }, []);

  const remove = useCallback(() => {
    if (record) deleteCase(record.id);
    rememberOpenCase(null);
    setRecord(null);
  }, [record]);

  const append = useCallback(
    (entry: NewEntry): ReplayError | null => {
      if (!record || !result) return null;
      const stamped = { ...entry, at: new Date().toISOString() } as LogEntry;
      const applied = applyEntry(result.state, stamped, record.file.entries.length);
      if (!applied.ok) return applied.error;
      const next = { ...record, file: { ...record.file, entries: [...record.file.entries, stamped] } };
      setRecord(next);
      persist(next);
      return null;
    },
    [record, result, persist],
  );

  return { record, result, storeFault, start, open, close, remove, append };
}
