/**
 * Cases for review (issue 15, point 3): copies of the team's case files the manager imports, kept
 * apart from the manager's own cases (those live in localStorage, src/storage/), in IndexedDB,
 * which has room for a team's cases where localStorage holds about thirty large ones. Reached
 * through idb-keyval: a small, well-kept wrapper (one object store, get/set/del/entries).
 *
 * Each copy is kept with its overview summary (teamSummary.ts) and when it expires (30 days after
 * import unless the manager sets another period). A review copy is read-only except for the
 * manager's own review: `addReview` appends a `supervision` or `note` entry and nothing else.
 */
import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';
import { replay, type LogEntry } from '../../machines';
import type { FlagThresholds } from '../../machines/flags';
import { exportCaseFile, mergeCopies, parseCaseFile, stampEntry, type ImportError, type NewEntry } from '../casefile';
import { localToday } from '../dates';
import { summariseForTeam, summaryForDay, thresholdsKey, type TeamCaseSummary } from './teamSummary';

export const DEFAULT_EXPIRY_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * What the overview reads of a copy: kept apart from the copy's file (under `text:<case id>`), so
 * drawing the overview of 200 large cases reads 200 small summaries, never 200 files.
 */
export interface ReviewCopyMeta {
  readonly caseId: string;
  readonly summary: TeamCaseSummary;
  readonly importedAt: string;
  readonly expiresAt: string;
  /** The thresholds its summary was made with (thresholdsKey); absent on a copy kept before they were. */
  readonly madeWith?: string;
}

export interface ReviewCopy extends ReviewCopyMeta {
  /** The case file as exported (exportCaseFile), migrated to the current version. */
  readonly text: string;
}

const textKey = (caseId: string) => `text:${caseId}`;
const isMetaKey = (key: IDBValidKey): key is string => typeof key === 'string' && !key.startsWith('text:');

/** Keeps a copy: its summary and its file, under their two keys, in one transaction. */
const keep = ({ text, ...meta }: ReviewCopy, store: UseStore) =>
  setMany(
    [
      [meta.caseId, meta],
      [textKey(meta.caseId), text],
    ],
    store,
  );

let defaultStore: UseStore | undefined;
/** The review copies' own database; opened when first used, so nothing opens it on the first load. */
export const reviewStore = (): UseStore => (defaultStore ??= createStore('seen-alone-review', 'copies'));

/** The day where the manager is (not UTC, which is yesterday before 1am in summer). */
const today = (now: Date) => localToday(now);

export type ReviewImport =
  /** Kept: a new copy, entries appended to the copy kept before, or nothing to add. */
  | { ok: true; caseId: string; reference: string; kept: 'new' | 'added' | 'unchanged'; added: number }
  | { ok: false; name: string; problem: 'file'; error: ImportError }
  /** The file and the copy kept before went different ways: the copy is kept as it was. */
  | { ok: false; name: string; problem: 'conflict'; reference: string }
  /** Storage refused to keep it (full or blocked). */
  | { ok: false; name: string; problem: 'storage' };

/**
 * Imports case files for review, one or many: each is checked and replayed like any import. A file
 * of a case already kept for review is merged into the copy by entry id, as the practitioner's own
 * import does (src/casefile/merge.ts): only what the copy lacks is appended, so the manager's review
 * in it is never lost to a file that lacks it; copies that went different ways are refused and the
 * copy kept stays as it was. Each file is kept or refused on its own. The manager's own cases
 * (localStorage) are never read or written.
 */
export async function importForReview(
  files: readonly { name: string; text: string }[],
  thresholds: FlagThresholds,
  options: { now?: Date; expiryDays?: number; store?: UseStore } = {},
): Promise<ReviewImport[]> {
  const now = options.now ?? new Date();
  const store = options.store ?? reviewStore();
  const expiresAt = new Date(now.getTime() + (options.expiryDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS).toISOString();
  const results: ReviewImport[] = [];
  for (const { name, text } of files) {
    const parsed = parseCaseFile(text);
    if (!parsed.ok) {
      results.push({ ok: false, name, problem: 'file', error: parsed.error });
      continue;
    }
    let { file, state } = parsed;
    let kept: 'new' | 'added' | 'unchanged' = 'new';
    let added = 0;
    try {
      const before = await getReviewCopy(file.caseId, { store, now });
      const stored = before === undefined ? undefined : parseCaseFile(before.text);
      if (stored?.ok) {
        const merged = mergeCopies(stored.file, file);
        if (!merged.ok) {
          results.push({ ok: false, name, problem: 'conflict', reference: stored.file.reference });
          continue;
        }
        file = merged.merged;
        state = merged.change === 'append' ? merged.state : stored.state;
        kept = merged.change === 'append' ? 'added' : 'unchanged';
        added = merged.added.length;
      }
      const copy: ReviewCopy = {
        caseId: file.caseId,
        text: exportCaseFile(file),
        summary: summariseForTeam(file, state, thresholds, today(now)),
        importedAt: now.toISOString(),
        expiresAt,
        madeWith: thresholdsKey(thresholds),
      };
      await keep(copy, store);
    } catch {
      results.push({ ok: false, name, problem: 'storage' });
      continue;
    }
    results.push({ ok: true, caseId: file.caseId, reference: file.reference, kept, added });
  }
  return results;
}

/**
 * The copies kept for review, expired ones removed first. A summary kept on an earlier day is made
 * again for today (its flags depend on the day), once, and kept.
 */
export async function listReviewCopies(thresholds: FlagThresholds, options: { now?: Date; store?: UseStore } = {}): Promise<ReviewCopyMeta[]> {
  const now = options.now ?? new Date();
  const store = options.store ?? reviewStore();
  const ids = (await keys(store)).filter(isMetaKey);
  const metas = await getMany<ReviewCopyMeta | undefined>(ids, store);
  const kept: ReviewCopyMeta[] = [];
  for (const meta of metas) {
    if (meta === undefined) continue;
    if (meta.expiresAt <= now.toISOString()) {
      // Removing may fail (storage blocked): the copy is not shown either way, and goes next time.
      await delMany([meta.caseId, textKey(meta.caseId)], store).catch(() => undefined);
      continue;
    }
    // Another day, the same thresholds: the day's flags from the facts kept, with no replay.
    if (meta.summary.keptOn !== today(now) && meta.madeWith === thresholdsKey(thresholds) && meta.summary.facts !== undefined) {
      const fresh: ReviewCopyMeta = { ...meta, summary: summaryForDay(meta.summary, thresholds, today(now)) };
      await setMany([[meta.caseId, fresh]], store).catch(() => undefined);
      kept.push(fresh);
      continue;
    }
    if (meta.summary.keptOn !== today(now) || meta.madeWith !== thresholdsKey(thresholds) || meta.summary.facts === undefined) {
      const text = await get<string>(textKey(meta.caseId), store);
      const parsed = text === undefined ? undefined : parseCaseFile(text);
      if (text !== undefined && parsed?.ok) {
        const fresh: ReviewCopy = { ...meta, text, summary: summariseForTeam(parsed.file, parsed.state, thresholds, today(now)), madeWith: thresholdsKey(thresholds) };
        // Keeping the new summary may fail (storage full): it is shown all the same, and made again next time.
        await keep(fresh, store).catch(() => undefined);
        const { text: _text, ...freshMeta } = fresh;
        kept.push(freshMeta);
        continue;
      }
    }
    kept.push(meta);
  }
  return kept;
}

/** A copy kept for review, with its file; undefined when none is kept, or it has expired (it is then removed). */
export async function getReviewCopy(caseId: string, options: { store?: UseStore; now?: Date } = {}): Promise<ReviewCopy | undefined> {
  const store = options.store ?? reviewStore();
  const [meta, text] = await getMany<unknown>([caseId, textKey(caseId)], store);
  if (meta === undefined || typeof text !== 'string') return undefined;
  const copy = { ...(meta as ReviewCopyMeta), text };
  if (copy.expiresAt <= (options.now ?? new Date()).toISOString()) {
    await removeReviewCopy(caseId, store).catch(() => undefined);
    return undefined;
  }
  return copy;
}

export async function removeReviewCopy(caseId: string, store: UseStore = reviewStore()): Promise<void> {
  await delMany([caseId, textKey(caseId)], store);
}

/** The only entries a manager adds to a review copy: their review, and a note. */
export type ManagerEntry = Extract<NewEntry, { kind: 'supervision' | 'note' }>;

export type AddReviewResult = { ok: true; copy: ReviewCopy; entry: LogEntry } | { ok: false; problem: 'missing' | 'refused' };

/** Appends the manager's review to a review copy (and makes its summary again): nothing else changes. */
export async function addReview(
  caseId: string,
  entry: ManagerEntry,
  thresholds: FlagThresholds,
  options: { now?: Date; by?: string; store?: UseStore } = {},
): Promise<AddReviewResult> {
  const now = options.now ?? new Date();
  const store = options.store ?? reviewStore();
  const copy = await getReviewCopy(caseId, { store, now });
  if (copy === undefined) return { ok: false, problem: 'missing' };
  const parsed = parseCaseFile(copy.text);
  if (!parsed.ok) return { ok: false, problem: 'refused' };
  const stamped = stampEntry(entry, now, options.by);
  const file = { ...parsed.file, entries: [...parsed.file.entries, stamped] };
  const replayed = replay(file.entries);
  if (!replayed.ok) return { ok: false, problem: 'refused' };
  const next: ReviewCopy = { ...copy, text: exportCaseFile(file), summary: summariseForTeam(file, replayed.state, thresholds, today(now)), madeWith: thresholdsKey(thresholds) };
  await keep(next, store);
  return { ok: true, copy: next, entry: stamped };
}
