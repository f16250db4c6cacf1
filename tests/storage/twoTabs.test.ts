import { afterEach, describe, expect, it, vi } from 'vitest';
import { PATHWAY_VERSION, type CaseFile, type LogEntry } from '../../machines';
import { caseKey } from '../../src/storage/store';
import { openStoredCase } from '../../src/storage';
import { CaseTab, saveGuarded, stampOfText } from '../../src/storage';
import type { ChannelLike, TabConflict } from '../../src/storage';
import { MemoryStorage } from '../ui/memoryStorage';
import { at, currentFixture, fixtureText, storageWithTwoCases } from '../casefile/helpers';
import { wording } from '../casefile/wording';

const note = (text: string, minutes: number): LogEntry => ({ kind: 'note', at: at(minutes), text });
const withEntry = (file: CaseFile, entry: LogEntry): CaseFile => ({ ...file, entries: [...file.entries, entry] });

describe('stamps', () => {
  it('reads a stored case’s stamp, in the current format and format 0', () => {
    expect(stampOfText(JSON.stringify(currentFixture()))).toEqual({ entries: 27, lastAt: '2026-11-27T09:26:00.000Z', reference: 'FIX-11' });
    expect(stampOfText(fixtureText('case-v0.9.json'))).toEqual({ entries: 20, lastAt: '2026-11-27T09:19:00.000Z', reference: 'FIX-09' });
    expect(stampOfText('{"format": 1, "entr')).toBeUndefined();
    expect(stampOfText('[]')).toBeUndefined();
  });
});

describe('saveGuarded', () => {
  it('saves a new case, and refuses to save a new case over one already stored', () => {
    const storage = new MemoryStorage();
    const file = currentFixture();
    const saved = saveGuarded(storage, { id: 'new', file }, null);
    expect(saved).toEqual({ ok: true, written: JSON.stringify(file) });
    expect(storage.getItem(caseKey('new'))).toBe(JSON.stringify(file));
    const before = storage.snapshot();
    expect(saveGuarded(storage, { id: 'new', file: { ...file, reference: 'OTHER' } }, null)).toMatchObject({
      ok: false,
      fault: { code: 'conflict', reason: 'exists', stored: { entries: 27, reference: 'FIX-11' } },
    });
    expect(storage.snapshot()).toEqual(before);
  });

  it('refuses the second tab’s save once the first has written, and keeps the first tab’s', () => {
    const storage = storageWithTwoCases();
    const opened = openStoredCase(storage, 'case-a');
    if (!opened.ok) throw new Error('fixture did not open');
    const loaded = opened.storedText;
    const first = withEntry(opened.record.file, note('from the first tab', 30));
    const second = withEntry(opened.record.file, note('from the second tab', 31));

    const saved = saveGuarded(storage, { id: 'case-a', file: first }, loaded);
    expect(saved.ok).toBe(true);
    const afterFirst = storage.snapshot();

    const refused = saveGuarded(storage, { id: 'case-a', file: second }, loaded);
    expect(refused).toMatchObject({
      ok: false,
      fault: { code: 'conflict', reason: 'moved-on', stored: { entries: 28, lastAt: at(30), reference: 'FIX-11' } },
    });
    expect(!refused.ok && refused.fault.message).toEqual({ code: 'conflict.movedOn', params: { what: { code: 'conflict.added', params: { count: 1 } } } });
    expect(!refused.ok && wording(refused.fault.message)).toContain('changed in another tab or window since you opened it here (it added 1 entry)');
    expect(storage.snapshot()).toEqual(afterFirst);

    // The first tab goes on from the text its save wrote.
    const next = withEntry(first, note('again', 32));
    expect(saved.ok && saveGuarded(storage, { id: 'case-a', file: next }, saved.written).ok).toBe(true);
  });

  it('saves a case opened from an earlier version against the text as stored', () => {
    const storage = storageWithTwoCases();
    const opened = openStoredCase(storage, 'case-b');
    if (!opened.ok) throw new Error('fixture did not open');
    const file = withEntry(opened.record.file, note('first note under 1.0.0', 30));
    expect(saveGuarded(storage, { id: 'case-b', file }, opened.storedText).ok).toBe(true);
    expect(JSON.parse(storage.getItem(caseKey('case-b')) ?? '')).toMatchObject({ format: 2, pathwayVersion: PATHWAY_VERSION });
  });

  it('refuses to save over a rename, a deletion or an unreadable copy made elsewhere', () => {
    const storage = storageWithTwoCases();
    const file = currentFixture();
    const loaded = storage.getItem(caseKey('case-a'));
    const next = { id: 'case-a', file: withEntry(file, note('x', 30)) };

    storage.setItem(caseKey('case-a'), JSON.stringify({ ...file, reference: 'RENAMED' }));
    const renamed = saveGuarded(storage, next, loaded);
    expect(!renamed.ok && renamed.fault.message).toMatchObject({ code: 'conflict.movedOn', params: { what: { code: 'conflict.renamed', params: { reference: 'RENAMED' } } } });

    storage.setItem(caseKey('case-a'), '{"format": 1, "entr');
    expect(saveGuarded(storage, next, loaded)).toMatchObject({ ok: false, fault: { reason: 'unreadable' } });
    expect(storage.getItem(caseKey('case-a'))).toBe('{"format": 1, "entr');

    storage.removeItem(caseKey('case-a'));
    expect(saveGuarded(storage, next, loaded)).toMatchObject({ ok: false, fault: { reason: 'deleted' } });
    expect(storage.getItem(caseKey('case-a'))).toBeNull();
  });

  it('reports full and unavailable storage, with the other cases untouched', () => {
    const storage = storageWithTwoCases();
    const before = storage.snapshot();
    const loaded = storage.getItem(caseKey('case-a'));
    const next = { id: 'case-a', file: withEntry(currentFixture(), note('x', 30)) };
    storage.full = true;
    const full = saveGuarded(storage, next, loaded);
    expect(full).toMatchObject({ ok: false, fault: { code: 'full' } });
    expect(!full.ok && full.fault.message).toEqual({ code: 'store.full' });
    storage.full = false;
    storage.broken = true;
    expect(saveGuarded(storage, next, loaded)).toMatchObject({ ok: false, fault: { code: 'unavailable' } });
    expect(saveGuarded(undefined, next, loaded)).toMatchObject({ ok: false, fault: { code: 'unavailable' } });
    storage.broken = false;
    expect(storage.snapshot()).toEqual(before);
  });
});

/** BroadcastChannel's behaviour in small: delivered to every other channel, later, not to itself. */
class FakeHub {
  private readonly channels = new Set<FakeChannel>();
  private queue: (() => void)[] = [];
  readonly factory = (): ChannelLike => {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  };
  send(from: FakeChannel, message: unknown): void {
    const data: unknown = structuredClone(message);
    for (const channel of this.channels) if (channel !== from) this.queue.push(() => channel.deliver(data));
  }
  leave(channel: FakeChannel): void {
    this.channels.delete(channel);
  }
  get open(): number {
    return this.channels.size;
  }
  /** Delivers everything sent, including what the deliveries send. */
  flush(): void {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      for (const deliver of batch) deliver();
    }
  }
}

class FakeChannel implements ChannelLike {
  private readonly listeners = new Set<(event: MessageEvent) => void>();
  constructor(private readonly hub: FakeHub) {}
  postMessage(message: unknown): void {
    this.hub.send(this, message);
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }
  close(): void {
    this.hub.leave(this);
  }
  deliver(data: unknown): void {
    for (const listener of this.listeners) listener(new MessageEvent('message', { data }));
  }
}

const tab = (hub: FakeHub, tabId: string) => {
  const conflicts: TabConflict[] = [];
  const onReload = vi.fn<(caseId: string) => void>();
  const onClose = vi.fn<(caseId: string) => void>();
  const caseTab = new CaseTab({ tabId, channel: hub.factory, onConflict: (c) => conflicts.push(c), onReload, onClose });
  return { caseTab, conflicts, onReload, onClose };
};

describe('CaseTab', () => {
  it('tells the second tab to open a case that it is open elsewhere, and asks it to choose', () => {
    const hub = new FakeHub();
    const a = tab(hub, 'A');
    const b = tab(hub, 'B');
    a.caseTab.open('case-1');
    hub.flush();
    b.caseTab.open('case-1');
    hub.flush();
    expect(b.conflicts).toEqual([{ caseId: 'case-1', otherTab: 'A', reason: 'open-elsewhere' }]);
    expect(b.caseTab.status).toBe('asked');
    expect(b.caseTab.canWrite).toBe(false);
    expect(a.conflicts).toEqual([]);
    expect(a.caseTab.canWrite).toBe(true);
  });

  it('on take-over, re-reads the case and tells the first tab, which stops writing and is asked', () => {
    const hub = new FakeHub();
    const a = tab(hub, 'A');
    const b = tab(hub, 'B');
    a.caseTab.open('case-1');
    hub.flush();
    b.caseTab.open('case-1');
    hub.flush();
    b.caseTab.choose('take-over');
    expect(b.onReload).toHaveBeenCalledWith('case-1');
    expect(b.caseTab.canWrite).toBe(true);
    hub.flush();
    expect(a.conflicts).toEqual([{ caseId: 'case-1', otherTab: 'B', reason: 'taken-over' }]);
    expect(a.caseTab.status).toBe('read-only');
    expect(a.caseTab.canWrite).toBe(false);

    a.caseTab.choose('close');
    expect(a.onClose).toHaveBeenCalledWith('case-1');
    expect(a.caseTab.status).toBe('idle');
    hub.flush();
    expect(b.caseTab.status).toBe('holding');
    expect(b.conflicts).toHaveLength(1);
  });

  it('asks both tabs when they open the same case at the same moment', () => {
    const hub = new FakeHub();
    const a = tab(hub, 'A');
    const b = tab(hub, 'B');
    a.caseTab.open('case-1');
    b.caseTab.open('case-1');
    hub.flush();
    expect([a.caseTab.status, b.caseTab.status]).toEqual(['asked', 'asked']);
  });

  it('leaves tabs on different cases alone, and a tab that closed its case', () => {
    const hub = new FakeHub();
    const a = tab(hub, 'A');
    const b = tab(hub, 'B');
    a.caseTab.open('case-1');
    b.caseTab.open('case-2');
    hub.flush();
    a.caseTab.close();
    b.caseTab.open('case-1');
    hub.flush();
    expect([a.conflicts, b.conflicts]).toEqual([[], []]);
    expect(b.caseTab.canWrite).toBe(true);
  });

  it('ignores messages from other apps, malformed ones and its own', () => {
    const hub = new FakeHub();
    const a = tab(hub, 'A');
    const stranger = hub.factory();
    a.caseTab.open('case-1');
    for (const message of [
      { app: 'other', type: 'claim', caseId: 'case-1', tab: 'X' },
      { app: 'seen-alone', type: 'claim', caseId: 'case-1' },
      { app: 'seen-alone', type: 'held', caseId: 'case-1', tab: 'X' },
      { app: 'seen-alone', type: 'claim', caseId: 'case-1', tab: 'A' },
      'claim',
      null,
    ]) {
      stranger.postMessage(message);
    }
    hub.flush();
    expect(a.conflicts).toEqual([]);
    expect(a.caseTab.canWrite).toBe(true);
  });

  it('works alone where there is no BroadcastChannel, leaving the write guard to protect saves', () => {
    const onConflict = vi.fn();
    const lone = new CaseTab({ tabId: 'A', channel: () => undefined, onConflict, onReload: vi.fn() });
    lone.open('case-1');
    expect(lone.canWrite).toBe(true);
    lone.dispose();
    expect(onConflict).not.toHaveBeenCalled();
  });

  it('closes its channel when disposed', () => {
    const hub = new FakeHub();
    const a = tab(hub, 'A');
    expect(hub.open).toBe(1);
    a.caseTab.dispose();
    expect(hub.open).toBe(0);
  });
});

describe('CaseTab over a real BroadcastChannel', () => {
  const tabs: CaseTab[] = [];
  afterEach(() => {
    for (const t of tabs.splice(0)) t.dispose();
  });

  it('tells the second tab', async () => {
    const told = new Promise<TabConflict>((resolve) => {
      tabs.push(new CaseTab({ tabId: 'A', onConflict: vi.fn(), onReload: vi.fn() }));
      tabs.push(new CaseTab({ tabId: 'B', onConflict: resolve, onReload: vi.fn() }));
    });
    tabs[0]?.open('case-1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    tabs[1]?.open('case-1');
    expect(await told).toEqual({ caseId: 'case-1', otherTab: 'A', reason: 'open-elsewhere' });
  });
});
