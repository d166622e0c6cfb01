import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZodIssues } from '../../src/core/zod-issues.js';

describe('fromZodIssues', () => {
  it('says in Vietnamese which pattern or format a string must have', () => {
    const parsed = z.object({ amount: z.string().regex(/^\d+$/), on: z.iso.date() }).safeParse({ amount: '1.500.000 đ', on: '2024-13-01' });
    expect(parsed.success).toBe(false);
    const issues = fromZodIssues(parsed.error?.issues ?? [], ['household']);
    expect(issues).toEqual([
      { path: ['household', 'amount'], code: 'invalid-format', message: { en: expect.stringContaining('/^\\d+$/'), vi: 'Sai định dạng: phải khớp mẫu /^\\d+$/' } },
      { path: ['household', 'on'], code: 'invalid-format', message: { en: 'Invalid ISO date', vi: 'Sai định dạng (ngày dạng YYYY-MM-DD)' } },
    ]);
  });
});
