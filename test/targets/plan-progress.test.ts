import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { planProgress, type PlanInput } from '../../src/targets/plan-progress.js';
import { targetFromText } from '../../src/targets/target-from-text.js';
import type { TargetInput } from '../../src/targets/target-schema.js';
import { SEED_003_PLAN } from './helpers.js';
import { SEED_003_B_I_3_1 } from './seed-excerpts.js';

/** 003 B.I.3.1: the 2023 plan of the ethnic-minority programme, each value parsed from its words in that line. */
const LINES: readonly [id: string, wording: string, planText: string, direction: 'higher' | 'lower'][] = [
  ['thu_nhap', 'Thu nhập bình quân đầu người vùng đồng bào dân tộc thiểu số', '54,1 triệu đồng', 'higher'],
  ['dat_o', 'Hỗ trợ giải quyết … số hộ khó khăn đang thiếu đất ở, đất sản xuất', '60%', 'higher'],
  ['nuoc_sach', 'Tỷ lệ hộ đồng bào dân tộc thiểu số sử dụng nước sạch', '95%', 'higher'],
  ['dan_cu', 'Sắp xếp, ổn định dân cư', '60%', 'higher'],
  ['nha_tre', 'Tỷ lệ huy động nhà trẻ', '43-45%', 'higher'],
  ['mau_giao', 'mẫu giáo', 'trên 99%', 'higher'],
  ['tieu_hoc', 'tiểu học', 'trên 99,5%', 'higher'],
  ['thcs', 'THCS', 'trên 98%', 'higher'],
  ['truong_chuan', 'Tỷ lệ trường đạt chuẩn quốc gia', 'trên 90%', 'higher'],
  ['van_hoa', 'Tỷ lệ gia đình đồng bào dân tộc thiểu số đạt chuẩn văn hóa', '90%', 'higher'],
  ['ho_ngheo', 'Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số', '10%', 'lower'],
  ['qua_dao_tao', 'Tỷ lệ lao động qua đào tạo', '45%', 'higher'],
  ['van_bang', 'trong đó có văn bằng chứng chỉ', '35%', 'higher'],
  ['xuat_khau_ld', 'Người đi làm việc ở nước ngoài theo hợp đồng', '90 người', 'higher'],
  ['bhyt', 'Tỷ lệ người dân tộc thiểu số tham gia BHYT', '90%', 'higher'],
  ['suy_dinh_duong', 'Tỷ lệ trẻ em người dân tộc thiểu số dưới 5 tuổi suy dinh dưỡng', '11%', 'lower'],
  ['can_bo', 'cán bộ, công chức đạt chuẩn chức danh', '100%', 'higher'],
];

function line([id, wording, planText]: (typeof LINES)[number]): TargetInput {
  if (!SEED_003_B_I_3_1.includes(planText)) throw new Error(`"${planText}" is not in 003 B.I.3.1`);
  return targetFromText({ id, title: { vi: wording, en: id }, text: planText, deadline: '2023-12-31', scope: 'district', provenance: SEED_003_PLAN });
}

const PLAN: PlanInput = { id: 'nam-dong-2023-dtts', title: { vi: 'Chỉ tiêu vùng đồng bào DTTS năm 2023 (huyện Nam Đông)', en: 'Ethnic-minority targets 2023 (Nam Đông district)' }, lines: LINES.map(line) };

/** 003 A.I.3.1 a): the figures at 30/06/2023. */
const ACTUALS = {
  thu_nhap: '44500000',
  dat_o: '74',
  nuoc_sach: '89.17',
  dan_cu: '30',
  nha_tre: '46.12',
  mau_giao: '99.17',
  tieu_hoc: '100',
  thcs: '98.05',
  truong_chuan: '86.7',
  van_hoa: '91.21',
  ho_ngheo: '10.14',
  qua_dao_tao: '58.78',
  van_bang: '25.04',
  xuat_khau_ld: '39',
  bhyt: '95.3',
  suy_dinh_duong: '8.7',
  can_bo: '100',
} as const;

describe('targetFromText', () => {
  it('types plan wordings: "trên 99,5%" → > 99.5 %, "43-45%" → 43–45 %, "54,1 triệu đồng" → ≥ 54 100 000 đồng, "11%" with "suy dinh dưỡng" → ≤ 11 %', () => {
    const get = (id: string) => PLAN.lines.find((l) => l.id === id);
    expect(get('tieu_hoc')).toMatchObject({ comparator: '>', value: '99.5', unit: '%', wording: 'trên' });
    expect(get('nha_tre')).toMatchObject({ comparator: 'between', min: '43', max: '45' });
    expect(get('thu_nhap')).toMatchObject({ comparator: '>=', value: '54100000', unit: 'đồng' });
    expect(get('suy_dinh_duong')).toMatchObject({ comparator: '<=', value: '11', direction: 'lower' });
    expect(get('xuat_khau_ld')).toMatchObject({ comparator: '>=', value: '90', unit: 'người' });
  });
  it('reads "hộ nghèo" and "suy dinh dưỡng" as lower-is-better, every other line as higher', () => {
    expect(PLAN.lines.map((l) => l.direction)).toEqual(LINES.map(([, , , direction]) => direction));
  });
  it('refuses text that is not a value, naming the field', () => {
    expect.assertions(2);
    try {
      targetFromText({ id: 'x', title: { vi: 'x', en: 'x' }, text: 'đang thực hiện', deadline: null, scope: 'district', provenance: SEED_003_PLAN });
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({ path: ['text'], code: 'not-a-target-value' });
    }
  });
});

describe('planProgress on the 003 ethnic-minority plan at mid-year', () => {
  const progress = planProgress(PLAN, ACTUALS, { asOf: '2023-06-30' });

  it('10 of 17 lines are met; the 7 others are not due until 31/12/2023', () => {
    expect(progress.summary).toEqual({ total: 17, met: 10, unmet: 0, notYetDue: 7, missing: 0, indeterminate: 0, percentMet: '58.82' });
    expect(progress.lines.filter((l) => l.status === 'not-yet-due').map((l) => l.targetId)).toEqual(['thu_nhap', 'nuoc_sach', 'dan_cu', 'truong_chuan', 'ho_ngheo', 'van_bang', 'xuat_khau_ld']);
  });

  it('gives each line its percent of plan: income 44,5 of 54,1 million is 82,26 %', () => {
    const income = progress.lines.find((l) => l.targetId === 'thu_nhap');
    expect(income).toMatchObject({ percentOfPlan: '82.26', gap: '9600000', unit: 'đồng' });
  });

  it('judges primary school 100 % against "trên 99,5%" as met (the report wrote "chưa đạt")', () => {
    expect(progress.lines.find((l) => l.targetId === 'tieu_hoc')?.status).toBe('met');
  });

  it('judges malnutrition 8,7 % against 11 % (lower is better) as met', () => {
    expect(progress.lines.find((l) => l.targetId === 'suy_dinh_duong')).toMatchObject({ status: 'met', required: { comparator: '<=', direction: 'lower' } });
  });

  it('the same plan at year end, with the poverty figure missing, counts it as missing and the rest as unmet', () => {
    const { ho_ngheo: _dropped, ...rest } = ACTUALS;
    const end = planProgress(PLAN, rest, { asOf: '2023-12-31' });
    expect(end.summary).toMatchObject({ met: 10, unmet: 6, notYetDue: 0, missing: 1 });
    expect(end.explanation.vi[0]).toBe('Chỉ tiêu vùng đồng bào DTTS năm 2023 (huyện Nam Đông) (đến 31/12/2023): đạt 10/17 chỉ tiêu (58,82%); chưa đạt 6; chưa đến hạn 0; thiếu số liệu 1; chưa xác định 0.');
    expect(end.explanation.en).toHaveLength(8);
  });

  it('refuses an actual for a line the plan does not have, naming it', () => {
    expect.assertions(2);
    try {
      planProgress(PLAN, { ...ACTUALS, khong_co: '1' }, { asOf: '2023-06-30' });
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({ path: ['actuals', 'khong_co'], code: 'unknown-line' });
    }
  });
});
