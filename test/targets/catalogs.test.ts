import { describe, expect, it } from 'vitest';
import { RulebookError } from '../../src/core/errors.js';
import { builtInTargetCatalogs, nq257Targets, nq76Targets, qd263Targets, qd282Targets, qd90Targets } from '../../src/targets/catalogs.js';
import { defineTargetCatalog } from '../../src/targets/define-target-catalog.js';
import { evaluateTarget } from '../../src/targets/evaluate-target.js';
import { catalogsInForce } from '../../src/targets/catalogs-in-force.js';
import { findTarget } from '../../src/targets/find-target.js';

const all = builtInTargetCatalogs.flatMap((c) => c.targets);

describe('built-in target catalogs', () => {
  it('cover the seven instruments of issue 7', () => {
    expect(builtInTargetCatalogs.map((c) => [c.id, c.targets.length])).toEqual([
      ['NQ76', 25],
      ['QD282', 6],
      ['QD924', 11],
      ['QD263', 11],
      ['QD90', 8],
      ['QD1719', 3],
      ['NQ257', 11],
    ]);
  });

  it('carry a provenance status on every value: 66 secondary, 4 unverified, 5 unknown, none official (no full text could be read)', () => {
    const tally: Record<string, number> = {};
    for (const t of all) tally[t.provenance.status] = (tally[t.provenance.status] ?? 0) + 1;
    expect(tally).toEqual({ secondary: 66, unverified: 4, unknown: 5 });
  });

  it('have a null value exactly where the status is unknown, and a source wherever the status is not unknown', () => {
    for (const t of all) {
      expect(t.value === null, t.id).toBe(t.provenance.status === 'unknown');
      if (t.provenance.status !== 'unknown') expect(t.provenance.source, t.id).toBeTruthy();
    }
  });

  it('have unique ids across catalogs and are frozen', () => {
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    expect(Object.isFrozen(qd263Targets.targets[0])).toBe(true);
  });

  it('survive a JSON round trip', () => {
    for (const c of builtInTargetCatalogs) expect(defineTargetCatalog(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('rejects a target citing an instrument the catalog does not list', () => {
    const broken = JSON.parse(JSON.stringify(qd282Targets));
    broken.targets[0].provenance.instrument = '999/QĐ-TTg';
    expect(() => defineTargetCatalog(broken)).toThrow(RulebookError);
  });

  it('read like the sources', () => {
    expect(findTarget('QD263.xa_ntm')).toMatchObject({ comparator: '>=', value: '80', unit: '%', deadline: '2025-12-31', wording: 'ít nhất' });
    expect(findTarget('QD263.tinh_htnv')).toMatchObject({ comparator: 'between', min: '17', max: '19' });
    expect(findTarget('NQ25.tinh_htnv')).toMatchObject({ comparator: '>=', value: '15', provenance: { instrument: '25/2021/QH15' } });
    expect(findTarget('QD90.mpi_rate')).toMatchObject({ measure: 'change-per-year', change: 'decrease', min: '1', max: '1.5', unit: 'pp/year' });
    expect(findTarget('NQ257.thu_nhap_nong_thon')).toMatchObject({ measure: 'ratio-to-baseline', min: '2.5', max: '3', baselineYear: 2020 });
    expect(findTarget('NQ257.ngheo_vung_dtts')).toMatchObject({ comparator: '<', value: '10', direction: 'lower' });
    expect(findTarget('NQ76.TTHC.2025.satisfaction_land')?.provenance.status).toBe('unverified');
    expect(findTarget('nope')).toBeUndefined();
  });

  it('picks the programmes in force on a date', () => {
    expect(catalogsInForce('2023-06-30').map((c) => c.id)).toEqual(['NQ76', 'QD924', 'QD263', 'QD90', 'QD1719']);
    expect(catalogsInForce('2027-06-30').map((c) => c.id)).toEqual(['NQ76', 'QD282', 'NQ257']);
    expect(catalogsInForce('2031-01-01').map((c) => c.id)).toEqual(['NQ257']);
  });
});

describe('the 2021–2025 national results against 263/QĐ-TTg (VietnamPlus 28/12/2025, as of 06/2025)', () => {
  const asOf = { asOf: '2025-06-30' };
  it('79,3 % of communes NTM against "ít nhất 80%" is not met yet at mid-2025, short by 0,7', () => {
    expect(evaluateTarget(qd263Targets.targets[0] ?? findTarget('QD263.xa_ntm')!, '79.3', asOf)).toMatchObject({ status: 'not-yet-due', gap: '0.7', percentOfTarget: '99.13' });
  });
  it('42,4 % advanced against "khoảng 40%" and 12,3 % model against "ít nhất 10%" are met', () => {
    expect(evaluateTarget(findTarget('QD263.xa_nang_cao')!, '42.4', asOf).status).toBe('met');
    expect(evaluateTarget(findTarget('QD263.xa_kieu_mau')!, '12.3', asOf).status).toBe('met');
  });
  it('12 provinces against 17–19 (263) and at least 15 (NQ 25) are not met yet', () => {
    expect(evaluateTarget(findTarget('QD263.tinh_htnv')!, '12', asOf)).toMatchObject({ status: 'not-yet-due', gap: '5', position: 'below' });
    expect(evaluateTarget(findTarget('NQ25.tinh_htnv')!, '12', asOf)).toMatchObject({ status: 'not-yet-due', gap: '3' });
  });
});

describe('90/QĐ-TTg against the 2022 results (TTXVN via tayninh.dcs.vn)', () => {
  it('ethnic-minority poverty 21,02 % after a fall of 4,89 points (so 25,91 % before): "giảm trên 3%/năm" is met', () => {
    const t = qd90Targets.targets.find((x) => x.id === 'QD90.em_rate')!;
    expect(evaluateTarget(t, { baseline: '25.91', current: '21.02', years: '1' }, { asOf: '2022-12-31' })).toMatchObject({ status: 'met', change: { perYear: '4.89' } });
  });
  it('a fall of exactly 3 points is flagged under the strict reading of "trên"', () => {
    const t = qd90Targets.targets.find((x) => x.id === 'QD90.em_rate')!;
    const r = evaluateTarget(t, { baseline: '10', current: '7', years: '1' }, { asOf: '2022-12-31' });
    expect(r.status).toBe('unmet');
    expect(r.notes.map((n) => n.en).join(' ')).toContain('loose reading');
  });
});

describe('76/NQ-CP and 257/2025/QH15', () => {
  it('76/NQ-CP 2025 satisfaction 90 %: the 004 seed’s 4.740 of 4.769 ratings (99,4 %) is met', () => {
    const t = nq76Targets.targets.find((x) => x.id === 'NQ76.TTHC.2025.satisfaction')!;
    expect(evaluateTarget(t, { numerator: 4740, denominator: 4769 }, { asOf: '2023-12-31' })).toMatchObject({ status: 'met', actual: '99.39190606' });
  });
  it('257/2025/QH15 "khoảng 65% số xã" at 2030', () => {
    const t = nq257Targets.targets.find((x) => x.id === 'NQ257.xa_ntm')!;
    expect(evaluateTarget(t, '64', { asOf: '2030-12-31' })).toMatchObject({ status: 'unmet', gap: '1' });
    expect(evaluateTarget(t, '64', { asOf: '2028-12-31' }).status).toBe('not-yet-due');
  });
});
