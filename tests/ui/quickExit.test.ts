import { describe, expect, it, vi } from 'vitest';
import { countShift, noShifts, quickExit, type ShiftCount } from '../../src/quickExit';

function press(keys: { key: string; shiftKey?: boolean; at: number }[]) {
  let state: ShiftCount = noShifts;
  const exits: number[] = [];
  for (const { key, shiftKey = false, at } of keys) {
    const { next, exit } = countShift(state, { key, shiftKey }, at);
    state = next;
    if (exit) exits.push(at);
  }
  return exits;
}

describe('quick exit by Shift, counted as GOV.UK counts it', () => {
  it.each([
    ['three Shifts in quick succession', [0, 500, 1000].map((at) => ({ key: 'Shift', at })), [1000]],
    ['three Shifts, each within 5 seconds of the last', [0, 4900, 9800].map((at) => ({ key: 'Shift', at })), [9800]],
    ['a gap of more than 5 seconds starts the count again', [0, 1000, 7000, 8000].map((at) => ({ key: 'Shift', at })), []],
    [
      'another key between the presses starts the count again',
      [{ key: 'Shift', at: 0 }, { key: 'Shift', at: 100 }, { key: 'a', at: 200 }, { key: 'Shift', at: 300 }],
      [],
    ],
    [
      'Shift used as a modifier (typing a capital) does not count',
      [{ key: 'Shift', at: 0 }, { key: 'A', shiftKey: true, at: 100 }, { key: 'Shift', at: 200 }, { key: 'Shift', at: 300 }],
      [],
    ],
    ['six Shifts leave twice: the count restarts after leaving', [0, 1, 2, 3, 4, 5].map((at) => ({ key: 'Shift', at })), [2, 5]],
  ])('%s', (_name, keys, expected) => {
    expect(press(keys)).toEqual(expected);
  });
});

describe('quickExit', () => {
  it('forgets the open case, deletes it only when asked, then replaces the location', () => {
    const calls: string[] = [];
    quickExit('https://neutral.example/', {
      forgetOpenCase: () => calls.push('forget'),
      deleteOpenCase: () => calls.push('delete'),
      replaceLocation: (url) => calls.push(`replace ${url}`),
    });
    expect(calls).toEqual(['delete', 'forget', 'replace https://neutral.example/']);
  });

  it('still leaves when cleaning up fails', () => {
    const replace = vi.fn();
    expect(() =>
      quickExit('https://neutral.example/', {
        forgetOpenCase: () => {
          throw new Error('storage blocked');
        },
        replaceLocation: replace,
      }),
    ).toThrow('storage blocked');
    expect(replace).toHaveBeenCalledWith('https://neutral.example/');
  });
});
