import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  classifyHouseholdCsv,
  classifyHouseholdStream,
  classifyHouseholds,
  povertyStandard2022To2026,
  splitCsvLine,
  type StreamOutcome,
} from '../../src/poverty/index.js';

const options = { date: '2024-06-30', area: 'rural' } as const;
const poorFlags = { employment: true, nutrition: true, latrine: true };

describe('classifyHouseholds (batch)', () => {
  it('reports invalid rows with their number and field, and never counts them', () => {
    const batch = classifyHouseholds(
      [
        { id: 'A', income: { perCapitaMonthly: 1_200_000 }, deprivations: poorFlags },
        { id: 'B', income: { perCapitaMonthly: -5 }, deprivations: { latrines: true } },
        'not a household',
        { income: { perCapitaMonthly: 2_500_000 } },
      ],
      { ...options, firstRow: 2 },
    );
    expect(batch.rows).toBe(4);
    expect(batch.classified).toBe(2);
    expect(batch.categories).toEqual(['poor', null, null, 'not-classified']);
    expect(batch.counts).toEqual({ poor: 1, 'near-poor': 0, 'average-living-standard': 0, 'not-classified': 1, indeterminate: 0 });
    expect(batch.errors.map((e) => [e.row, e.id, e.issues.map((i) => `${i.path.join('.')}:${i.code}`)])).toEqual([
      [3, 'B', ['deprivations.latrines:unknown-indicator']],
      [4, undefined, [':invalid-type']],
    ]);
    expect(batch.deprivedMasks[0]).toBe(0b1000000101); // employment (bit 0), nutrition (bit 2), latrine (bit 9)
    expect(batch.indicatorCodes[9]).toBe('latrine');
  });

  it('accepts any iterable, e.g. a generator', () => {
    function* rows() {
      for (let i = 0; i < 3; i++) yield { income: { perCapitaMonthly: 1_000_000 * (i + 1) }, deprivations: poorFlags };
    }
    expect(classifyHouseholds(rows(), options).categories).toEqual(['poor', 'average-living-standard', 'not-classified']);
  });
});

describe('classifyHouseholdStream', () => {
  it('yields one outcome per row, in order, from an async source', async () => {
    async function* source() {
      yield { id: 1, income: { perCapitaMonthly: 1_500_000 }, deprivations: poorFlags };
      yield { id: 2, income: { householdTotal: '1e6', members: 1, months: 1 } };
      yield { id: 3, area: 'urban', income: { perCapitaMonthly: 1_999_999 }, deprivations: { employment: false } };
    }
    const outcomes: StreamOutcome[] = [];
    for await (const o of classifyHouseholdStream(source(), options)) outcomes.push(o);
    expect(outcomes.map((o) => [o.row, o.ok])).toEqual([[1, true], [2, false], [3, true]]);
    expect(outcomes[0]).toMatchObject({ id: 1, category: 'poor', deprivationCount: 3 });
    expect(outcomes[1]).toMatchObject({ id: 2, issues: [{ path: ['income', 'householdTotal'], code: 'invalid-format' }] });
    expect(outcomes[2]).toMatchObject({ area: 'urban', category: 'indeterminate' });
  });
});

describe('splitCsvLine', () => {
  it('splits plain and quoted fields', () => {
    expect(splitCsvLine('a,b,,c')).toEqual(['a', 'b', '', 'c']);
    expect(splitCsvLine('1,"Xã A, huyện B","say ""hi"""')).toEqual(['1', 'Xã A, huyện B', 'say "hi"']);
    expect(splitCsvLine('a;b', ';')).toEqual(['a', 'b']);
  });
});

describe('classifyHouseholdCsv', () => {
  const header = 'id,commune,perCapitaMonthly,employment,nutrition,latrine,healthInsurance';
  it('counts by group, numbers rows by line, skips blank lines, reads có/không, BOM and CRLF', async () => {
    const lines = [
      `\uFEFF${header}\r`,
      '1,Hương Hữu,1400000,1,1,1,0\r',
      '',
      '2,Hương Hữu,1500001,1,1,1,1',
      '3,"Thượng Long",1500000,có,không,0,',
      '4,Thượng Long,abc,1,1,1,1',
      '5,Thượng Long,1000000,maybe,1,1,1',
      '6,Thượng Long,1000000,1,1',
    ];
    const seen: number[] = [];
    const summary = await classifyHouseholdCsv(lines, { ...options, groupBy: ['commune'], onRow: (o) => seen.push(o.row) });
    expect(summary.rows).toBe(6);
    expect(summary.classified).toBe(3);
    expect(seen).toEqual([2, 4, 5, 6, 7, 8]);
    expect(summary.counts).toMatchObject({ poor: 1, 'average-living-standard': 1, indeterminate: 1 });
    expect(summary.groups['commune']?.['Hương Hữu']).toMatchObject({ poor: 1, 'average-living-standard': 1 });
    expect(summary.groups['commune']?.['Thượng Long']).toMatchObject({ indeterminate: 1 });
    expect(summary.errors.map((e) => [e.row, e.id, e.issues.map((i) => `${i.path.join('.')}:${i.code}`)])).toEqual([
      [6, '4', ['income.perCapitaMonthly:invalid-format']],
      [7, '5', ['employment:invalid-flag']],
      [8, undefined, [':wrong-field-count']], // a short line: no column can be trusted, not even the id
    ]);
  });

  it('reads household income + members + months columns and a per-row area', async () => {
    const summary = await classifyHouseholdCsv(
      ['area,householdTotal,members,months,employment,nutrition,latrine', 'urban,96000000,4,12,1,1,1', 'rural,96000000,4,12,1,1,1', ',1,1,1,1,1,1', 'rural,1,0,12,1,1,1'],
      { date: '2024-06-30' },
    );
    expect(summary.counts).toMatchObject({ poor: 1, 'average-living-standard': 1 });
    expect(summary.errors).toEqual([
      { row: 4, issues: [expect.objectContaining({ path: ['area'], code: 'area-required' })] },
      { row: 5, issues: [expect.objectContaining({ path: ['income', 'members'], code: 'too-small' })] },
    ]);
  });

  it('rejects a header with unknown, duplicate, conflicting or missing columns', async () => {
    const codes = async (first: string) => {
      try {
        await classifyHouseholdCsv([first], options);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).issues.map((i) => i.code);
      }
      throw new Error('expected an error');
    };
    expect(await codes('perCapitaMonthly,latrines')).toEqual(['unknown-column']);
    expect(await codes('perCapitaMonthly,latrine,latrine')).toEqual(['duplicate-column']);
    expect(await codes('perCapitaMonthly,householdTotal,members,months')).toEqual(['conflicting-income-columns']);
    expect(await codes('latrine')).toEqual(['missing-income-column']);
    expect(await codes('perCapitaMonthly,note')).toEqual(['unknown-column']);
    await expect(classifyHouseholdCsv(['perCapitaMonthly,note', '1,x'], { ...options, ignoreColumns: ['note'] })).resolves.toMatchObject({ classified: 1 });
  });
});

describe('CSV and in-memory batch agree (fast-check)', () => {
  const codes = povertyStandard2022To2026.indicators.map((i) => i.code);
  it('the same households give the same counts, written as CSV or given as objects', async () => {
    const row = fc.record({
      total: fc.integer({ min: 0, max: 200_000_000 }),
      members: fc.integer({ min: 1, max: 9 }),
      months: fc.integer({ min: 1, max: 12 }),
      area: fc.constantFrom('rural' as const, 'urban' as const),
      flags: fc.array(fc.constantFrom('1', '0', ''), { minLength: codes.length, maxLength: codes.length }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 40 }), async (rows) => {
        const lines = [`area,householdTotal,members,months,${codes.join(',')}`, ...rows.map((r) => `${r.area},${r.total},${r.members},${r.months},${r.flags.join(',')}`)];
        const households = rows.map((r) => ({
          area: r.area,
          income: { householdTotal: r.total, members: r.members, months: r.months },
          deprivations: Object.fromEntries(codes.flatMap((c, i) => (r.flags[i] === '' ? [] : [[c, r.flags[i] === '1']]))),
        }));
        const csv = await classifyHouseholdCsv(lines, { date: '2025-05-05' });
        expect(csv.counts).toEqual(classifyHouseholds(households, { date: '2025-05-05' }).counts);
        expect(csv.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
