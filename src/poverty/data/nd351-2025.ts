import type { PovertyStandardInput } from '../poverty-standard-schema.js';
import { INSTRUMENTS, SOURCES } from './sources.js';

const ND351 = INSTRUMENTS.nd351.id;
const t = (vi: string, en: string) => ({ vi, en });
const at = (locator: string, status: 'secondary' | 'unverified' | 'unknown', source: string, note?: string) =>
  ({ instrument: ND351, locator, status, source, ...(note ? { note } : {}) });
const DRAFT_NAME = 'Name from the August–September 2025 draft (6 dimensions, 12 indicators; vietnam.vn). The issued list is reported to drop "information means" and add digital services, internet access and waste handling (vietnamnet EN); final names not read.';
const named = (n: number) => at(`Phụ lục, chỉ số ${n}`, 'unverified', SOURCES.vietnamDraft2026, DRAFT_NAME);
const DRAFT_RULE = 'Wording of the 2026–2030 draft (vietnam.vn); the issued decree not read.';
const NOT_FOUND = 'Threshold not recovered from any reachable source: give this indicator as a flag.';

/**
 * Decree 351/2025/NĐ-CP: the national multidimensional poverty standard for 2027–2030 (2026 keeps
 * Decree 07/2021). Income lines rural 2,200,000 / urban 2,800,000; indicator set changed. Most
 * indicator thresholds and the average-living-standard band are not recovered.
 */
export const nd351Standard2027To2030Input: PovertyStandardInput = {
  id: 'vn-poverty-2027-2030',
  name: t('Chuẩn nghèo đa chiều quốc gia giai đoạn 2027–2030', 'National multidimensional poverty standard 2027–2030'),
  jurisdiction: { level: 'national', name: t('Toàn quốc', 'National') },
  instruments: [INSTRUMENTS.nd351],
  validFrom: '2027-01-01',
  validTo: '2030-12-31',
  validityProvenance: [at('Chuẩn nghèo giai đoạn 2027–2030', 'secondary', SOURCES.huengaynay, 'Also vietnamnet.vn (EN). Article number not recovered.')],
  rule: 'single-line',
  ruleProvenance: at('Tiêu chí xác định hộ nghèo, hộ cận nghèo', 'secondary', SOURCES.huengaynay, 'Poor: income ≤ line and ≥ 3 deprivations; near-poor: income ≤ line and < 3 ("dưới 3"). The draft had a two-tier rule (1.9M/2.5M); the issued decree as reported uses one line.'),
  incomeLines: {
    rural: {
      poverty: { value: 2_200_000, provenance: at('Tiêu chí thu nhập, khu vực nông thôn', 'secondary', SOURCES.huengaynay, 'Also vietnamnet.vn (EN).') },
      averageUpper: { value: null, provenance: at('Hộ có mức sống trung bình', 'unknown', SOURCES.domainNotes, 'Not found: supply it from the decree.') },
    },
    urban: {
      poverty: { value: 2_800_000, provenance: at('Tiêu chí thu nhập, khu vực đô thị', 'secondary', SOURCES.huengaynay, 'Also vietnamnet.vn (EN).') },
      averageUpper: { value: null, provenance: at('Hộ có mức sống trung bình', 'unknown', SOURCES.domainNotes, 'Not found: supply it from the decree.') },
    },
  },
  deprivationThreshold: { value: 3, provenance: at('Tiêu chí xác định hộ nghèo', 'secondary', SOURCES.huengaynay, '"thiếu hụt từ 03 chỉ số trở lên".') },
  indicators: [
    {
      code: 'employment',
      service: t('Việc làm', 'Employment'),
      name: t('Việc làm', 'Employment'),
      provenance: named(1),
      deprivedIf: t('Có ít nhất một thành viên trong độ tuổi lao động, có khả năng lao động, mong muốn làm việc mà không có việc làm; hoặc làm công hưởng lương không có hợp đồng lao động', 'At least one working-age member, able and willing to work, has no job; or works for wages without a labour contract'),
      definitionProvenance: at('Phụ lục, chỉ số 1', 'unverified', SOURCES.vietnamDraft2026, DRAFT_RULE),
      derivation: { kind: 'member-any', deprivedWhen: [{ fact: 'unemployed', equals: true }, { fact: 'wageWorkerWithoutContract', equals: true }] },
    },
    {
      code: 'dependants',
      service: t('Việc làm', 'Employment'),
      name: t('Người phụ thuộc trong hộ gia đình', 'Dependants in the household'),
      provenance: named(2),
      deprivedIf: t('Tỷ lệ người phụ thuộc (trẻ em dưới 16 tuổi; người cao tuổi, người khuyết tật hưởng trợ cấp xã hội hằng tháng) trong tổng số nhân khẩu lớn hơn 50%', 'Dependants (children under 16; elderly or disabled people on a monthly social allowance) are more than 50 % of members'),
      definitionProvenance: at('Phụ lục, chỉ số 2', 'unverified', SOURCES.vietnamDraft2026, DRAFT_RULE + ' The caller marks members `dependant`.'),
      derivation: { kind: 'member-share', fact: 'dependant', moreThan: { numerator: 1, denominator: 2 } },
    },
    {
      code: 'healthInsurance',
      service: t('Y tế', 'Health'),
      name: t('Bảo hiểm y tế', 'Health insurance'),
      provenance: named(3),
      deprivedIf: t('Có ít nhất một thành viên từ đủ 6 tuổi trở lên không có bảo hiểm y tế', 'At least one member aged 6 or over has no health insurance'),
      definitionProvenance: at('Phụ lục, chỉ số 3', 'unverified', SOURCES.vietnamDraft2026, DRAFT_RULE + ' Age 6 carried over from 2022–2025.'),
      derivation: { kind: 'member-any', ages: { min: 6 }, deprivedWhen: [{ fact: 'healthInsurance', equals: false }] },
    },
    {
      code: 'nutrition',
      service: t('Y tế', 'Health'),
      name: t('Dinh dưỡng', 'Nutrition'),
      provenance: named(4),
      deprivedIf: t('Có ít nhất một trẻ em dưới 16 tuổi bị suy dinh dưỡng chiều cao theo tuổi hoặc cân nặng theo tuổi', 'At least one child under 16 is stunted or underweight'),
      definitionProvenance: at('Phụ lục, chỉ số 4', 'unverified', SOURCES.vietnamDraft2026, DRAFT_RULE),
      derivation: { kind: 'member-any', ages: { below: 16 }, deprivedWhen: [{ fact: 'stunted', equals: true }, { fact: 'underweight', equals: true }] },
    },
    ...([
      ['adultEducation', 'Giáo dục', 'Education', 'Trình độ giáo dục của người lớn', 'Adult education level', 5],
      ['childSchoolAttendance', 'Giáo dục', 'Education', 'Tình trạng đi học của trẻ em', 'School attendance of children', 6],
      ['housingArea', 'Nhà ở', 'Housing', 'Diện tích nhà ở bình quân đầu người', 'Housing floor area per person', 7],
      ['housingQuality', 'Nhà ở', 'Housing', 'Chất lượng nhà ở', 'Housing quality', 8],
      ['telecom', 'Thông tin', 'Information', 'Sử dụng dịch vụ viễn thông', 'Use of telecommunication (digital) services', 9],
      ['waterSource', 'Nước sinh hoạt, vệ sinh và môi trường', 'Water, sanitation and environment', 'Nguồn nước sinh hoạt', 'Domestic water source', 10],
      ['latrine', 'Nước sinh hoạt, vệ sinh và môi trường', 'Water, sanitation and environment', 'Nhà tiêu hợp vệ sinh', 'Hygienic latrine', 11],
      ['wasteDisposal', 'Nước sinh hoạt, vệ sinh và môi trường', 'Water, sanitation and environment', 'Xử lý rác thải', 'Household waste handling', 12],
    ] as const).map(([code, serviceVi, serviceEn, nameVi, nameEn, n]) => ({
      code,
      service: t(serviceVi, serviceEn),
      name: t(nameVi, nameEn),
      provenance: named(n),
      deprivedIf: null,
      definitionProvenance: at(`Phụ lục, chỉ số ${n}`, 'unknown', SOURCES.domainNotes, NOT_FOUND),
    })),
  ],
};
