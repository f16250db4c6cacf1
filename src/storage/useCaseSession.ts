import { useCallback, useEffect, useRef, useState } from 'react';
import { applyEntry, initialState, type CaseState, type ReplayError } from '../../machines';
import { newCaseFile, stampEntry, type MigrationNotice, type NewEntry } from '../casefile';
import { safeLocalStorage, safeSessionStorage } from './browserStorage';
import { openStoredCase } from './caseList';
import { loadDeviceLabel } from './deviceLabel';
import { saveGuarded } from './saveGuard';
import { deleteStoredCase, newCaseId, type CaseRecord, type StoreFault } from './store';
import { CaseTab, type TabConflict } from './tabClaim';

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

/** The case open in this tab: its record, the replayed state, and what storage last held. */
export interface OpenCase {
  record: CaseRecord;
  state: CaseState;
  /** The stored text this tab last read or wrote: a save expects to find it (two-tab guard). */
  written: string | null;
  /** What changed since the version the case was saved with, shown once it opens. */
  notices: readonly MigrationNotice[];
}

export interface CaseSession {
  open: OpenCase | null;
  /** The last storage fault, shown until the next save succeeds. */
  storeFault: StoreFault | null;
  /** Another tab has this case open, or took it over: the practitioner must choose. */
  conflict: TabConflict | null;
  start: (reference: string) => void;
  openCase: (id: string, earlierNotices?: readonly MigrationNotice[]) => StoreFault | null;
  close: () => void;
  remove: () => void;
  chooseOnConflict: (choice: 'take-over' | 'close') => void;
  /** Appends one entry, if the pathway accepts it; returns the refusal otherwise. */
  append: (entry: NewEntry) => ReplayError | 'read-only' | null;
}

function load(id: string): { open: OpenCase } | { fault: StoreFault } {
  const opened = openStoredCase(safeLocalStorage(), id);
  if (!opened.ok) return { fault: opened.fault };
  return { open: { record: opened.record, state: opened.state, written: opened.storedText, notices: opened.notices } };
}

function restore(): OpenCase | null {
  const id = openCaseId();
  if (!id) return null;
  const loaded = load(id);
  return 'open' in loaded ? loaded.open : null;
}

/**
 * The open case, autosaved on every change. Saves go through the two-tab guard: a save that
 * would overwrite what another tab wrote is refused and reported, never made.
 */
export function useCaseSession(): CaseSession {
  const [open, setOpen] = useState<OpenCase | null>(restore);
  const [storeFault, setStoreFault] = useState<StoreFault | null>(null);
  const [conflict, setConflict] = useState<TabConflict | null>(null);
  const tab = useRef<CaseTab | null>(null);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    const caseTab = new CaseTab({
      onConflict: setConflict,
      onReload: (id) => {
        const loaded = load(id);
        if ('open' in loaded) setOpen(loaded.open);
        else setStoreFault(loaded.fault);
        setConflict(null);
      },
      onClose: () => {
        rememberOpenCase(null);
        setOpen(null);
        setConflict(null);
      },
    });
    tab.current = caseTab;
    if (openRef.current) caseTab.open(openRef.current.record.id);
    return () => caseTab.dispose();
  }, []);

  const start = useCallback((reference: string) => {
    const record = { id: newCaseId(), file: newCaseFile(reference, new Date(), loadDeviceLabel()) };
    const saved = saveGuarded(safeLocalStorage(), record, null);
    rememberOpenCase(record.id);
    setOpen({ record, state: initialState(), written: saved.ok ? saved.written : null, notices: [] });
    setStoreFault(saved.ok ? null : saved.fault);
    setConflict(null);
    tab.current?.open(record.id);
  }, []);

  const openCase = useCallback((id: string, earlierNotices: readonly MigrationNotice[] = []) => {
    const loaded = load(id);
    if ('fault' in loaded) return loaded.fault;
    rememberOpenCase(id);
    // Notices from bringing the file up to date when it was imported: the stored copy is current.
    setOpen({ ...loaded.open, notices: [...earlierNotices, ...loaded.open.notices] });
    setStoreFault(null);
    setConflict(null);
    tab.current?.open(id);
    return null;
  }, []);

  const close = useCallback(() => {
    tab.current?.close();
    rememberOpenCase(null);
    setOpen(null);
    setConflict(null);
    setStoreFault(null);
  }, []);

  const remove = useCallback(() => {
    const current = openRef.current;
    if (current) deleteStoredCase(safeLocalStorage(), current.record.id);
    close();
  }, [close]);

  const chooseOnConflict = useCallback((choice: 'take-over' | 'close') => tab.current?.choose(choice), []);

  const append = useCallback((entry: NewEntry): ReplayError | 'read-only' | null => {
    const current = openRef.current;
    if (!current) return null;
    if (tab.current && !tab.current.canWrite) return 'read-only';
    // Who made it: the label set on this device, if any (issue 15, who holds the case).
    const stamped = stampEntry(entry, new Date(), loadDeviceLabel());
    const applied = applyEntry(current.state, stamped, current.record.file.entries.length);
    if (!applied.ok) return applied.error;
    const record = { ...current.record, file: { ...current.record.file, entries: [...current.record.file.entries, stamped] } };
    const saved = saveGuarded(safeLocalStorage(), record, current.written);
    // The case moves on in this tab even when storage refuses it, so nothing typed is lost:
    // the fault says so, and the case can still be exported.
    const next = { ...current, record, state: applied.state, written: saved.ok ? saved.written : current.written };
    openRef.current = next;
    setOpen(next);
    setStoreFault(saved.ok ? null : saved.fault);
    return null;
  }, []);

  return { open, storeFault, conflict, start, openCase, close, remove, chooseOnConflict, append };
}
