import type { Locale } from '../../core/localized-text.js';
import { cliError } from '../cli-error.js';
import { commonHelp, type Command } from '../command.js';
import { inputFormatOf, readText } from '../read-input.js';
import { runCommune } from './evaluate-commune.js';
import { runDistrict } from './evaluate-district.js';
import { runWard } from './evaluate-ward.js';
import { dateOption, listOption, stringOption } from './options.js';

const COMMUNE_KINDS: Record<string, string> = { commune: 'commune-ntm', 'advanced-commune': 'advanced-commune-ntm' };
const URBAN_UNITS = ['ward', 'township', 'urban-district', 'town', 'provincial-city'];

/** `evaluate`: a commune (NTM), an advanced commune, a ward/township (civilized urban) or a district (roll-up). */
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: { vi: 'đánh giá xã (NTM, NTM nâng cao), phường/thị trấn (đô thị văn minh) hoặc huyện', en: 'evaluate communes (NTM, advanced NTM), wards/townships (civilized urban) or districts' },
  options: {
    unit: { type: 'string', short: 'u', choices: [...Object.keys(COMMUNE_KINDS), ...URBAN_UNITS, 'district'] },
    date: { type: 'string', short: 'd' },
    region: { type: 'string', short: 'r' },
    group: { type: 'string', short: 'g' },
    year: { type: 'string' },
    fact: { type: 'list' },
    rulebook: { type: 'string' },
    ignore: { type: 'list' },
    explain: { type: 'boolean', short: 'e' },
    name: { type: 'string' },
    'district-facts': { type: 'string' },
    satisfaction: { type: 'string' },
  },
  help(locale: Locale) {
    return locale === 'vi'
      ? `Cách dùng: nong-thon-moi evaluate [tệp.csv|tệp.json|-] [tùy chọn]

Đánh giá từng đơn vị (mỗi dòng CSV hoặc mỗi phần tử JSON một đơn vị) theo bộ tiêu chí có hiệu lực vào ngày --date.

  -u, --unit commune|advanced-commune|ward|township|town|urban-district|provincial-city|district
                          loại đơn vị (mặc định: commune)
  -d, --date yyyy-MM-dd   ngày đánh giá (mặc định: hôm nay); chọn bộ tiêu chí có hiệu lực
  -r, --region KEY        vùng (2021–2025): CHUNG, TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL
  -g, --group 1|2|3       nhóm xã (2026–2030)
  --year YYYY             năm áp dụng ngưỡng (mặc định: năm của --date)
  --fact KEY=true|false   dữ kiện của bộ tiêu chí (lặp lại được), ví dụ --fact safeZone=true
  --rulebook tệp.json     bộ tiêu chí của tỉnh (định dạng rulebookToJson) thay cho bộ quốc gia
  --ignore CỘT            bỏ qua một cột CSV (lặp lại được)
  -e, --explain           in giải thích từng chỉ tiêu cho mọi đơn vị (luôn in khi chỉ có một đơn vị)
  Cấp huyện (--unit district, CSV mỗi dòng một xã/thị trấn):
  --name TÊN              tên huyện; --district-facts tệp.json  số liệu của huyện theo mã chỉ tiêu
  --satisfaction 92%      tỷ lệ người dân hài lòng của huyện (hoặc 1800/2000)

Cột CSV của xã: name, region (hoặc communeGroup), year, các dữ kiện, và mỗi mã chỉ tiêu (15.3, 11 …).
Tỷ lệ ghi "20/231" (số đếm) hoặc "59,3%"; có/không ghi "có"/"không", "đạt"/"chưa đạt", 1/0;
ô trống là thiếu số liệu (không bao giờ là 0); "KAD" là không áp dụng (chỉ tiêu "nếu có").
Chỉ tiêu nhiều nội dung: cột "mã:nội dung", ví dụ 5:minimumStandard, 5:level1.
Phường/thị trấn: name, unit, recognition, registered, registeredOn, satisfaction, 1 … 9 ("5/6" nội dung đạt).

Ví dụ:
  npx nong-thon-moi evaluate xa.csv --date 2024-06-30 --region BTB
  npx nong-thon-moi evaluate xa.json --date 2024-06-30 --format json
  npx nong-thon-moi evaluate thi-tran.csv --unit township --date 2023-06-30 --lang en

${commonHelp('vi')}
`
      : `Usage: nong-thon-moi evaluate [file.csv|file.json|-] [options]

Evaluates each unit (one CSV row or one JSON array item per unit) against the rulebook in force on --date.

  -u, --unit commune|advanced-commune|ward|township|town|urban-district|provincial-city|district
                          kind of unit (default: commune)
  -d, --date yyyy-MM-dd   assessment date (default: today); picks the rulebook in force
  -r, --region KEY        region (2021–2025): CHUNG, TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL
  -g, --group 1|2|3       commune group (2026–2030)
  --year YYYY             threshold year (default: the year of --date)
  --fact KEY=true|false   a yes/no fact the rulebook declares (repeatable), e.g. --fact safeZone=true
  --rulebook file.json    a provincial rulebook (rulebookToJson format) instead of the national one
  --ignore COLUMN         skip a CSV column (repeatable)
  -e, --explain           explain every indicator of every unit (always done for a single unit)
  District level (--unit district, CSV with one row per commune/township):
  --name NAME             the district's name; --district-facts file.json  its own facts by indicator code
  --satisfaction 92%      residents satisfied in the district (or 1800/2000)

Commune CSV columns: name, region (or communeGroup), year, facts, and one per indicator code (15.3, 11 …).
Shares as "20/231" (counts) or "59,3%"; yes/no as có/không, đạt/chưa đạt, 1/0, true/false;
an empty cell is missing (never zero); "KAD" or "n/a" is not applicable ("nếu có" indicators).
Indicators with several checks: columns "code:check", e.g. 5:minimumStandard, 5:level1.
Wards/townships: name, unit, recognition, registered, registeredOn, satisfaction, 1 … 9 ("5/6" contents met).

Examples:
  npx nong-thon-moi evaluate communes.csv --date 2024-06-30 --region BTB
  npx nong-thon-moi evaluate communes.json --date 2024-06-30 --format json
  npx nong-thon-moi evaluate townships.csv --unit township --date 2023-06-30 --lang en

${commonHelp('en')}
`;
  },
  async run(args, io, common) {
    const o = args.options;
    if (args.positionals.length > 1) throw cliError('too-many-files', `one input file at a time (got ${args.positionals.length})`, `mỗi lần chỉ một tệp dữ liệu (có ${args.positionals.length})`);
    const file = args.positionals[0];
    const unit = stringOption(o, 'unit') ?? 'commune';
    const date = dateOption(o, io);
    const ignore = new Set(listOption(o, 'ignore').flatMap((s) => s.split(',')).map((s) => s.trim()));
    const rulebookFile = stringOption(o, 'rulebook');
    const explainAll = o.explain === true;
    const text = await readText(file, io);
    const inputFormat = inputFormatOf(file, text, common.inputFormat) === 'json' ? 'json' : 'csv';
    const input = { text, file };
    if (URBAN_UNITS.includes(unit)) {
      return runWard(input, { date, unit, ...(rulebookFile !== undefined ? { rulebookFile } : {}), explain: explainAll }, io, common, ignore, inputFormat);
    }
    if (unit === 'district') {
      const name = stringOption(o, 'name');
      const districtFactsFile = stringOption(o, 'district-facts');
      const satisfaction = stringOption(o, 'satisfaction');
      return runDistrict(input, { date, ...(name !== undefined ? { name } : {}), ...(districtFactsFile !== undefined ? { districtFactsFile } : {}), ...(satisfaction !== undefined ? { satisfaction } : {}), ...(rulebookFile !== undefined ? { rulebookFile } : {}), explain: explainAll }, io, common, ignore, inputFormat);
    }
    const facts: Record<string, boolean> = {};
    for (const f of listOption(o, 'fact')) {
      const m = /^([^=]+)=(true|false|có|không|1|0)$/.exec(f.trim());
      if (!m) throw cliError('invalid-fact', `"${f}" is not KEY=true|false`, `"${f}" không có dạng KHÓA=true|false`, { kind: 'option', option: '--fact' });
      facts[(m[1] as string).trim()] = m[2] === 'true' || m[2] === 'có' || m[2] === '1';
    }
    const yearText = stringOption(o, 'year');
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw cliError('invalid-year', `"${yearText}" is not a year like 2024`, `"${yearText}" không phải năm (ví dụ 2024)`, { kind: 'option', option: '--year' });
    const region = stringOption(o, 'region');
    const communeGroup = stringOption(o, 'group');
    return runCommune(
      input,
      {
        kind: COMMUNE_KINDS[unit] as string,
        date,
        ...(region !== undefined ? { region } : {}),
        ...(communeGroup !== undefined ? { communeGroup } : {}),
        ...(yearText !== undefined ? { year: Number(yearText) } : {}),
        facts,
        ...(rulebookFile !== undefined ? { rulebookFile } : {}),
        explain: explainAll,
      },
      io,
      common,
      ignore,
      inputFormat,
    );
  },
};
