import { describe, expect, it } from 'vitest';
import { NoRulebookInForceError, RulebookError } from '../../src/core/errors.js';
import {
  builtInPovertyStandards,
  definePovertyStandard,
  derivePovertyStandard,
  povertyStandard2016To2021,
  povertyStandard2022To2026,
  povertyStandard2027To2030,
  povertyStandardFor,
  type PovertyStandard,
} from '../../src/poverty/index.js';
import { thrown } from '../core/helpers.js';

function allProvenances(standard: PovertyStandard) {
  const list = [...standard.validityProvenance, standard.ruleProvenance, standard.deprivationThreshold.provenance];
  for (const area of ['rural', 'urban'] as const) {
    const lines = standard.incomeLines[area];
    list.push(lines.poverty.provenance, lines.averageUpper.provenance);
    if (lines.nearPoverty) list.push(lines.nearPoverty.provenance);
  }
  for (const indicator of standard.indicators) list.push(indicator.provenance, indicator.definitionProvenance);
  return list;
}

describe('built-in standards', () => {
  it('are valid, frozen and survive a JSON round trip unchanged', () => {
    for (const standard of builtInPovertyStandards) {
      expect(Object.isFrozen(standard)).toBe(true);
      expect(Object.isFrozen(standard.indicators[0])).toBe(true);
      expect(definePovertyStandard(JSON.parse(JSON.stringify(standard)))).toEqual(standard);
    }
  });

  it('carry the income lines of the law (đồng per person per month)', () => {
    expect(povertyStandard2016To2021.incomeLines.rural.poverty.value).toBe(700_000);
    expect(povertyStandard2016To2021.incomeLines.rural.nearPoverty?.value).toBe(1_000_000);
    expect(povertyStandard2016To2021.incomeLines.urban.poverty.value).toBe(900_000);
    expect(povertyStandard2016To2021.incomeLines.urban.nearPoverty?.value).toBe(1_300_000);
    expect(povertyStandard2022To2026.incomeLines.rural.poverty.value).toBe(1_500_000);
    expect(povertyStandard2022To2026.incomeLines.urban.poverty.value).toBe(2_000_000);
    expect(povertyStandard2022To2026.incomeLines.rural.averageUpper.value).toBe(2_250_000);
    expect(povertyStandard2022To2026.incomeLines.urban.averageUpper.value).toBe(3_000_000);
    expect(povertyStandard2027To2030.incomeLines.rural.poverty.value).toBe(2_200_000);
    expect(povertyStandard2027To2030.incomeLines.urban.poverty.value).toBe(2_800_000);
  });

  it('have 10, 12 and 12 indicators and a threshold of 3 deprivations', () => {
    expect(builtInPovertyStandards.map((s) => s.indicators.length)).toEqual([10, 12, 12]);
    expect(builtInPovertyStandards.map((s) => s.deprivationThreshold.value)).toEqual([3, 3, 3]);
    expect(povertyStandard2016To2021.rule).toBe('two-tier');
    expect(povertyStandard2022To2026.rule).toBe('single-line');
  });

  it('mark what could not be found as unknown with a null value, never a guess', () => {
    expect(povertyStandard2027To2030.incomeLines.rural.averageUpper).toMatchObject({ value: null, provenance: { status: 'unknown' } });
    const unknownDefinitions = povertyStandard2027To2030.indicators.filter((i) => i.definitionProvenance.status === 'unknown');
    expect(unknownDefinitions.map((i) => i.code)).toEqual(['adultEducation', 'childSchoolAttendance', 'housingArea', 'housingQuality', 'telecom', 'waterSource', 'latrine', 'wasteDisposal']);
    for (const indicator of unknownDefinitions) {
      expect(indicator.deprivedIf).toBeNull();
      expect(indicator.derivation).toBeUndefined();
    }
  });

  it('have a provenance with a source on every value (tally by status)', () => {
    const tally: Record<string, number> = {};
    for (const standard of builtInPovertyStandards) {
      for (const p of allProvenances(standard)) {
        expect(p.source ?? '').not.toBe('');
        tally[p.status] = (tally[p.status] ?? 0) + 1;
      }
    }
    expect(tally).toEqual({ official: 4, secondary: 41, unverified: 38, unknown: 10 });
  });
});

describe('povertyStandardFor: the date switches', () => {
  it.each([
    ['2016-01-01', 'vn-poverty-2016-2021'],
    ['2020-12-31', 'vn-poverty-2016-2021'],
    ['2021-12-31', 'vn-poverty-2016-2021'],
    ['2022-01-01', 'vn-poverty-2022-2026'],
    ['2025-12-31', 'vn-poverty-2022-2026'],
    ['2026-12-31', 'vn-poverty-2022-2026'],
    ['2027-01-01', 'vn-poverty-2027-2030'],
    ['2030-12-31', 'vn-poverty-2027-2030'],
  ])('%s → %s', (date, id) => {
    expect(povertyStandardFor(date).id).toBe(id);
  });

  it('accepts a Date', () => {
    expect(povertyStandardFor(new Date(2022, 0, 1)).id).toBe('vn-poverty-2022-2026');
  });

  it.each(['2015-12-31', '2031-01-01', '2023-02-30', 'yesterday'])('refuses %s', (date) => {
    const error = thrown(() => povertyStandardFor(date));
    expect(error).toBeInstanceOf(NoRulebookInForceError);
  });
});

const PROVINCE = 'TEST/QĐ-UBND';
const provinceInstrument = {
  id: PROVINCE,
  number: PROVINCE,
  issuedOn: '2022-03-01',
  issuer: { vi: 'UBND tỉnh thử nghiệm', en: 'Test provincial People’s Committee' },
  title: { vi: 'Chuẩn nghèo của tỉnh (dữ liệu kiểm thử)', en: 'Provincial poverty standard (test data)' },
};
const provinceLine = (value: number) => ({ value, provenance: { instrument: PROVINCE, locator: 'Điều 1', status: 'unverified' as const, note: 'test data, not a real decision' } });

describe('provincial standards', () => {
  const local = derivePovertyStandard(povertyStandard2022To2026, {
    id: 'test-province-2022-2025',
    name: { vi: 'Chuẩn nghèo tỉnh thử nghiệm', en: 'Test province standard' },
    instruments: [provinceInstrument],
    validTo: '2025-12-31',
    incomeLines: { urban: { poverty: provinceLine(2_500_000), averageUpper: provinceLine(3_500_000) } },
    indicators: { remove: ['informationMeans'] },
  });

  it('derive from the national one, keeping what is not overridden', () => {
    expect(local.basedOn).toBe('vn-poverty-2022-2026');
    expect(local.jurisdiction.level).toBe('province');
    expect(local.incomeLines.urban.poverty.value).toBe(2_500_000);
    expect(local.incomeLines.rural.poverty.value).toBe(1_500_000);
    expect(local.indicators).toHaveLength(11);
    expect(local.instruments.map((i) => i.id)).toEqual(['07/2021/NĐ-CP', '351/2025/NĐ-CP', PROVINCE]);
  });

  it('win over the national standard while in force', () => {
    const standards = [...builtInPovertyStandards, local];
    expect(povertyStandardFor('2024-06-30', standards).id).toBe('test-province-2022-2025');
    expect(povertyStandardFor('2026-06-30', standards).id).toBe('vn-poverty-2022-2026');
  });

  it('two provincial standards in force at once are ambiguous', () => {
    const other = derivePovertyStandard(local, { id: 'test-province-b', name: { vi: 'Tỉnh B', en: 'Province B' } });
    const error = thrown(() => povertyStandardFor('2024-06-30', [local, other])) as NoRulebookInForceError;
    expect(error.issues[0]?.code).toBe('ambiguous-standard');
  });

  it('are validated: decreasing lines, unknown instrument, null without unknown status', () => {
    const bad = thrown(() =>
      derivePovertyStandard(povertyStandard2022To2026, {
        id: 'bad',
        name: { vi: 'x', en: 'x' },
        incomeLines: {
          rural: { poverty: provinceLine(2_300_000) },
          urban: { averageUpper: { value: null, provenance: { instrument: 'NOPE', locator: 'x', status: 'secondary' } } },
        },
      }),
    ) as RulebookError;
    expect(bad).toBeInstanceOf(RulebookError);
    const codes = bad.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes).toContain('incomeLines.rural:lines-not-increasing');
    expect(codes).toContain('incomeLines.rural.poverty.provenance.instrument:unknown-instrument');
    expect(codes).toContain('incomeLines.urban.averageUpper.provenance.instrument:unknown-instrument');
    expect(codes).toContain('incomeLines.urban.averageUpper.value:null-iff-unknown');
    for (const i of bad.issues) expect(i.message.vi.length).toBeGreaterThan(0);
  });

  it('reject a near-poverty line under the single-line rule and a duplicate indicator', () => {
    const dup = povertyStandard2022To2026.indicators[0];
    const error = thrown(() =>
      derivePovertyStandard(povertyStandard2022To2026, {
        id: 'bad2',
        name: { vi: 'x', en: 'x' },
        instruments: [provinceInstrument],
        incomeLines: { rural: { nearPoverty: provinceLine(1_700_000) } },
        indicators: { add: dup ? [dup] : [] },
      }),
    ) as RulebookError;
    const codes = error.issues.map((i) => i.code);
    expect(codes).toContain('not-applicable');
    expect(codes).toContain('duplicate');
  });
});
