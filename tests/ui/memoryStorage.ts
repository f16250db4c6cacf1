/** A Storage in memory that can be made full or unavailable, for fault tests. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  broken = false;

  get length() {
    this.check();
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    this.check();
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.check();
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.check();
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
  private check() {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}
