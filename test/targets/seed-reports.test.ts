import { describe, expect, it } from 'vitest';
import { checkReportText } from '../../src/targets/check-report-text.js';
import { extractProgressClaims } from '../../src/targets/extract-progress-claims.js';
import { SEED_003_AGRICULTURE_PLAN } from './seed-003-plans.js';
import { SEED_002_ONLINE_DOSSIERS, SEED_003_A_I_3_1, SEED_003_A_III_1, SEED_003_A_III_2, SEED_003_A_IV_1_TTHC, SEED_004_DISBURSEMENT } from './seed-excerpts.js';

describe('issue 7 acceptance — 003_58059cd68c956849.txt, section A.III.1 "Đánh giá các chỉ tiêu"', () => {
  const result = checkReportText(SEED_003_A_III_1, { plansElsewhere: SEED_003_AGRICULTURE_PLAN });

  it('extracts every "A/B …, đạt C%" claim (16) and the 5 "A đơn vị, đạt C% KH" claims, in order, with exact positions', () => {
    const fractions = result.claims.filter((c) => c.kind === 'fraction').map((c) => c.excerpt);
    expect(fractions).toEqual([
      '2.640,4/4.450 tấn đạt 59,3%',
      '10,2/18 ha, đạt 56,7% KH',
      '1.485/1.485 ha, đạt 100% KH',
      '1.300/7.100 tấn đạt 18,3%KH',
      '4.755/5.450 con, đạt 87,24%KH',
      '2.830/3.400 con đạt 83,23% KH',
      '1.925/2.050 con, đạt 93,9%KH',
      '13.700/26.600 con; đạt 51,5% KH',
      '1.270/1.360 tấn, đạt 93,4%KH',
      '01/6 hộ chăn nuôi lợn hữu cơ, đạt 16,7%KH',
      '208.390/360.000 con; đạt 57,9%KH',
      '65/65 ha; đạt 100%KH',
      '102/275 tấn, đạt 37,1%KH',
      '550/1.600 ha; đạt 34,4%KH',
      '51.600/1.500 tấn gỗ nguyên liệu, đạt 34,4% KH',
      '62,9/200 ha, đạt 31,5% KH',
    ]);
    expect(result.summary).toEqual({ extracted: 21, flagged: 1, noted: 4, byKind: { fraction: 16, percent: 5, verdict: 0, criteria: 0 } });
    for (const c of result.claims) expect(SEED_003_A_III_1.slice(c.start, c.end)).toBe(c.excerpt);
  });

  it('flags exactly the timber line: 51.600/1.500 t is 3.440 %, not 34,4 %; 34,4 % matches the 150.000 t plan of B.III.1', () => {
    const flagged = result.claims.filter((c) => !c.check.consistent);
    expect(flagged.map((c) => c.label)).toEqual(['sản lượng gỗ khai thác']);
    const timber = flagged[0];
    expect(timber?.claim).toMatchObject({ actual: '51600', plan: '1500', unit: 'tấn', statedPercent: '34.4' });
    expect(timber?.check.findings.map((f) => f.code)).toEqual(['percent-mismatch', 'plan-mismatch']);
    expect(timber?.check.findings[0]?.message.vi).toContain('khớp với kế hoạch 150.000');
  });

  it('notes without flagging: two truncated percentages (87,24; 83,23), forestry value 20,97 % (274,559 tỷ gives 20,975…), sows counted in "tấn" against "1.360 con"', () => {
    const noted = result.claims.filter((c) => c.check.consistent && c.check.findings.length > 0);
    expect(noted.map((c) => [c.label, c.check.findings.map((f) => f.code)])).toEqual([
      ['Giá trị sản xuất lâm nghiệp', ['percent-truncated']],
      ['Phát triển đàn gia súc', ['percent-truncated']],
      ['Đàn bò', ['percent-truncated']],
      ['đàn lợn nái', ['unit-mismatch']],
    ]);
  });

  it('reads amounts with scale words in the base unit: "184,693 tỷ đồng, đạt 27,0 %KH" against 683,69 tỷ đồng', () => {
    const first = result.claims[0];
    expect(first?.claim).toMatchObject({ actual: '184693000000', unit: 'đồng', statedPercent: '27.0' });
    expect(first?.check).toMatchObject({ consistent: true, computedPercent: '27' });
  });
});

describe('003 section A.III.2 restates the same figures: three more inconsistencies', () => {
  const result = checkReportText(SEED_003_A_III_2, { plansElsewhere: SEED_003_AGRICULTURE_PLAN });
  it('19 claims, 3 flagged: 528/924 ha ≠ 57,2 %, 35,5/55 ha ≠ 66,98 %, and the fish plan 264 t ≠ 275 t', () => {
    expect(result.summary).toMatchObject({ extracted: 19, flagged: 3 });
    expect(result.claims.filter((c) => !c.check.consistent).map((c) => c.excerpt)).toEqual([
      '528/924 ha, đạt 57,2% KH',
      '35,5/55 ha, đạt 66,98 % KH',
      '102/264 tấn (đánh bắt 25 tấn, nuôi trồng 77 tấn), đạt 38,6% kế hoạch',
    ]);
  });
  it('the timber line written without the plan ("51.600 tấn …, đạt 34,4 % KH") is consistent with 150 ngàn tấn', () => {
    const timber = result.claims.find((c) => c.excerpt.startsWith('51.600 tấn'));
    expect(timber?.check).toMatchObject({ consistent: true, computedPercent: '34.4' });
  });
});

describe('003 section A.I.3.1: "X: đạt/chưa đạt (KH Y)" claims', () => {
  const result = checkReportText(SEED_003_A_I_3_1);
  const verdicts = result.claims.filter((c) => c.kind === 'verdict');

  it('extracts the 16 verdict claims with their plans', () => {
    expect(verdicts.map((c) => c.excerpt)).toEqual([
      '44,5 triệu đồng: không đạt (KH 54,1 triệu đồng)',
      '74% số hộ khó khăn đang thiếu đất ở, đất sản xuất: đạt (KH 60%)',
      '89,17%: chưa đạt (KH 95%)',
      '30%: chưa đạt (KH 60%)',
      '46,12%: đạt (KH: 43-45%)',
      '99,17%: đạt (KH trên 99%)',
      '100%: chưa đạt (KH trên 99,5%)',
      '98,05: đạt (KH trên 98%)',
      '86,7%: chưa đạt (KH trên 90%)',
      '91,21%: đạt (KH 90%)',
      '58,78%: đạt (KH 45%)',
      '25,04%: chưa đạt (KH 35%)',
      '39 người: chưa đạt (KH 90 người)',
      '95,3%: đạt (KH 90%)',
      '8,7%: đạt (KH 11%)',
      expect.stringMatching(/^100% cán bộ, công chức .*: đạt \(KH 100%\)$/),
    ]);
  });

  it('flags the primary-school line only: 100 % marked "chưa đạt" against "trên 99,5%"', () => {
    const flagged = verdicts.filter((c) => !c.check.consistent);
    expect(flagged.map((c) => c.label)).toEqual(['tiểu học']);
    expect(flagged[0]?.claim).toMatchObject({ actual: '100', plan: { comparator: '>', value: '99.5' }, statedVerdict: 'unmet' });
  });

  it('accepts the malnutrition line: 8,7 % against a plan of 11 %, lower is better (keyword "suy dinh dưỡng")', () => {
    const malnutrition = verdicts.find((c) => c.excerpt === '8,7%: đạt (KH 11%)');
    expect(malnutrition?.directionSource).toEqual({ kind: 'keyword', keyword: 'suy dinh dưỡng' });
    expect(malnutrition?.check).toMatchObject({ consistent: true, verdict: 'met', direction: 'lower' });
  });

  it('reads "THCS 98,05" (no % sign) in the plan’s unit and income in đồng', () => {
    expect(verdicts[7]?.claim).toMatchObject({ label: 'THCS', actual: '98.05', unit: '%' });
    expect(verdicts[0]?.claim).toMatchObject({ actual: '44500000', plan: '54100000', statedVerdict: 'unmet' });
  });

  it('also checks the disbursement fractions of b): all consistent', () => {
    const fractions = result.claims.filter((c) => c.kind === 'fraction');
    expect(fractions.map((c) => c.excerpt)).toEqual([
      '13.636/20.676 triệu đồng, đạt 66,0% kế hoạch',
      '3.188/18.046 triệu đồng, đạt 17,7% kế hoạch',
      '851/3.942 triệu đồng, đạt 21,6% KH',
      '602/3.267 triệu đồng, đạt 18,4% kế hoạch',
      '405/15.027 triệu đồng, đạt 2,7%KH',
    ]);
    expect(fractions.every((c) => c.check.consistent)).toBe(true);
    expect(result.summary).toMatchObject({ extracted: 21, flagged: 1 });
  });
});

describe('003 section A.IV.1: "tối thiểu Y% …: đạt (X%)"', () => {
  it('reads the plan from the clause and the actual from the parenthesis', () => {
    const claims = extractProgressClaims(SEED_003_A_IV_1_TTHC);
    expect(claims.map((c) => [c.claim.actual, c.claim.plan, c.claim.statedVerdict])).toEqual([
      ['100', { comparator: '>=', value: '90' }, 'met'],
      ['100', { comparator: '>=', value: '90' }, 'met'],
    ]);
    expect(claims[0]?.label).toMatch(/^hồ sơ giải quyết TTHC được luân chuyển/);
  });
});

describe('002_1f3486bc6c92c9bd.txt: "11.129 hồ sơ trực tuyến, đạt tỷ lệ 38,06%"', () => {
  it('is extracted as a percent claim with the implied total of dossiers received', () => {
    const [claim] = checkReportText(SEED_002_ONLINE_DOSSIERS).claims;
    expect(claim).toMatchObject({ kind: 'percent', excerpt: '11.129 hồ sơ trực tuyến, đạt tỷ lệ 38,06% so với', claim: { actual: '11129', unit: 'hồ sơ', statedPercent: '38.06' } });
    expect(claim?.check.impliedPlan).toEqual({ min: '29236.8317', max: '29244.5145' });
    expect(claim?.ambiguousNumbers).toEqual(['11.129']);
  });
});

describe('positions with an offset, and the criteria pattern', () => {
  it('"đạt chuẩn 4/9 tiêu chí" and "đạt 16/19" (003 I.1.b) are criteria claims; "chưa đạt 1/4 chỉ tiêu" is not', () => {
    const text = 'Đến nay đã đạt chuẩn 4/9 tiêu chí huyện nông thôn mới; Tiêu chí Giao thông chưa đạt 1/4 chỉ tiêu; 01 xã đạt 16/19 (Thượng Long)';
    const claims = extractProgressClaims(text, { offset: 1000 });
    expect(claims.map((c) => [c.kind, c.excerpt, c.start])).toEqual([
      ['criteria', 'đạt chuẩn 4/9 tiêu chí', 1011],
      ['criteria', 'đạt 16/19', 1000 + text.indexOf('đạt 16/19')],
    ]);
  });
});

describe('004_cff891ee20d8fea1.txt line 29: disbursement against 360,15 tỷ đồng', () => {
  const plan = [{ labelIncludes: 'giải ngân', value: '360150000000', unit: 'đồng', where: '004 "Tổng kế hoạch vốn … là 360,15 tỷ đồng"' }];
  const result = checkReportText(SEED_004_DISBURSEMENT, { plansElsewhere: plan });

  it('extracts three claims, including "đạt 71,68% so với kế hoạch nhập Tabmis 198,9/277,5 tỷ đồng"', () => {
    expect(result.claims.map((c) => [c.kind, c.excerpt])).toEqual([
      ['percent', '198,9 tỷ đồng, đạt 55,25%'],
      ['fraction', 'đạt 71,68% so với kế hoạch nhập Tabmis 198,9/277,5 tỷ đồng'],
      ['percent', '358 tỷ đồng, đạt 99,4% kế hoạch'],
    ]);
  });

  it('flags 55,25 %: 198,9 of 360,15 tỷ is 55,23 %; the Tabmis 71,68 % and the 99,4 % estimate are right', () => {
    expect(result.claims.map((c) => [c.check.consistent, c.check.computedPercent])).toEqual([
      [false, '55.23'],
      [true, '71.68'],
      [true, '99.4'],
    ]);
  });
});

describe('checkReportText cross-checks the plans of lines with the same label (003 A.III.1 + A.III.2)', () => {
  const text = `${SEED_003_A_III_1}\n\n${SEED_003_A_III_2}`;
  it('the timber plan 1.500 t of III.1 contradicts the 34,4 % that III.2 states for the same 51.600 t', () => {
    const timber = checkReportText(text).claims.find((c) => c.excerpt.startsWith('51.600/1.500'));
    expect(timber?.check.findings.map((f) => f.code)).toEqual(['percent-mismatch', 'plan-differs-in-text']);
    expect(timber?.check.findings[1]?.message.en).toContain('"51.600 tấn gỗ nguyên liệu, đạt 34,4 % KH") states a rate implying a plan of about 149,782–150,218');
  });
  it('the food-grain plan 4.450 t is the same in both sections: no cross-finding', () => {
    const grain = checkReportText(text).claims.filter((c) => c.label === 'Tổng sản lượng lương thực có hạt');
    expect(grain).toHaveLength(2);
    expect(grain.every((c) => c.check.findings.length === 0)).toBe(true);
  });
  it('can be switched off', () => {
    const timber = checkReportText(text, { crossCheckSameLabel: false }).claims.find((c) => c.excerpt.startsWith('51.600/1.500'));
    expect(timber?.check.findings.map((f) => f.code)).toEqual(['percent-mismatch']);
  });
});

describe('extraction and checking round-trip (property)', () => {
  it('"A/B tấn, đạt C% KH" written with the right C is consistent; with C off by one unit of its last digit it is flagged', async () => {
    const fc = (await import('fast-check')).default;
    const { formatNumber } = await import('../../src/format/format-number.js');
    const { Decimal } = await import('../../src/core/decimal.js');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 7 }), fc.integer({ min: 1, max: 10 ** 7 }), fc.integer({ min: 0, max: 2 }), (a, b, places) => {
        const percent = new Decimal(a).times(100).div(b).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
        const sentence = (p: InstanceType<typeof Decimal>): string => `Sản lượng ${formatNumber(a, 'vi', 0)}/${formatNumber(b, 'vi', 0)} tấn, đạt ${p.toFixed(places).replace('.', ',')}% KH;`;
        const good = checkReportText(sentence(percent));
        expect(good.summary).toMatchObject({ extracted: 1, flagged: 0 });
        const off = percent.plus(new Decimal(10).pow(-places));
        expect(checkReportText(sentence(off)).summary.flagged).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
