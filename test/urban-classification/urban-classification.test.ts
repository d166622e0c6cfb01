import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContextError, InputError } from '../../src/core/errors.js';
import {
  explainUrbanClassification,
  scoreStandard,
  scoreUrbanClassification,
  urbanClassificationFrameFor,
  urbanClassificationFrames,
  type MeasuredStandard,
  type ScoredStandard,
} from '../../src/urban-classification/index.js';
import { thrown } from '../core/helpers.js';
import { BINH_SON_BELOW_MINIMUM, binhSon2023 } from './fixtures.js';

const pts = (code: string, points: string, criterion = 5): ScoredStandard => ({ code, criterion, scored: { points, belowMinimum: false } });
// Hypothetical levels for the arithmetic tests (not the law's): 40 → 1 point, 80 → 2 points.
const hypothetical = (value: string | null, extra: Partial<MeasuredStandard> = {}): MeasuredStandard => ({
  code: 'x',
  criterion: 5,
  value,
  levels: { minimum: '40', maximum: '80' },
  points: { minimum: '1', maximum: '2' },
  ...extra,
});

describe('the point frames', () => {
  it('switch on 01/01/2023 (NQ 26/2022) and 01/01/2026 (NQ 111/2025)', () => {
    expect(urbanClassificationFrameFor('2022-12-31').criteria?.map((c) => c.maxPoints.value)).toEqual(['20', '8', '6', '6', '60']);
    expect(urbanClassificationFrameFor('2023-01-01').criteria?.map((c) => c.maxPoints.value)).toEqual(['18', '8', '8', '6', '60']);
    expect(urbanClassificationFrameFor('2026-01-01').types.value).toEqual(['special', 'I', 'II', 'III']);
    expect(urbanClassificationFrameFor('2026-01-01').passPoints).toMatchObject({ value: null, provenance: { status: 'unknown' } });
  });

  it('add up to 100 points and carry provenance on every value', () => {
    for (const frame of urbanClassificationFrames) {
      if (!frame.criteria) continue;
      expect(frame.criteria.reduce((sum, c) => sum + Number(c.maxPoints.value), 0)).toBe(100);
      for (const c of frame.criteria) {
        expect(c.maxPoints.provenance.status).not.toBe('unknown');
        expect((c.standards.value === null) === (c.standards.provenance.status === 'unknown')).toBe(true);
      }
      expect(frame.passPoints.value).toBe('75');
    }
  });
});

describe('Bình Sơn, type IV, 2023 (seed 004_cff891ee20d8fea1.txt)', () => {
  const result = scoreUrbanClassification(binhSon2023, { type: 'IV', date: '2023-12-31' });

  it('55/63 standards, 78.75 points: passes the 75-point bar', () => {
    expect(result.frame.id).toBe('nq-1210-2016-as-amended-by-nq-26-2022');
    expect(result.standardsMet.text).toBe('55/63');
    expect(result.total).toBe('78.75');
    expect(result.totalDisplay).toBe('78.75');
    expect(result.exact).toBe(true);
    expect(result.passes).toBe(true);
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('lists the 8 standards below their minimum level, as the report does', () => {
    expect(result.standardsBelowMinimum.map((s) => s.name)).toEqual([...BINH_SON_BELOW_MINIMUM]);
    expect(result.minimumLevels.status).toBe('unmet');
    expect(result.minimumLevels.rule.provenance.status).toBe('unverified');
  });

  it('gives points per criterion within the 2023 maxima, and flags the unverified values used', () => {
    expect(result.criteria.map((c) => [c.code, c.points, c.maxPoints.value, `${c.standardsMet}/${c.standards}`])).toEqual([
      ['1', '14.5', '18', '8/8'],
      ['2', '6', '8', '2/2'],
      ['3', '2', '8', '1/2'],
      ['4', '6', '6', '2/2'],
      ['5', '50.25', '60', '42/49'],
    ]);
    expect(result.unverified.map((u) => u.what)).toContain('pass mark');
    expect(result.summary.vi).toBe(
      'Đô thị loại IV: đạt 55/63 tiêu chuẩn, tổng 78.75 điểm (≥ 75 điểm: đạt); 8 tiêu chuẩn dưới mức tối thiểu (Nghị quyết 1210/2016/UBTVQH13 được sửa đổi, bổ sung bởi Nghị quyết 26/2022/UBTVQH15).',
    );
  });
});

describe('the 75-point bar (inclusive, exact)', () => {
  it('exactly 75 passes; 74.99 does not', () => {
    expect(scoreUrbanClassification({ standards: [pts('5.1', '60'), pts('1.1', '15', 1)] }, { type: 'IV', date: '2023-06-30' }).passes).toBe(true);
    const under = scoreUrbanClassification({ standards: [pts('5.1', '60'), pts('1.1', '14.99', 1)] }, { type: 'IV', date: '2023-06-30' });
    expect(under.passes).toBe(false);
    expect(under.status).toBe('unmet');
    expect(under.total).toBe('74.99');
  });

  it('thirds that add up to exactly 75 pass (no rounding drift)', () => {
    // Hypothetical: levels 0–3, points 0–1; a value of 1 scores exactly 1/3.
    const third = (code: string): MeasuredStandard => ({ code, criterion: 5, value: '1', levels: { minimum: '0', maximum: '3' }, points: { minimum: '0', maximum: '1' } });
    const result = scoreUrbanClassification({ standards: [pts('5.0', '59', 5), pts('1.1', '15', 1), third('5.1'), third('5.2'), third('5.3')] }, { type: 'IV', date: '2023-06-30' });
    expect(result.standards[2]?.points).toBe('0.3333333333333333333333333333333333333333');
    expect(result.standards[2]?.exact).toBe(false);
    expect(result.total).toBe('75');
    expect(result.exact).toBe(true);
    expect(result.passes).toBe(true);
  });

  it('rounding each standard to 2 decimals, when asked, is applied before adding (0.33 × 3 = 0.99)', () => {
    const third = (code: string): MeasuredStandard => ({ code, criterion: 5, value: '1', levels: { minimum: '0', maximum: '3' }, points: { minimum: '0', maximum: '1' } });
    const result = scoreUrbanClassification({ standards: [pts('5.0', '59', 5), pts('1.1', '15', 1), third('5.1'), third('5.2'), third('5.3')] }, { type: 'IV', date: '2023-06-30', roundPointsTo: 2 });
    expect(result.total).toBe('74.99');
    expect(result.passes).toBe(false);
    expect(result.roundedPointsTo).toBe(2);
  });

  it('missing standards never count as zero: below the bar they make the result missing', () => {
    const partial = scoreUrbanClassification({ standards: [pts('5.1', '60'), { ...hypothetical(null), code: '5.2' }] }, { type: 'IV', date: '2023-06-30' });
    expect(partial.status).toBe('missing');
    expect(partial.passes).toBeNull();
    expect(partial.standardsMissing).toEqual(['5.2']);
    const already = scoreUrbanClassification({ standards: [pts('5.1', '60'), pts('1.1', '15', 1), { ...hypothetical(null), code: '5.2' }] }, { type: 'IV', date: '2023-06-30' });
    expect(already.status).toBe('met');
  });
});

describe('scoring one standard (interpolation between the minimum and maximum levels)', () => {
  it('below minimum → 0, not met; at minimum → minimum points; at/above maximum → maximum points; between → linear', () => {
    expect(scoreStandard(hypothetical('39.9'))).toMatchObject({ status: 'unmet', level: 'below-minimum', points: '0' });
    expect(scoreStandard(hypothetical('40'))).toMatchObject({ status: 'met', level: 'minimum', points: '1' });
    expect(scoreStandard(hypothetical('60'))).toMatchObject({ status: 'met', level: 'between', points: '1.5', exact: true });
    expect(scoreStandard(hypothetical('80'))).toMatchObject({ level: 'maximum', points: '2' });
    expect(scoreStandard(hypothetical('95'))).toMatchObject({ level: 'maximum', points: '2' });
    expect(scoreStandard(hypothetical(null))).toMatchObject({ status: 'missing', points: null });
  });

  it('lower-is-better standards mirror it', () => {
    const lower = (value: string) => scoreStandard(hypothetical(value, { levels: { minimum: '10', maximum: '2' }, direction: 'lower-is-better' }));
    expect(lower('11').status).toBe('unmet');
    expect(lower('10').points).toBe('1');
    expect(lower('6').points).toBe('1.5');
    expect(lower('1').points).toBe('2');
  });

  it('points stay between the minimum and maximum points and never fall as the value rises (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4000, max: 8000 }), fc.integer({ min: 4000, max: 8000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = (v: number) => Number(scoreStandard(hypothetical(String(v / 100))).points);
        expect(p(lo)).toBeLessThanOrEqual(p(hi));
        expect(p(lo)).toBeGreaterThanOrEqual(1);
        expect(p(hi)).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe('errors name the field and the rule', () => {
  it('levels out of order, duplicate codes, points for a standard below minimum', () => {
    const levels = thrown(() => scoreStandard(hypothetical('50', { levels: { minimum: '80', maximum: '40' } }))) as InputError;
    expect(levels.issues[0]).toMatchObject({ path: ['levels'], code: 'levels-order' });
    const dup = thrown(() => scoreUrbanClassification({ standards: [pts('5.1', '1'), pts('5.1', '2')] }, { type: 'IV', date: '2023-06-30' })) as InputError;
    expect(dup.issues[0]).toMatchObject({ path: ['standards', 1, 'code'], code: 'duplicate' });
    const belowWithPoints = thrown(() => scoreStandard({ code: '5.1', criterion: 5, scored: { points: '1', belowMinimum: true } })) as InputError;
    expect(belowWithPoints.issues[0]?.code).toBe('points-below-minimum');
  });

  it('type IV does not exist from 2026; no frame before 25/05/2016; NQ 111/2025 points are unknown', () => {
    expect((thrown(() => scoreUrbanClassification(binhSon2023, { type: 'IV', date: '2026-01-01' })) as ContextError).issues[0]?.code).toBe('type-not-in-frame');
    expect(thrown(() => scoreUrbanClassification(binhSon2023, { type: 'IV', date: '2016-05-24' }))).toBeInstanceOf(ContextError);
    const later = scoreUrbanClassification(binhSon2023, { type: 'III', date: '2026-03-01' });
    expect(later.status).toBe('indeterminate');
    expect(later.passes).toBeNull();
    expect(later.total).toBe('78.75');
  });

  it('warns when a criterion scores above its maximum or has the wrong number of standards', () => {
    const result = scoreUrbanClassification({ standards: [pts('4.1', '7', 4)] }, { type: 'IV', date: '2023-06-30' });
    // Criteria 1–3 (no standards given) and 4 (1 of 2) have the wrong number of standards.
    expect(result.warnings.map((w) => w.code)).toEqual(['standards-count-mismatch', 'standards-count-mismatch', 'standards-count-mismatch', 'criterion-above-maximum', 'standards-count-mismatch']);
    expect(result.warnings[3]?.message.en).toBe('Criterion 4 scores 7, above its maximum of 6: check the points supplied');
    expect(result.warnings[4]?.message.vi).toBe('Tiêu chí 4 có 2 tiêu chuẩn, đã nhập 1');
  });
});

describe('explanations', () => {
  it('explain the Bình Sơn score per criterion, with the standards below minimum and the unverified values', () => {
    const result = scoreUrbanClassification(binhSon2023, { type: 'IV', date: '2023-12-31' });
    const vi = explainUrbanClassification(result);
    const en = explainUrbanClassification(result, { locale: 'en' });
    expect(vi[1]).toBe('Tiêu chí 1. Vị trí, chức năng, vai trò, cơ cấu và trình độ phát triển kinh tế - xã hội: 14.5/18 điểm, đạt 8/8 tiêu chuẩn');
    expect(en[5]).toBe('Criterion 5. Level of infrastructure development, urban architecture and landscape: 50.25 of 60 points, 42/49 standards met');
    expect(vi).toContain('  ✗ 3.1 Mật độ dân số toàn đô thị: dưới mức tối thiểu (0 điểm)');
    expect(en).toContain('~ pass mark: 26/2022/UBTVQH15, Điều 10 khoản 3 (as amended) (unverified)');
  });
});

describe('which unit may be which type (NQ 1210/2016, Art. 1)', () => {
  it('a township is type IV or V; a town III or IV', () => {
    expect(scoreUrbanClassification(binhSon2023, { type: 'IV', unit: 'township', date: '2023-12-31' }).passes).toBe(true);
    const error = thrown(() => scoreUrbanClassification(binhSon2023, { type: 'III', unit: 'township', date: '2023-12-31' })) as ContextError;
    expect(error.issues[0]).toMatchObject({ path: ['type'], code: 'type-not-for-unit' });
    expect(error.issues[0]?.message.vi).toContain('loại IV hoặc V');
    expect(urbanClassificationFrameFor('2023-12-31').unitTypes.value?.town).toEqual(['III', 'IV']);
    expect(urbanClassificationFrameFor('2023-12-31').unitTypes.provenance.status).toBe('official');
  });
});
