import { describe, expect, it } from 'vitest';
import { InputError, districtNtm2021To2025, evaluate } from '../../src/index.js';
import { describeCriteriaStanding, summariseByCriteriaMet } from '../../src/ladder/index.js';
import { thrown } from '../core/helpers.js';

describe('summariseByCriteriaMet', () => {
  it('groups by criteria met, most first, keeping input order inside a group', () => {
    const s = summariseByCriteriaMet([
      { name: 'B', met: 12, total: 19 },
      { name: 'A', met: 17, total: 19 },
      { name: 'C', met: 12, total: 19 },
    ]);
    expect(s.groups).toEqual([
      { met: 17, total: 19, count: 1, units: ['A'] },
      { met: 12, total: 19, count: 2, units: ['B', 'C'] },
    ]);
    expect(s.text.en).toBe('1 commune at 17/19 criteria (A); 2 communes at 12/19 criteria (B, C)');
    expect(s.averageMet).toBe('13.67'); // 41 / 3 = 13.666…
    expect(s.complete).toBe(0);
  });

  it('speaks of other units when asked (advanced communes, villages)', () => {
    const s = summariseByCriteriaMet([{ name: 'Hương Xuân', met: 17, total: 19 }], { unit: { vi: 'xã', en: 'commune' }, counted: { vi: 'tiêu chí xã NTM nâng cao', en: 'advanced criteria' } });
    expect(s.text.vi).toBe('01 xã đạt 17/19 tiêu chí xã NTM nâng cao (Hương Xuân)');
  });

  it('rejects met above total, naming the row', () => {
    const e = thrown(() => summariseByCriteriaMet([{ name: 'A', met: 20, total: 19 }])) as InputError;
    expect(e.issues[0]).toMatchObject({ path: [0, 'met'], code: 'met-above-total' });
  });
});

describe('describeCriteriaStanding', () => {
  it('counts undecided indicators apart from unmet ones', () => {
    const r = evaluate(districtNtm2021To2025, { '2.1': false, '2.2': null, '2.3': true, '2.4': { notApplicable: true } }, { date: '2023-06-30' });
    const s = describeCriteriaStanding(r);
    const transport = s.notMet.find((c) => c.code === '2');
    expect(transport).toMatchObject({ unmet: 1, undecided: 1, total: 4 });
    expect(s.text.vi).toContain('Tiêu chí Giao thông chưa đạt 1/4 chỉ tiêu (1 chỉ tiêu chưa xác định)');
    expect(s.progress.met).toBe(0);
  });
});
