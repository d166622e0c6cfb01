import type { PovertyStandardInput } from '../poverty-standard-schema.js';
import { INSTRUMENTS, SOURCES } from './sources.js';

const ND07 = INSTRUMENTS.nd07.id;
const ND351 = INSTRUMENTS.nd351.id;
const t = (vi: string, en: string) => ({ vi, en });
const at = (locator: string, status: 'official' | 'secondary' | 'unverified', source: string, note?: string) =>
  ({ instrument: ND07, locator, status, source, ...(note ? { note } : {}) });
const NAMES = 'Official indicator name, identical in nguonluc.com.vn, vnexpress.net, chiakhoaphapluat.vn, danluat.thuvienphapluat.vn, daidoanket.vn; also listed by VNA (fr.vietnamplus.vn).';
const named = (n: number) => at(`Điều 3, khoản 1, điểm b; Phụ lục, chỉ số ${n}`, 'secondary', SOURCES.vnexpress, NAMES);
const appendix = (n: number) => `Phụ lục, chỉ số ${n}`;
const NOT_READ = 'Threshold wording not read in the official appendix (third-party restatement or recalled). Check against vbpl.vn before relying on it.';

/**
 * Decree 07/2021/NĐ-CP, Article 3: the multidimensional poverty standard for 2022–2025, kept for
 * 2026 by Decree 351/2025/NĐ-CP. One income line per area; 6 services, 12 indicators.
 */
export const nd07Standard2022To2026Input: PovertyStandardInput = {
  id: 'vn-poverty-2022-2026',
  name: t('Chuẩn nghèo đa chiều giai đoạn 2022–2025 (áp dụng cả năm 2026)', 'Multidimensional poverty standard 2022–2025 (also applied in 2026)'),
  jurisdiction: { level: 'national', name: t('Toàn quốc', 'National') },
  instruments: [INSTRUMENTS.nd07, INSTRUMENTS.nd351],
  validFrom: '2022-01-01',
  validTo: '2026-12-31',
  validityProvenance: [
    at('Điều 3, khoản 1 (giai đoạn 2022–2025)', 'official', SOURCES.luatvietnamNd07En, 'Read in a full-text copy (English translation).'),
    { instrument: ND351, locator: 'Điều khoản chuyển tiếp: năm 2026 tiếp tục áp dụng Điều 3 Nghị định 07/2021/NĐ-CP', status: 'secondary', source: SOURCES.huengaynay, note: 'Also vietnamnet.vn (EN) quoting the National Office for Poverty Reduction. Article number not recovered.' },
  ],
  rule: 'single-line',
  ruleProvenance: at('Điều 3, khoản 2, điểm a, b', 'secondary', SOURCES.laodongthudo, 'Poor: income ≤ line and ≥ 3 deprivations; near-poor: income ≤ line and < 3. Same in vnexpress.net, daidoanket.vn, vietnamnet EN.'),
  incomeLines: {
    rural: {
      poverty: { value: 1_500_000, provenance: at('Điều 3, khoản 1, điểm a', 'official', SOURCES.luatvietnamNd07En, 'Read in a full-text copy (English translation); agrees with chiakhoaphapluat.vn, daidoanket.vn, VNA.') },
      averageUpper: { value: 2_250_000, provenance: at('Điều 3, khoản 2, điểm c', 'secondary', SOURCES.vnexpress, 'Band "từ 1,5 đến 2,25 triệu"; that the lower end is open and the upper end closed is recalled, not read.') },
    },
    urban: {
      poverty: { value: 2_000_000, provenance: at('Điều 3, khoản 1, điểm a', 'official', SOURCES.luatvietnamNd07En, 'Read in a full-text copy (English translation); agrees with chiakhoaphapluat.vn, daidoanket.vn, VNA.') },
      averageUpper: { value: 3_000_000, provenance: at('Điều 3, khoản 2, điểm c', 'secondary', SOURCES.vnexpress, 'Band "thành thị từ 2 đến 3 triệu"; open/closed ends recalled, not read.') },
    },
  },
  deprivationThreshold: { value: 3, provenance: at('Điều 3, khoản 2, điểm a', 'secondary', SOURCES.laodongthudo, '"thiếu hụt từ 03 chỉ số … trở lên".') },
  indicators: [
    {
      code: 'employment',
      service: t('Việc làm', 'Employment'),
      name: t('Việc làm', 'Employment'),
      provenance: named(1),
      deprivedIf: t(
        'Có ít nhất một thành viên trong độ tuổi lao động, có khả năng lao động, mong muốn làm việc mà không có việc làm; hoặc làm công hưởng lương không có hợp đồng lao động',
        'At least one member of working age, able and willing to work, has no job; or works for wages without a labour contract',
      ),
      definitionProvenance: at(appendix(1), 'unverified', SOURCES.chiakhoaphapluat, 'First limb (no job) quoted from the appendix by chiakhoaphapluat.vn; the second limb (no labour contract) is confirmed only in the 2026–2030 draft (vietnam.vn), which inherits this indicator.'),
      derivation: { kind: 'member-any', deprivedWhen: [{ fact: 'unemployed', equals: true }, { fact: 'wageWorkerWithoutContract', equals: true }] },
    },
    {
      code: 'dependants',
      service: t('Việc làm', 'Employment'),
      name: t('Người phụ thuộc trong hộ gia đình', 'Dependants in the household'),
      provenance: named(2),
      deprivedIf: t('Tỷ lệ người phụ thuộc trong tổng số nhân khẩu của hộ lớn hơn 50%', 'Dependants are more than 50 % of the household members'),
      definitionProvenance: at(appendix(2), 'unverified', SOURCES.vietnamDraft2026, '"> 50 %" confirmed for the 2026–2030 draft and consistent with a restatement of the 2022–2025 rule. Who counts as a dependant is not recovered for 2022–2025 (Circular 07/2021): the caller marks members `dependant`.'),
      derivation: { kind: 'member-share', fact: 'dependant', moreThan: { numerator: 1, denominator: 2 } },
    },
    {
      code: 'nutrition',
      service: t('Y tế', 'Health'),
      name: t('Dinh dưỡng', 'Nutrition'),
      provenance: named(3),
      deprivedIf: t('Có ít nhất một trẻ em dưới 16 tuổi bị suy dinh dưỡng chiều cao theo tuổi hoặc cân nặng theo tuổi', 'At least one child under 16 is stunted (height-for-age) or underweight (weight-for-age)'),
      definitionProvenance: at(appendix(3), 'secondary', SOURCES.vietnamHcmc, "Same wording in HCMC's 2021–2025 standard (copying the national one) and in the 2026–2030 draft (vietnam.vn)."),
      derivation: { kind: 'member-any', ages: { below: 16 }, deprivedWhen: [{ fact: 'stunted', equals: true }, { fact: 'underweight', equals: true }] },
    },
    {
      code: 'healthInsurance',
      service: t('Y tế', 'Health'),
      name: t('Bảo hiểm y tế', 'Health insurance'),
      provenance: named(4),
      deprivedIf: t('Có ít nhất một thành viên từ đủ 6 tuổi trở lên hiện không có bảo hiểm y tế', 'At least one member aged 6 or over currently has no health insurance'),
      definitionProvenance: at(appendix(4), 'secondary', SOURCES.vietnamHcmc, "HCMC's 2021–2025 standard, which copies the national one; consistent with 59/2015."),
      derivation: { kind: 'member-any', ages: { min: 6 }, deprivedWhen: [{ fact: 'healthInsurance', equals: false }] },
    },
    {
      code: 'adultEducation',
      service: t('Giáo dục', 'Education'),
      name: t('Trình độ giáo dục của người lớn', 'Adult education level'),
      provenance: named(5),
      deprivedIf: t(
        'Có ít nhất một thành viên từ 16 đến 30 tuổi không tham gia học tập và không có bằng cấp, chứng chỉ theo độ tuổi: từ 16 đến dưới 18 tuổi đang học hoặc đã tốt nghiệp THCS; từ 18 đến 30 tuổi đang học hoặc đã tốt nghiệp THPT hoặc sơ cấp, trung cấp, cao đẳng (người được doanh nghiệp tuyển dụng và chứng nhận đào tạo nghề tại chỗ được coi là đạt)',
        'At least one member aged 16 to 30 is neither studying nor holding the qualification expected for their age: 16 to under 18, studying at or graduated from lower-secondary; 18 to 30, studying at or graduated from upper-secondary or an elementary/intermediate/college vocational programme (certified on-the-job training counts)',
      ),
      definitionProvenance: at(appendix(5), 'unverified', SOURCES.domainNotes, NOT_READ + ' Whether "đến 30 tuổi" includes age 30 is not verified (encoded inclusive).'),
      derivation: {
        kind: 'member-qualification',
        bands: [
          { ages: { min: 16, below: 18 }, accepted: ['lower-secondary', 'upper-secondary', 'vocational-intermediate', 'college', 'university'] },
          { ages: { min: 18, max: 30 }, accepted: ['upper-secondary', 'vocational-elementary', 'vocational-intermediate', 'college', 'university'] },
        ],
        meetsNormWhen: [{ fact: 'inEducationOrTraining', equals: true }, { fact: 'onTheJobTraining', equals: true }],
      },
    },
    {
      code: 'childSchoolAttendance',
      service: t('Giáo dục', 'Education'),
      name: t('Tình trạng đi học của trẻ em', 'School attendance of children'),
      provenance: named(6),
      deprivedIf: t('Có ít nhất một trẻ em từ 3 tuổi đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi', 'At least one child aged 3 to under 16 is not attending the school level appropriate to their age'),
      definitionProvenance: at(appendix(6), 'unverified', SOURCES.domainNotes, NOT_READ),
      derivation: { kind: 'member-any', ages: { min: 3, below: 16 }, deprivedWhen: [{ fact: 'attendingSchool', equals: false }] },
    },
    {
      code: 'housingQuality',
      service: t('Nhà ở', 'Housing'),
      name: t('Chất lượng nhà ở', 'Housing quality'),
      provenance: named(7),
      deprivedIf: t('Hộ gia đình đang sống trong nhà ở thiếu kiên cố hoặc nhà ở đơn sơ', 'The household lives in a semi-permanent (thiếu kiên cố) or makeshift (đơn sơ) dwelling'),
      definitionProvenance: at(appendix(7), 'unverified', SOURCES.domainNotes, NOT_READ),
    },
    {
      code: 'housingArea',
      service: t('Nhà ở', 'Housing'),
      name: t('Diện tích nhà ở bình quân đầu người', 'Housing floor area per person'),
      provenance: named(8),
      deprivedIf: t('Diện tích nhà ở bình quân đầu người của hộ nhỏ hơn 8 m²', 'Floor area per person is less than 8 m²'),
      definitionProvenance: at(appendix(8), 'unverified', SOURCES.domainNotes, 'Consistent across third-party restatements and with 59/2015; not read in the official text.'),
      derivation: { kind: 'floor-area-per-person', lessThanM2: '8' },
    },
    {
      code: 'waterSource',
      service: t('Nước sinh hoạt và vệ sinh', 'Domestic water and sanitation'),
      name: t('Nguồn nước sinh hoạt', 'Domestic water source'),
      provenance: named(9),
      deprivedIf: t('Hộ gia đình không tiếp cận được nguồn nước sinh hoạt an toàn', 'The household has no access to a safe domestic water source'),
      definitionProvenance: at(appendix(9), 'unverified', SOURCES.yenbaiDraft2020, 'The 2020 draft named the indicator "nguồn nước sinh hoạt an toàn"; final wording not read.'),
    },
    {
      code: 'latrine',
      service: t('Nước sinh hoạt và vệ sinh', 'Domestic water and sanitation'),
      name: t('Nhà tiêu hợp vệ sinh', 'Hygienic latrine'),
      provenance: named(10),
      deprivedIf: t('Hộ gia đình không sử dụng nhà tiêu hợp vệ sinh', 'The household does not use a hygienic latrine'),
      definitionProvenance: at(appendix(10), 'unverified', SOURCES.domainNotes, NOT_READ),
    },
    {
      code: 'telecom',
      service: t('Thông tin', 'Information'),
      name: t('Sử dụng dịch vụ viễn thông', 'Use of telecommunication services'),
      provenance: named(11),
      deprivedIf: t('Không có thành viên nào sử dụng dịch vụ internet', 'No member uses internet services'),
      definitionProvenance: at(appendix(11), 'unverified', SOURCES.domainNotes, NOT_READ + ' Wording recalled.'),
    },
    {
      code: 'informationMeans',
      service: t('Thông tin', 'Information'),
      name: t('Phương tiện phục vụ tiếp cận thông tin', 'Means of access to information'),
      provenance: named(12),
      deprivedIf: t('Hộ gia đình không có phương tiện nào phục vụ tiếp cận thông tin và không nghe được hệ thống loa truyền thanh', 'The household has none of the listed information devices and cannot hear the loudspeaker system'),
      definitionProvenance: at(appendix(12), 'unverified', SOURCES.domainNotes, NOT_READ + ' The list of devices is not confirmed.'),
    },
  ],
};
