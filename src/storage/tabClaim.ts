/**
 * The claim protocol over BroadcastChannel, so the practitioner is told before typing into a tab
 * whose saves would be refused: a tab opening a case announces it; a tab that has it open
 * answers; the newcomer is told the case is open elsewhere and offered a choice, to take it over
 * (the other tab is then told, and stops writing) or to close it here.
 *
 * BroadcastChannel delivers messages asynchronously and not at all where it is missing, so the
 * protocol is a courtesy and the write guard (saveGuard.ts) is the rule.
 */
import { newCaseId } from './store';
import { isRecord } from '../casefile';

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
    this.tabId = options.tabId ?? newCaseId();
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
