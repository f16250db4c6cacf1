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
    getReviewCopy(caseId)
      .catch(() => undefined)
      .then((copy) => {
        if (!current) return;
        const parsed = copy === undefined ? undefined : parseCaseFile(copy.text);
        setFound(parsed?.ok && copy ? { status: 'ok', file: parsed.file, state: parsed.state, copy } : onDevice(caseId));
      });
    return () => {
      current = false;
    };
  }, [caseId, version]);
  return found;
}
