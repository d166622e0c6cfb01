/**
 * What each key of an object means (an indicator, a criterion…), remembered by the key's position
 * in the object's key order. Objects in a batch usually list their keys in one order, so looking a
 * key up is then a comparison with the key seen at the same position last time, not a hash look-up;
 * a key in another position is resolved and remembered instead. @internal
 */
export class KeyOrderMemo<T> {
  /** Positions beyond this are resolved every time: an input with many stray keys leaves no large memo behind. */
  static readonly MAX_POSITIONS = 1024;
  private readonly keys: string[] = [];
  private readonly meanings: T[] = [];

  constructor(private readonly resolve: (key: string) => T) {}

  /** The meaning of `key`, found at `position` (0-based) of the object's keys. */
  at(position: number, key: string): T {
    if (this.keys[position] === key) return this.meanings[position] as T;
    const meaning = this.resolve(key);
    if (position < KeyOrderMemo.MAX_POSITIONS) {
      this.keys[position] = key;
      this.meanings[position] = meaning;
    }
    return meaning;
  }
}
