/**
 * The overview's rows, read from where they are kept: the review copies (IndexedDB) and the
 * summaries of the cases on this device. Read again when `version` changes (after an import, a
 * review or a removal). While they are read, `rows` is undefined.
 */
import { useEffect, useState } from 'react';
import { currentLocalValues } from '../teamSettings';
import { localToday } from '../dates';
import { listReviewCopies } from './reviewStore';
import { ownCaseSummaries } from './ownCases';
import { overviewRows, type OverviewRow } from './overview';

export type TeamCasesState = { rows: OverviewRow[] | undefined; failed: boolean };

export function useTeamCases(version: number): TeamCasesState {
  const [state, setState] = useState<TeamCasesState>({ rows: undefined, failed: false });
  useEffect(() => {
    let current = true;
    const { thresholds } = currentLocalValues();
    const today = localToday();
    // Each half on its own: blocked review copies never hide the cases on this device, nor the reverse.
    const copies = listReviewCopies(thresholds).then(
      (kept) => ({ ok: true as const, rows: kept.map((copy): OverviewRow => ({ summary: copy.summary, source: { kind: 'review', expiresAt: copy.expiresAt } })) }),
      () => ({ ok: false as const, rows: [] as OverviewRow[] }),
    );
    const own = ownCaseSummaries(thresholds, { today }).then(
      (kept) => ({ ok: true as const, rows: kept.summaries.map(({ storageId, summary }): OverviewRow => ({ summary, source: { kind: 'device', storageId } })) }),
      () => ({ ok: false as const, rows: [] as OverviewRow[] }),
    );
    void Promise.all([copies, own]).then(([review, device]) => {
      if (current) setState({ rows: overviewRows(review.rows, device.rows), failed: !review.ok || !device.ok });
    });
    return () => {
      current = false;
    };
  }, [version]);
  return state;
}
