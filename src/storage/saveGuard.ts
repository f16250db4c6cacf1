/**
 * Two tabs on one case (issue 6, part 5) never silently overwrite each other. Two layers:
 *
 * 1. A write guard, which alone is enough to lose nothing: before a save, the stored case is
 *    compared with what this tab last loaded or wrote. If another tab has written since, the save
 *    is refused as a conflict instead of overwriting, and the message says what changed (from the
 *    stamps: entry count, last entry's time, reference).
 * 2. A claim protocol over BroadcastChannel, so the practitioner is told before typing into a
 *    tab whose saves would be refused: a tab opening a case announces it; a tab that has it open
 *    answers; the newcomer is told the case is open elsewhere and offered a choice, to take it
 *    over (the other tab is then told, and stops writing) or to close it here.
 *
 * BroadcastChannel delivers messages asynchronously and not at all where it is missing, so the
 * protocol is a courtesy and the write guard is the rule.
 */
import type { CaseFile } from '../../machines';
import { caseKey } from '../case/store';
import type { CaseRecord } from '../case/store';
import { isQuotaError, storeFault } from './caseList';
import type { StoreFault } from './caseList';

// -- the write guard ---------------------------------------------------------------------------

/** What a conflict message compares: enough to say what another tab changed. */
export interface Stamp {
  readonly entries: number;
  readonly lastAt: string | null;
  readonly reference: string;
}

export const stampOf = (file: Pick<CaseFile, 'entries' | 'reference'>): Stamp => ({
  entries: file.entries.length,
  lastAt: file.entries.at(-1)?.at ?? null,
  reference: file.reference,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stamp of a stored text, in the current format or format 0 (`log`, `time`), or undefined when
 * the text is not a case at all.
 */
export const stampOfText = (text: string): Stamp | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const list = Object.hasOwn(value, 'entries') ? value.entries : Object.hasOwn(value, 'log') ? value.log : undefined;
  const reference = Object.hasOwn(value, 'reference') ? value.reference : undefined;
  if (!Array.isArray(list) || typeof reference !== 'string') return undefined;
  const last: unknown = list.at(-1);
  const lastAt = isRecord(last) ? (Object.hasOwn(last, 'at') ? last.at : Object.hasOwn(last, 'time') ? last.time : null) : null;
  return { entries: list.length, lastAt: typeof lastAt === 'string' ? lastAt : null, reference };
};

export type ConflictReason =
  /** Another tab has added to the case, or renamed it, since this tab loaded or wrote it. */
  | 'moved-on'
  /** The case was deleted (in another tab) since this tab loaded it. */
  | 'deleted'
  /** A new case's id is already taken. */
  | 'exists'
  /** The stored copy can no longer be read; saving over it would destroy what is there. */
  | 'unreadable';

export interface ConflictFault extends StoreFault {
  readonly code: 'conflict';
  readonly reason: ConflictReason;
  /** What is stored now, where it can be read. */
  readonly stored?: Stamp;
}

const conflictMessage = (reason: ConflictReason, mine: Stamp | null, stored?: Stamp): string => {
  const keep = 'Nothing was overwritten, and this change is still here on the page: export the case to keep it.';
  switch (reason) {
    case 'moved-on': {
      const more = stored !== undefined && mine !== null ? stored.entries - mine.entries : 0;
      const what =
        stored !== undefined && mine !== null && stored.reference !== mine.reference && more === 0
          ? `renamed it '${stored.reference}'`
          : more > 0
            ? `added ${more === 1 ? '1 entry' : `${more} entries`}`
            : 'changed it';
      return `This case was changed in another tab or window since you opened it here (it ${what}), so this change was not saved. ${keep} To go on here, reload the case to see the other changes first.`;
    }
    case 'deleted':
      return `This case was deleted in another tab or window, so this change was not saved. ${keep}`;
    case 'exists':
      return `A case is already stored under this case's id, so it was not saved over. ${keep}`;
    case 'unreadable':
      return `The stored copy of this case can no longer be read, so this change was not saved over it (that would lose what is stored). ${keep}`;
  }
};

export const conflictFault = (reason: ConflictReason, mine: Stamp | null, stored?: Stamp): ConflictFault => ({
  code: 'conflict',
  reason,
  message: conflictMessage(reason, mine, stored),
  ...(stored === undefined ? {} : { stored }),
});

export type GuardedSaveResult =
  | {
      ok: true;
      /** The text now stored: what the next save from this tab expects to find. */
      written: string;
    }
  | { ok: false; fault: StoreFault | ConflictFault };

/**
 * Saves `record` only if storage still holds exactly the text this tab last loaded or wrote
 * (`expected`; null for a case not yet stored). Comparing the text is stricter than comparing
 * stamps and cheaper than parsing what is stored (npm run bench); the stamps are read only to word
 * a conflict. Every fault, the conflict among them, leaves storage as it was.
 */
export function saveGuarded(storage: Storage | undefined, record: CaseRecord, expected: string | null): GuardedSaveResult {
  if (storage === undefined) return { ok: false, fault: storeFault('unavailable') };
  let stored: string | null;
  try {
    stored = storage.getItem(caseKey(record.id));
  } catch {
    return { ok: false, fault: storeFault('unavailable') };
  }
  if (stored !== expected) {
    if (expected === null) return { ok: false, fault: conflictFault('exists', null, stored === null ? undefined : stampOfText(stored)) };
    const mine = stampOfText(expected) ?? null;
    if (stored === null) return { ok: false, fault: conflictFault('deleted', mine) };
    const now = stampOfText(stored);
    return { ok: false, fault: now === undefined ? conflictFault('unreadable', mine) : conflictFault('moved-on', mine, now) };
  }
  const text = JSON.stringify(record.file);
  try {
    storage.setItem(caseKey(record.id), text);
  } catch (error) {
    return { ok: false, fault: storeFault(isQuotaError(error) ? 'full' : 'unavailable') };
  }
  return { ok: true, written: text };
}

// -- the claim protocol ------------------------------------------------------------------------

/** The part of BroadcastChannel the protocol uses, so tests can give it a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export type ChannelFactory = (name: string) => ChannelLike | undefined;

export const CHANNEL_NAME = 'seen-alone';

/** The browser's BroadcastChannel, or none where it is missing (then only the write guard works). */
export const browserChannel: ChannelFactory = (name) => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The messages. `open`: this tab has opened the case. `held`: an answer to `open`, from a tab that
 * has the case open. `claim`: this tab takes the case over. `release`: this tab has closed it.
 */
export type TabMessage =
  | { app: 'seen-alone'; type: 'open' | 'claim' | 'release'; caseId: string; tab: string }
  | { app: 'seen-alone'; type: 'held'; caseId: string; tab: string; to: string };

const isTabMessage = (data: unknown): data is TabMessage => {
  if (!isRecord(data) || data.app !== 'seen-alone') return false;
  if (typeof data.caseId !== 'string' || typeof data.tab !== 'string') return false;
  if (data.type === 'held') return typeof data.to === 'string';
  return data.type === 'open' || data.type === 'claim' || data.type === 'release';
};

export type TabStatus =
  /** No case open in this tab. */
  | 'idle'
  /** This tab has the case, as far as it knows. */
  | 'holding'
  /** Told the case is open in another tab; waiting for the practitioner's choice. Saves wait. */
  | 'asked'
  /** Another tab took the case over; this one shows it without saving, until taken back. */
  | 'read-only';

export interface TabConflict {
  readonly caseId: string;
  /** The other tab's id. */
  readonly otherTab: string;
  /**
   * `open-elsewhere`: this tab has just opened a case another tab has open.
   * `taken-over`: another tab has taken over the case this tab had open.
   */
  readonly reason: 'open-elsewhere' | 'taken-over';
}

export type TabChoice = 'take-over' | 'close';

export interface CaseTabOptions {
  /** Told when the practitioner must choose; answer with `choose`. */
  onConflict: (conflict: TabConflict) => void;
  /** Re-read the stored case (on a take-over: the other tab may have written). */
  onReload: (caseId: string) => void;
  /** Close the case in this tab (the practitioner chose `close`). */
  onClose?: (caseId: string) => void;
  channel?: ChannelFactory;
  tabId?: string;
}

const randomTabId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** One tab's side of the claim protocol. */
export class CaseTab {
  readonly tabId: string;
  private readonly channel: ChannelLike | undefined;
  private readonly options: CaseTabOptions;
  private caseId: string | undefined;
  private current: TabStatus = 'idle';
  private readonly listener = (event: MessageEvent) => this.receive(event.data);

  constructor(options: CaseTabOptions) {
    this.options = options;
    this.tabId = options.tabId ?? randomTabId();
    this.channel = (options.channel ?? browserChannel)(CHANNEL_NAME);
    this.channel?.addEventListener('message', this.listener);
  }

  get status(): TabStatus {
    return this.current;
  }

  get openCase(): string | undefined {
    return this.caseId;
  }

  /** Whether this tab may save now. The write guard still checks each save. */
  get canWrite(): boolean {
    return this.current === 'holding';
  }

  /** This tab has opened `caseId`: say so, so that a tab that has it open answers. */
  open(caseId: string): void {
    if (this.caseId !== undefined && this.caseId !== caseId) this.close();
    this.caseId = caseId;
    this.current = 'holding';
    this.post({ app: 'seen-alone', type: 'open', caseId, tab: this.tabId });
  }

  /** The practitioner's answer to a conflict. */
  choose(choice: TabChoice): void {
    const caseId = this.caseId;
    if (caseId === undefined || this.current === 'idle') return;
    if (choice === 'take-over') {
      this.current = 'holding';
      this.post({ app: 'seen-alone', type: 'claim', caseId, tab: this.tabId });
      this.options.onReload(caseId);
    } else {
      this.close();
      this.options.onClose?.(caseId);
    }
  }

  /** This tab has closed its case. */
  close(): void {
    if (this.caseId !== undefined) this.post({ app: 'seen-alone', type: 'release', caseId: this.caseId, tab: this.tabId });
    this.caseId = undefined;
    this.current = 'idle';
  }

  /** Stops listening (the tab is going away). */
  dispose(): void {
    this.close();
    this.channel?.removeEventListener('message', this.listener);
    this.channel?.close();
  }

  private post(message: TabMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed or broken channel: the write guard still protects every save.
    }
  }

  private receive(data: unknown): void {
    if (!isTabMessage(data) || data.tab === this.tabId || data.caseId !== this.caseId) return;
    const caseId = data.caseId;
    switch (data.type) {
      case 'open':
        // Another tab has just opened this tab's case: answer, so that it is told and asked.
        if (this.current === 'holding' || this.current === 'asked') {
          this.post({ app: 'seen-alone', type: 'held', caseId, tab: this.tabId, to: data.tab });
        }
        return;
      case 'held':
        if (data.to === this.tabId && this.current === 'holding') {
          this.current = 'asked';
          this.options.onConflict({ caseId, otherTab: data.tab, reason: 'open-elsewhere' });
        }
        return;
      case 'claim':
        if (this.current !== 'read-only') {
          this.current = 'read-only';
          this.options.onConflict({ caseId, otherTab: data.tab, reason: 'taken-over' });
        }
        return;
      case 'release':
        return;
    }
  }
}
