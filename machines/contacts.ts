/**
 * Contacts as the record reads them (issue 11): each contact with its corrections, which one is in
 * force, and whether it was entered in error; and a contact that contradicts an answer. Nothing is
 * erased: a correction and an "entered in error" are entries of their own that point back by id.
 */
import type { CaseState, Stack } from './caseState';
import type { ContactEntry, ContactErrorEntry, NoteEntry } from './log';
import type { StepId } from './ids';
import { memo } from './memo';

/** One contact as first recorded, with every later correction of it. */
export interface ContactThread {
  /** The first record's id (or its position where a log has no ids). */
  readonly id: string;
  /** The version in force: the latest correction, or the first record. */
  readonly current: ContactEntry;
  /** The earlier versions, oldest first: kept in the record, marked corrected. */
  readonly earlier: readonly ContactEntry[];
  /** Set when the contact was marked entered in error: it no longer counts. */
  readonly enteredInError?: ContactErrorEntry;
}

const oldestFirst = <T>(stack: Stack<T>): T[] => {
  const items: T[] = [];
  for (let node = stack; node !== undefined; node = node.tail) items.push(node.head);
  return items.reverse();
};

/** Every contact recorded, as threads in the order first recorded. */
export const contactThreads = memo((s: CaseState): ContactThread[] => {
  const recorded = oldestFirst(s.contacts);
  const rootOf = new Map<string, string>();
  const threads = new Map<string, { first: ContactEntry; versions: ContactEntry[] }>();
  recorded.forEach((contact, index) => {
    const id = contact.id ?? `position-${index + 1}`;
    const root = contact.corrects === undefined ? id : (rootOf.get(contact.corrects) ?? contact.corrects);
    rootOf.set(id, root);
    const thread = threads.get(root);
    if (thread === undefined) threads.set(root, { first: contact, versions: [contact] });
    else thread.versions.push(contact);
  });
  const errors = new Map<string, ContactErrorEntry>();
  for (const error of oldestFirst(s.contactErrors)) {
    const root = rootOf.get(error.refersTo);
    if (root !== undefined && !errors.has(root)) errors.set(root, error);
  }
  return [...threads.entries()].map(([id, { versions }]) => {
    const current = versions.at(-1) as ContactEntry;
    const error = errors.get(id);
    return { id, current, earlier: versions.slice(0, -1), ...(error === undefined ? {} : { enteredInError: error }) };
  });
});

/** The contacts that count: each in its version in force, none entered in error, by the day they happened. */
export const contactsInForce = memo((s: CaseState): ContactEntry[] =>
  contactThreads(s)
    .filter((thread) => thread.enteredInError === undefined)
    .map((thread) => thread.current)
    .sort((a, b) => (a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') || a.at.localeCompare(b.at) : a.date.localeCompare(b.date))),
);

/** A contact and the answer it contradicts, until resolved. */
export interface Contradiction {
  /** The contact thread (its first record's id). */
  readonly contact: string;
  readonly step: StepId;
}

/**
 * Contacts that say the opposite of an answer in force (issue 11): the adult seen alone on or after
 * the day `accessAttempt` was answered "could not see the adult alone". Resolved by changing the
 * answer, correcting the contact, or a note saying why both stand (a note that `resolves` it).
 */
export const contactContradictions = memo((s: CaseState): Contradiction[] => {
  const attempt = s.core.answers.find((record) => record.step === 'accessAttempt');
  if (attempt === undefined || attempt.value !== 'not-seen-alone') return [];
  const answeredOn = attempt.at.slice(0, 10);
  const resolved = new Set<string>();
  for (const note of oldestFirst<NoteEntry>(s.notes)) if (note.resolves !== undefined) resolved.add(note.resolves);
  return contactThreads(s)
    .filter((thread) => thread.enteredInError === undefined && thread.current.seenAlone && thread.current.date >= answeredOn)
    .filter((thread) => !resolved.has(thread.id) && !(thread.current.id !== undefined && resolved.has(thread.current.id)))
    .map((thread) => ({ contact: thread.id, step: 'accessAttempt' as const }));
});
