/**
 * The cases on the manager's own device, in the overview (issue 15, point 4): each case's summary
 * is kept in IndexedDB beside the review copies, with the stamp of the case it was made from (entry
 * count, last entry's time, reference). Drawing the overview replays only a case that changed since,
 * or whose summary was made on an earlier day (its flags depend on the day); the rest are read as kept.
 */
import { createStore, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import type { FlagThresholds } from '../../machines/flags';
import { parseCaseFile } from '../casefile';
import { readStored, safeLocalStorage, stampOfText, storedIds, type Stamp } from '../storage';
import { summariseForTeam, summaryForDay, thresholdsKey, type TeamCaseSummary } from './teamSummary';

interface KeptSummary {
  readonly stamp: Stamp;
  readonly madeWith: string;
  readonly summary: TeamCaseSummary;
}

let defaultStore: UseStore | undefined;
/** The kept summaries' own database: opened when first used. */
export const ownSummaryStore = (): UseStore => (defaultStore ??= createStore('seen-alone-summaries', 'own'));

const sameStamp = (a: Stamp, b: Stamp) => a.entries === b.entries && a.lastAt === b.lastAt && a.reference === b.reference;

/** Each readable case on this device, summarised (kept summaries reused where the case has not changed). */
export async function ownCaseSummaries(
  thresholds: FlagThresholds,
  options: { today: string; storage?: Storage | undefined; store?: UseStore },
): Promise<{ summaries: { storageId: string; summary: TeamCaseSummary }[]; replayed: number }> {
  const storage = options.storage ?? safeLocalStorage();
  const store = options.store ?? ownSummaryStore();
  const summaries: { storageId: string; summary: TeamCaseSummary }[] = [];
  let replayed = 0;
  for (const id of (storage ? storedIds(storage) : undefined) ?? []) {
    const read = readStored(storage, id);
    if (!read.ok) continue;
    const stamp = stampOfText(read.text);
    if (stamp === undefined) continue;
    const kept = await get<KeptSummary>(id, store).catch(() => undefined);
    if (kept !== undefined && kept.madeWith === thresholdsKey(thresholds) && sameStamp(kept.stamp, stamp) && kept.summary.facts !== undefined) {
      if (kept.summary.keptOn === options.today) {
        summaries.push({ storageId: id, summary: kept.summary });
        continue;
      }
      // Another day: the day's flags from the facts kept, with no replay.
      const summary = summaryForDay(kept.summary, thresholds, options.today);
      await set(id, { ...kept, summary } satisfies KeptSummary, store).catch(() => undefined);
      summaries.push({ storageId: id, summary });
      continue;
    }
    const parsed = parseCaseFile(read.text);
    if (!parsed.ok) continue; // the start page lists an unreadable case, with why
    replayed += 1;
    const summary = summariseForTeam(parsed.file, parsed.state, thresholds, options.today);
    // Keeping it may fail (storage full): it is shown all the same, and made again next time.
    await set(id, { stamp, madeWith: thresholdsKey(thresholds), summary } satisfies KeptSummary, store).catch(() => undefined);
    summaries.push({ storageId: id, summary });
  }
  // A case deleted from this device takes its kept summary with it (its reference and dates stay nowhere).
  const here = new Set(summaries.map((summary) => summary.storageId));
  const gone = (await keys(store)).filter((key) => typeof key === 'string' && !here.has(key));
  if (gone.length > 0) await delMany(gone, store).catch(() => undefined);
  return { summaries, replayed };
}
