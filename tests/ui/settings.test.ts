import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, saveSettings } from '../../src/settings';
import { MemoryStorage } from './memoryStorage';

describe('settings', () => {
  it('are off by default, the quick exit deleting the case included, but for the neutral tab title, on', () => {
    expect(defaultSettings).toEqual({
      highContrast: false,
      largerText: false,
      reducedMotion: false,
      neutralTitle: true,
      exitDeletesCase: false,
    });
  });

  it('survive a save and a load', () => {
    const storage = new MemoryStorage();
    const chosen = { ...defaultSettings, highContrast: true, neutralTitle: false };
    expect(saveSettings(chosen, storage)).toBe(true);
    expect(loadSettings(storage)).toEqual(chosen);
  });

  it('fall back to the defaults on a corrupt or wrong-shaped value', () => {
    const storage = new MemoryStorage();
    storage.setItem('seen-alone:settings', '{not json');
    expect(loadSettings(storage)).toEqual(defaultSettings);
    storage.setItem('seen-alone:settings', JSON.stringify({ highContrast: 'yes' }));
    expect(loadSettings(storage)).toEqual(defaultSettings);
  });

  it('say when they could not be saved', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(saveSettings(defaultSettings, storage)).toBe(false);
    storage.full = false;
    storage.broken = true;
    expect(saveSettings(defaultSettings, storage)).toBe(false);
    expect(loadSettings(storage)).toEqual(defaultSettings);
  });
});
