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
    Promise.all([listReviewCopies(thresholds), ownCaseSummaries(thresholds, { today })])
      .then(([copies, own]) => {
        const review = copies.map((copy): OverviewRow => ({ summary: copy.summary, source: { kind: 'review', expiresAt: copy.expiresAt } }));
        const device = own.summaries.map(({ storageId, summary }): OverviewRow => ({ summary, source: { kind: 'device', storageId } }));
        if (current) setState({ rows: overviewRows(review, device), failed: false });
      })
      .catch(() => {
        if (current) setState({ rows: [], failed: true });
      });
    return () => {
      current = false;
    };
  }, [version]);
  return state;
}
