/**
 * One case for the manager to read (issue 15, point 5): its review copy, or, where none is kept, the
 * case on this device with that case id. Read-only either way: the page adds the manager's review to
 * a review copy through reviewStore.addReview and nothing else.
 */
import { useEffect, useState } from 'react';
import type { CaseFile, CaseState } from '../../machines';
import { parseCaseFile } from '../casefile';
import { readStored, safeLocalStorage, storedIds } from '../storage';
import { getReviewCopy, type ReviewCopy } from './reviewStore';

export type ReviewCase =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  /** A copy is kept but cannot be read (damaged): it can still be removed. */
  | { readonly status: 'damaged' }
  /** The review copies' storage cannot be opened (blocked or full). */
  | { readonly status: 'unavailable' }
  | { readonly status: 'ok'; readonly file: CaseFile; readonly state: CaseState; readonly copy?: ReviewCopy; readonly storageId?: string };

function onDevice(caseId: string): ReviewCase {
  const storage = safeLocalStorage();
  for (const id of (storage ? storedIds(storage) : undefined) ?? []) {
    const read = readStored(storage, id);
    if (!read.ok || !read.text.includes(caseId)) continue;
    const parsed = parseCaseFile(read.text);
    if (parsed.ok && parsed.file.caseId === caseId) return { status: 'ok', file: parsed.file, state: parsed.state, storageId: id };
  }
  return { status: 'missing' };
}

export function useReviewCase(caseId: string, version: number): ReviewCase {
  const [found, setFound] = useState<ReviewCase>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    getReviewCopy(caseId).then(
      (copy) => {
        if (!current) return;
        if (copy === undefined) return setFound(onDevice(caseId));
        const parsed = parseCaseFile(copy.text);
        setFound(parsed.ok ? { status: 'ok', file: parsed.file, state: parsed.state, copy } : { status: 'damaged' });
      },
      () => {
        if (!current) return;
        // The review copies cannot be read: a case on this device may still be.
        const device = onDevice(caseId);
        setFound(device.status === 'ok' ? device : { status: 'unavailable' });
      },
    );
    return () => {
      current = false;
    };
  }, [caseId, version]);
  return found;
}
