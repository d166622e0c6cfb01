import type { PovertyStandardInput } from '../poverty-standard-schema.js';
import { INSTRUMENTS, SOURCES } from './sources.js';

const QD = INSTRUMENTS.qd59.id;
const ND07 = INSTRUMENTS.nd07.id;
const t = (vi: string, en: string) => ({ vi, en });
const secondary = (locator: string, source: string, note?: string) =>
  ({ instrument: QD, locator, status: 'secondary' as const, source, ...(note ? { note } : {}) });
const unverified = (locator: string, note: string) =>
  ({ instrument: QD, locator, status: 'unverified' as const, source: SOURCES.domainNotes, note });
const named = (n: number) => secondary(`Điều 1, khoản 2, chỉ số ${n}`, SOURCES.hoidapphapluat, 'Indicator name as listed by the restatement; agrees with nguonluc.com.vn.');
const NOT_READ = 'Threshold wording not read in the official text; from a third-party note or recalled (Decision 1614/QĐ-TTg scheme). Check against vbpl.vn before relying on it.';

/**
 * Decision 59/2015/QĐ-TTg: the multidimensional poverty standard applied from 01/01/2016 to
 * 31/12/2020, and kept for 2021 by Article 2 of Decree 07/2021/NĐ-CP. Two income lines
 * (poverty / near-poverty) per area; 5 services, 10 indicators.
 */
export const qd59Standard2016To2021Input: PovertyStandardInput = {
  id: 'vn-poverty-2016-2021',
  name: t('Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (áp dụng cả năm 2021)', 'Multidimensional poverty standard 2016–2020 (also applied in 2021)'),
  jurisdiction: { level: 'national', name: t('Toàn quốc', 'National') },
  instruments: [INSTRUMENTS.qd59, INSTRUMENTS.nd07],
  validFrom: '2016-01-01',
  validTo: '2021-12-31',
  validityProvenance: [
    secondary('Điều 5 (hiệu lực 05/01/2016; Điều 1, 2 áp dụng từ 01/01/2016)', SOURCES.hoidapphapluat),
    { instrument: ND07, locator: 'Điều 2, khoản 1 (năm 2021 tiếp tục áp dụng Quyết định 59/2015/QĐ-TTg)', status: 'official', source: SOURCES.luatvietnamNd07En, note: 'Read in a full-text copy (English translation); agrees with laodongthudo.vn.' },
  ],
  rule: 'two-tier',
  ruleProvenance: secondary('Điều 2', SOURCES.nguonluc, 'Poor: income ≤ poverty line, or ≤ near-poverty line with ≥ 3 deprivations; also restated by a Q&A on Circular 17/2016. Near-poor wording unverified (inferred from the structure, consistent with vnexpress.net).'),
  incomeLines: {
    rural: {
      poverty: { value: 700_000, provenance: secondary('Điều 1, khoản 1, điểm a', SOURCES.nguonluc, 'Also vnexpress.net.') },
      nearPoverty: { value: 1_000_000, provenance: secondary('Điều 1, khoản 1, điểm a', SOURCES.nguonluc, 'Also vnexpress.net ("cận nghèo nông thôn … từ 1 triệu đồng trở xuống").') },
      averageUpper: { value: 1_500_000, provenance: unverified('Điều 2, khoản 3', 'Average-living-standard band recalled, not read: confirm before use.') },
    },
    urban: {
      poverty: { value: 900_000, provenance: secondary('Điều 1, khoản 1, điểm a', SOURCES.nguonluc, 'Also vnexpress.net.') },
      nearPoverty: { value: 1_300_000, provenance: secondary('Điều 1, khoản 1, điểm a', SOURCES.nguonluc) },
      averageUpper: { value: 1_950_000, provenance: unverified('Điều 2, khoản 3', 'Average-living-standard band recalled, not read: confirm before use.') },
    },
  },
  deprivationThreshold: { value: 3, provenance: secondary('Điều 2, khoản 1, điểm b', SOURCES.nguonluc, '"thiếu hụt từ 03 chỉ số … trở lên".') },
  indicators: [
    {
      code: 'healthServiceAccess',
      service: t('Y tế', 'Health'),
      name: t('Tiếp cận các dịch vụ y tế', 'Access to health services'),
      provenance: named(1),
      deprivedIf: t('Có thành viên bị ốm đau nhưng không đi khám chữa bệnh', 'A member was ill but did not seek medical examination or treatment'),
      definitionProvenance: unverified('Điều 1, khoản 2; Quyết định 1614/QĐ-TTg', NOT_READ),
      derivation: { kind: 'member-any', deprivedWhen: [{ fact: 'illWithoutTreatment', equals: true }] },
    },
    {
      code: 'healthInsurance',
      service: t('Y tế', 'Health'),
      name: t('Bảo hiểm y tế', 'Health insurance'),
      provenance: named(2),
      deprivedIf: t('Có thành viên từ đủ 6 tuổi trở lên không có bảo hiểm y tế', 'A member aged 6 or over has no health insurance'),
      definitionProvenance: unverified('Điều 1, khoản 2; Quyết định 1614/QĐ-TTg', NOT_READ),
      derivation: { kind: 'member-any', ages: { min: 6 }, deprivedWhen: [{ fact: 'healthInsurance', equals: false }] },
    },
    {
      code: 'adultEducation',
      service: t('Giáo dục', 'Education'),
      name: t('Trình độ giáo dục của người lớn', 'Adult education level'),
      provenance: named(3),
      deprivedIf: t('Có thành viên từ 15 đến 30 tuổi chưa tốt nghiệp THCS và hiện không đi học', 'A member aged 15 to 30 has not completed lower-secondary school and is not in school'),
      definitionProvenance: unverified('Điều 1, khoản 2; Quyết định 1614/QĐ-TTg', NOT_READ),
      derivation: {
        kind: 'member-qualification',
        bands: [{ ages: { min: 15, max: 30 }, accepted: ['lower-secondary', 'upper-secondary', 'vocational-intermediate', 'college', 'university'] }],
        meetsNormWhen: [{ fact: 'inEducationOrTraining', equals: true }],
      },
    },
    {
      code: 'childSchoolAttendance',
      service: t('Giáo dục', 'Education'),
      name: t('Tình trạng đi học của trẻ em', 'School attendance of children'),
      provenance: named(4),
      deprivedIf: t('Có trẻ em trong độ tuổi đi học (5 đến dưới 15 tuổi) không được đi học', 'A school-age child (5 to under 15) is not attending school'),
      definitionProvenance: unverified('Điều 1, khoản 2; Quyết định 1614/QĐ-TTg', NOT_READ),
      derivation: { kind: 'member-any', ages: { min: 5, below: 15 }, deprivedWhen: [{ fact: 'attendingSchool', equals: false }] },
    },
    {
      code: 'housingQuality',
      service: t('Nhà ở', 'Housing'),
      name: t('Chất lượng nhà ở', 'Housing quality'),
      provenance: named(5),
      deprivedIf: t('Nhà ở có ít nhất 2 trong 3 kết cấu chính (tường, cột, mái) làm bằng vật liệu không bền chắc', 'At least 2 of the 3 main structures (walls, columns, roof) are of non-durable material'),
      definitionProvenance: unverified('Điều 1, khoản 2', NOT_READ),
    },
    {
      code: 'housingArea',
      service: t('Nhà ở', 'Housing'),
      name: t('Diện tích nhà ở bình quân đầu người', 'Housing floor area per person'),
      provenance: named(6),
      deprivedIf: t('Diện tích nhà ở bình quân đầu người nhỏ hơn 8 m²', 'Floor area per person is less than 8 m²'),
      definitionProvenance: unverified('Điều 1, khoản 2', 'Consistent across third-party restatements of both periods; not read in the official text.'),
      derivation: { kind: 'floor-area-per-person', lessThanM2: '8' },
    },
    {
      code: 'waterSource',
      service: t('Nước sạch và vệ sinh', 'Clean water and sanitation'),
      name: t('Nguồn nước sinh hoạt', 'Domestic water source'),
      provenance: named(7),
      deprivedIf: t('Hộ không được tiếp cận nguồn nước hợp vệ sinh', 'The household has no access to a hygienic water source'),
      definitionProvenance: unverified('Điều 1, khoản 2', NOT_READ),
    },
    {
      code: 'latrine',
      service: t('Nước sạch và vệ sinh', 'Clean water and sanitation'),
      name: t('Hố xí/nhà tiêu hợp vệ sinh', 'Hygienic latrine'),
      provenance: named(8),
      deprivedIf: t('Hộ không sử dụng hố xí/nhà tiêu hợp vệ sinh', 'The household does not use a hygienic latrine'),
      definitionProvenance: unverified('Điều 1, khoản 2', NOT_READ),
    },
    {
      code: 'telecom',
      service: t('Thông tin', 'Information'),
      name: t('Sử dụng dịch vụ viễn thông', 'Use of telecommunication services'),
      provenance: named(9),
      deprivedIf: t('Không có thành viên nào sử dụng thuê bao điện thoại và internet', 'No member uses a telephone subscription and the internet'),
      definitionProvenance: unverified('Điều 1, khoản 2', NOT_READ),
    },
    {
      code: 'informationMeans',
      service: t('Thông tin', 'Information'),
      name: t('Tài sản phục vụ tiếp cận thông tin', 'Assets for access to information'),
      provenance: named(10),
      deprivedIf: t('Hộ không có tài sản nào trong số ti vi, radio, máy tính và không nghe được hệ thống loa đài truyền thanh xã/thôn', 'The household has no TV, radio or computer and cannot hear the commune/village loudspeakers'),
      definitionProvenance: unverified('Điều 1, khoản 2', NOT_READ),
    },
  ],
};
