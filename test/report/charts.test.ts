/*
 * The chart arithmetic: bar widths and how far an unmet check gets towards its threshold.
 * Seed figures from /work/shared/seeds/003_58059cd68c956849.txt (Nam Đông, 2023): the
 * ethnic-minority area's poor-household rate 10.14 % against the plan's 10 % (a ceiling, I.3.a
 * and plan 3.1), income per person 44.5 against 54.1 million đồng (a floor, same lines), crèche
 * enrolment 46.12 % against the plan's range 43–45 % (the report calls it "đạt"; read as a range
 * it is above the range, which makes it a handy out-of-range figure here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainment } from '../../src/report/internal/attainment.js';
import { BAR_W, barWidth, niceMax } from '../../src/report/internal/svg.js';
import type { CheckView } from '../../src/report/internal/text.js';
import { Decimal } from '../../src/core/decimal.js';

const check = (value: string | boolean | null, required: CheckView['required'], unit = 'percent'): CheckView => ({
  unit,
  actual: value === null ? null : { value, given: 'value' },
  required,
  gap: null,
  gapCount: null,
});

describe('barWidth', () => {
  it('is value/max of 400 units, half-up to 2 decimals (17/19 → 357.89, 2/3 → 266.67)', () => {
    expect(BAR_W).toBe(400);
    expect(barWidth(17, 19)).toBe('357.89');
    expect(barWidth(2, 3)).toBe('266.67');
    expect(barWidth(1, 3)).toBe('133.33');
    expect(barWidth('16.81', '20')).toBe('336.2');
  });

  it('stays within the track: 0 for a zero or negative maximum, 400 above it', () => {
    expect(barWidth(5, 0)).toBe('0');
    expect(barWidth(20, 19)).toBe('400');
    expect(barWidth(-1, 19)).toBe('0');
  });

  it('property: for met ≤ total it is within 0.005 of met × 400 / total and monotone in met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (total, k) => {
        const met = k % (total + 1);
        const w = Number(barWidth(met, total));
        expect(Math.abs(w - (met * 400) / total)).toBeLessThanOrEqual(0.005 + 1e-9);
        if (met < total) expect(Number(barWidth(met + 1, total))).toBeGreaterThanOrEqual(w);
      }),
    );
  });
});

describe('niceMax', () => {
  it('rounds a percentage axis up to 1, 2, 5, 10, 20, 25, 50 or 100', () => {
    expect(niceMax(new Decimal('2.88')).toFixed()).toBe('5');
    expect(niceMax(new Decimal('16.81')).toFixed()).toBe('20');
    expect(niceMax(new Decimal('20')).toFixed()).toBe('20');
    expect(niceMax(new Decimal('20.01')).toFixed()).toBe('25');
    expect(niceMax(new Decimal('0')).toFixed()).toBe('1');
    expect(niceMax(new Decimal('100')).toFixed()).toBe('100');
  });
});

describe('attainment of an unmet check', () => {
  it('a floor: actual / threshold (income 44.5 of ≥ 54.1 million đồng → 0.8225…)', () => {
    const r = attainment(check('44.5', { type: 'compare', op: '>=', value: '54.1' }, 'million-vnd-per-person-per-year'));
    expect(r.toFixed(6)).toBe('0.822551');
  });

  it('a ceiling: threshold / actual (poor households 10.14 % against ≤ 10 % → 0.98619…)', () => {
    expect(attainment(check('10.14', { type: 'compare', op: '<=', value: '10' })).toFixed(6)).toBe('0.986193');
    expect(attainment(check('8', { type: 'compare', op: '<', value: '5' })).toFixed()).toBe('0.625');
  });

  it('a range: below it min/actual… above it max/actual (crèche 46.12 % against 43–45 % → 0.9757…)', () => {
    expect(attainment(check('46.12', { type: 'between', min: '43', max: '45' })).toFixed(6)).toBe('0.975716');
    expect(attainment(check('40', { type: 'between', min: '43', max: '45' })).toFixed(6)).toBe('0.930233');
  });

  it('0 where no scale exists: yes/no, levels, no data, unknown threshold, a threshold of 0', () => {
    expect(attainment(check(false, { type: 'achieved' }, 'boolean')).toFixed()).toBe('0');
    expect(attainment(check('muc-1', { type: 'level', value: 'muc-2' }, 'level')).toFixed()).toBe('0');
    expect(attainment(check(null, { type: 'compare', op: '>=', value: '90' })).toFixed()).toBe('0');
    expect(attainment(check('80', { type: 'compare', op: '>=', value: null })).toFixed()).toBe('0');
    expect(attainment(check('3', { type: 'compare', op: '<=', value: '0' }, 'count')).toFixed()).toBe('0');
    expect(attainment(check('3', { type: 'absent' }, 'count')).toFixed()).toBe('0');
  });

  it('never leaves [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('>=', '>', '<=', '<'), (a, t, op) => {
        const r = attainment(check(String(a / 100), { type: 'compare', op, value: String(t / 100) }));
        expect(r.gte(0) && r.lte(1)).toBe(true);
      }),
    );
  });
});
