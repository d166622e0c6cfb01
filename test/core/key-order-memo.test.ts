import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyOrderMemo } from '../../src/core/key-order-memo.js';

describe('KeyOrderMemo', () => {
  it('always gives what resolve gives, whatever order the keys come in', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('1.1', '1.2', '2', '7', 'x', '__proto__'), { maxLength: 8 }), { maxLength: 20 }), (objects) => {
        const memo = new KeyOrderMemo((key) => `meaning of ${key}`);
        for (const keys of objects) keys.forEach((key, position) => expect(memo.at(position, key)).toBe(`meaning of ${key}`));
      }),
    );
  });
  it('resolves a key once while it keeps its position, and again when another key took that position', () => {
    const resolved: string[] = [];
    const memo = new KeyOrderMemo((key) => {
      resolved.push(key);
      return key.length;
    });
    for (let i = 0; i < 3; i++) {
      memo.at(0, 'a');
      memo.at(1, 'bb');
    }
    expect(resolved).toEqual(['a', 'bb']);
    expect(memo.at(0, 'bb')).toBe(2);
    expect(memo.at(0, 'a')).toBe(1);
    expect(resolved).toEqual(['a', 'bb', 'bb', 'a']);
  });
  it('remembers an unknown key’s answer too (undefined)', () => {
    const memo = new KeyOrderMemo<number | undefined>((key) => (key === 'known' ? 1 : undefined));
    expect(memo.at(0, 'other')).toBeUndefined();
    expect(memo.at(0, 'other')).toBeUndefined();
    expect(memo.at(0, 'known')).toBe(1);
  });
  it('does not remember positions past MAX_POSITIONS, yet still answers there', () => {
    let calls = 0;
    const memo = new KeyOrderMemo((key) => {
      calls++;
      return key;
    });
    const far = KeyOrderMemo.MAX_POSITIONS + 5;
    expect(memo.at(far, 'k')).toBe('k');
    expect(memo.at(far, 'k')).toBe('k');
    expect(calls).toBe(2);
  });
});
