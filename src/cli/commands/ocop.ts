import type { Locale } from '../../core/localized-text.js';
import { explainOcopRating } from '../../ocop/explain-ocop-rating.js';
import { rateOcopProduct } from '../../ocop/rate-ocop-product.js';
import type { OcopRatingInput } from '../../ocop/rating-input-schema.js';
import type { OcopRating } from '../../ocop/rating-result.js';
import { formatNumber } from '../../format/format-number.js';
import { readDecimalCell } from '../cells.js';
import { cliError, type CliIssue, type Where } from '../cli-error.js';
import { commonHelp, type Command, type CommonOptions } from '../command.js';
import type { CliIo } from '../io.js';
import { catchLibrary, jsonWhere, throwIfAny } from '../library-issues.js';
import { createProgress } from '../progress.js';
import { inputFormatOf, parseJsonText, readCsvTable, readText } from '../read-input.js';
import { writeResults } from '../write-results.js';
import { dateOption, listOption, stringOption } from './options.js';

const PRODUCT = ['product', 'name', 'tên', 'sản phẩm'];
const SET = ['productSet', 'bộ', 'bộ sản phẩm'];
const SPECIAL = new Set([...PRODUCT, ...SET, 'member', 'thành viên', 'knockOuts']);

interface PendingRating {
  readonly label: string;
  readonly input: OcopRatingInput;
  readonly place: (path: readonly (string | number)[]) => Where;
}

/** One rated product. */
export interface RatedProduct {
  readonly product: string;
  readonly rating: OcopRating;
}

function ratingsFromCsv(text: string, common: CommonOptions, scores: 'options' | 'points', ignore: ReadonlySet<string>): PendingRating[] {
  const table = readCsvTable(text, common.delimiter);
  const col = (names: readonly string[]) => table.header.findIndex((h) => names.includes(h));
  const productCol = col(PRODUCT);
  const setCol = col(SET);
  const memberCol = col(['member', 'thành viên']);
  const knockCol = table.header.indexOf('knockOuts');
  if (setCol === -1) throw cliError('missing-column', 'a productSet column is needed (the product set number, 1–26)', 'cần cột productSet (số bộ sản phẩm, 1–26)', { kind: 'csv', row: 1, column: 'productSet' });
  const criteria = table.header.map((h, c) => ({ h, c })).filter(({ h }) => !SPECIAL.has(h) && !ignore.has(h));
  const issues: CliIssue[] = [];
  const pending: PendingRating[] = [];
  type Sheet = { row: number; member?: string; choices: Record<string, string | number> };
  let group: { product: string; productSet: string; knockOuts: string[]; sheets: Sheet[]; knockRow: number } | undefined;
  const flush = () => {
    if (!group) return;
    const g = group;
    const rows = g.sheets.map((s) => s.row);
    const council = memberCol !== -1;
    const input = {
      productSet: /^\d+$/.test(g.productSet) ? Number(g.productSet) : g.productSet,
      ...(g.product !== '' ? { product: g.product } : {}),
      ...(council ? { members: g.sheets.map((s) => ({ ...(s.member ? { member: s.member } : {}), choices: s.choices })) } : { choices: (g.sheets[0] as Sheet).choices }),
      ...(g.knockOuts.length > 0 ? { knockOuts: g.knockOuts } : {}),
    } as OcopRatingInput;
    const place = (path: readonly (string | number)[]): Where => {
      const [first, second, third, fourth] = path;
      if (first === 'members' && typeof second === 'number') {
        return { kind: 'csv', row: rows[second] ?? rows[0] ?? 0, ...(third === 'choices' && fourth !== undefined ? { column: String(fourth) } : {}) };
      }
      if (first === 'choices') return { kind: 'csv', row: rows[0] ?? 0, ...(second !== undefined ? { column: String(second) } : {}) };
      if (first === 'knockOuts') return { kind: 'csv', row: g.knockRow, column: 'knockOuts' };
      if (first === 'productSet') return { kind: 'csv', row: rows[0] ?? 0, column: table.header[setCol] as string };
      if (first === 'date' || first === 'dossierFiledOn' || first === 'minimaBasis') return { kind: 'option', option: `--${first === 'dossierFiledOn' ? 'dossier-filed-on' : first === 'minimaBasis' ? 'minima-basis' : 'date'}` };
      return { kind: 'csv', row: rows[0] ?? 0 };
    };
    pending.push({ label: g.product !== '' ? g.product : `#${rows[0]}`, input, place });
    group = undefined;
  };
  for (const record of table.rows) {
    const row = record.line;
    const cell = (c: number) => (c === -1 ? '' : (record.fields[c] ?? '').trim());
    const product = cell(productCol);
    const productSet = cell(setCol);
    if (productSet === '') {
      issues.push({ where: { kind: 'csv', row, column: table.header[setCol] as string }, code: 'required', message: { en: 'the product set is required', vi: 'cần ghi bộ sản phẩm' } });
      continue;
    }
    const choices: Record<string, string | number> = {};
    for (const { h, c } of criteria) {
      const v = cell(c);
      if (v === '') continue;
      if (scores === 'points') {
        const d = readDecimalCell(v, common.notation);
        if (!d.ok) issues.push({ where: { kind: 'csv', row, column: h }, code: d.code, message: d.message });
        else choices[h] = Number(d.value);
      } else choices[h] = v;
    }
    const knockOuts = cell(knockCol).split(/[\s;|]+/).filter((k) => k !== '');
    const sameCouncil = memberCol !== -1 && group !== undefined && group.product === product && group.productSet === productSet;
    if (!sameCouncil) {
      flush();
      group = { product, productSet, knockOuts: [], sheets: [], knockRow: row };
    }
    const g = group as NonNullable<typeof group>;
    if (knockOuts.length > 0) {
      g.knockOuts.push(...knockOuts.filter((k) => !g.knockOuts.includes(k)));
      g.knockRow = row;
    }
    g.sheets.push({ row, ...(memberCol !== -1 && cell(memberCol) !== '' ? { member: cell(memberCol) } : {}), choices });
  }
  flush();
  throwIfAny(issues);
  return pending;
}

function ratingsFromJson(data: unknown): PendingRating[] {
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => {
    const at = Array.isArray(data) ? index : undefined;
    const product = item !== null && typeof item === 'object' && typeof (item as { product?: unknown }).product === 'string' ? (item as { product: string }).product : at !== undefined ? `[${at}]` : '-';
    return { label: product, input: item as OcopRatingInput, place: jsonWhere(at) };
  });
}

function writeRatings(rated: readonly RatedProduct[], io: CliIo, common: CommonOptions, explainAll: boolean): void {
  const locale = common.lang;
  const vi = locale === 'vi';
  const missed = (r: OcopRating) => [...new Set(r.downgrade?.missed.map((m) => m.criterion) ?? [])].join(' ');
  writeResults(
    rated,
    {
      csv: {
        header: ['product', 'product_set', 'date', 'version', 'sheet', 'members', 'total', 'total_exact', 'band_star', 'star', 'recognisable', 'authority', 'missed_minima', 'knock_outs', 'non_official_sources'],
        row: ({ product, rating: r }) => [product, r.productSet, r.date, r.version.id, r.sheet.id, r.memberCount, r.total, r.totalIsExact, r.bandStar, r.star ?? '', r.recognisable, r.authority?.level ?? '', missed(r), r.knockOuts.map((k) => k.code).join(' '), r.notOfficial.length],
      },
      table: {
        title: vi ? 'Đánh giá, phân hạng sản phẩm OCOP' : 'OCOP product rating',
        columns: [
          { header: vi ? 'Sản phẩm' : 'Product' },
          { header: vi ? 'Bộ' : 'Set', align: 'right' },
          { header: vi ? 'Điểm' : 'Points', align: 'right' },
          { header: vi ? 'Khung' : 'Band', align: 'right' },
          { header: vi ? 'Hạng sao' : 'Stars', align: 'right' },
          { header: vi ? 'Công nhận' : 'Recognisable' },
          { header: vi ? 'Cấp công nhận' : 'Recognised by' },
          { header: vi ? 'Thiếu điểm tối thiểu' : 'Minima missed' },
        ],
        row: ({ product, rating: r }) => [
          product,
          r.productSet,
          formatNumber(r.total, locale),
          `${r.bandStar}★`,
          r.star === null ? (vi ? 'loại' : 'knocked out') : `${r.star}★`,
          r.recognisable ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no',
          r.authority ? r.authority.label[locale] : '',
          missed(r),
        ],
      },
      explain: (p) => ({ name: p.product, lines: explainOcopRating(p.rating, { locale }) }),
    },
    io,
    common,
    explainAll,
  );
}

/** `ocop`: rate OCOP products from JSON (rateOcopProduct inputs) or CSV (one row per product or member sheet). */
export const ocopCommand: Command = {
  name: 'ocop',
  summary: { vi: 'chấm điểm, phân hạng sao sản phẩm OCOP', en: 'rate OCOP products (points and stars)' },
  options: {
    date: { type: 'string', short: 'd' },
    'dossier-filed-on': { type: 'string' },
    'minima-basis': { type: 'string', choices: ['average', 'every-member'] },
    sheet: { type: 'string' },
    scores: { type: 'string', choices: ['options', 'points'] },
    ignore: { type: 'list' },
    explain: { type: 'boolean', short: 'e' },
  },
  help(locale: Locale) {
    return locale === 'vi'
      ? `Cách dùng: nong-thon-moi ocop [tệp.csv|tệp.json|-] [tùy chọn]

Chấm điểm và phân hạng sao sản phẩm OCOP theo phiếu đánh giá có hiệu lực vào ngày --date.

  -d, --date yyyy-MM-dd          ngày đánh giá (mặc định: hôm nay)
  --dossier-filed-on yyyy-MM-dd  ngày nộp hồ sơ (giai đoạn chuyển tiếp 2026)
  --minima-basis average|every-member  cách xét điểm tối thiểu khi có nhiều thành viên hội đồng
  --sheet tệp.json               phiếu đánh giá tự cung cấp (định dạng scoreSheetSchema)
  --scores options|points        ô CSV là số thứ tự ô được chọn (mặc định) hay số điểm
  --ignore CỘT                   bỏ qua một cột CSV
  -e, --explain                  in giải thích cho mọi sản phẩm

CSV: productSet (bộ sản phẩm, 1–26), product, knockOuts (tùy chọn), member (tùy chọn: các dòng liền nhau
cùng sản phẩm là phiếu của các thành viên hội đồng), và mỗi tiêu chí một cột theo mã in trên phiếu (1a, 2a …).
Tiêu chí không có ô nào phù hợp ghi 0 điểm rõ ràng: ô trống là thiếu, không bao giờ là 0.
JSON: một đối tượng hoặc mảng theo ocopRatingInputSchema ({ productSet, product, choices | members }).

Ví dụ:
  npx nong-thon-moi ocop san-pham.csv --date 2023-06-30

${commonHelp('vi')}
`
      : `Usage: nong-thon-moi ocop [file.csv|file.json|-] [options]

Rates OCOP products on the score sheet in force on --date: points, band star, mandatory minima, final star.

  -d, --date yyyy-MM-dd          rating date (default: today)
  --dossier-filed-on yyyy-MM-dd  dossier filing date (2026 transition)
  --minima-basis average|every-member  how minima are checked when several council members scored
  --sheet file.json              your own score sheet (scoreSheetSchema format)
  --scores options|points        CSV cells are the chosen option's box number (default) or points
  --ignore COLUMN                skip a CSV column
  -e, --explain                  explain every product

CSV: productSet (1–26), product, knockOuts (optional), member (optional: consecutive rows of the same
product are the council members' sheets), and one column per criterion code as printed (1a, 2a …).
A criterion where no box applies is given 0 explicitly: an empty cell is missing, never zero.
JSON: one object or an array in the ocopRatingInputSchema format ({ productSet, product, choices | members }).

Example:
  npx nong-thon-moi ocop products.csv --date 2023-06-30 --lang en

${commonHelp('en')}
`;
  },
  async run(args, io, common) {
    const o = args.options;
    const file = args.positionals[0];
    const date = dateOption(o, io);
    const dossier = stringOption(o, 'dossier-filed-on');
    const basis = stringOption(o, 'minima-basis');
    const sheetFile = stringOption(o, 'sheet');
    const sheet = sheetFile !== undefined ? parseJsonText(await readText(sheetFile, io), sheetFile) : undefined;
    const scores = stringOption(o, 'scores') === 'points' ? 'points' : 'options';
    const ignore = new Set(listOption(o, 'ignore').flatMap((s) => s.split(',')).map((s) => s.trim()));
    const text = await readText(file, io);
    const pending = inputFormatOf(file, text, common.inputFormat) === 'json' ? ratingsFromJson(parseJsonText(text, file)) : ratingsFromCsv(text, common, scores, ignore);
    const options = { date, ...(dossier !== undefined ? { dossierFiledOn: dossier } : {}), ...(basis !== undefined ? { minimaBasis: basis as 'average' } : {}), ...(sheet !== undefined ? { sheet } : {}) };
    const issues: CliIssue[] = [];
    const rated: RatedProduct[] = [];
    const bar = createProgress(io, pending.length, 'ocop', common.progress);
    pending.forEach((p, i) => {
      const r = catchLibrary(() => rateOcopProduct(p.input, options), (path) => (String(path[0]) === 'sheet' && sheetFile !== undefined ? { kind: 'file', file: `${sheetFile} → ${path.slice(1).join('.')}` } : p.place(path)));
      if (r.ok) rated.push({ product: p.label, rating: r.value });
      else issues.push(...r.issues);
      bar.tick(i + 1);
    });
    bar.done();
    throwIfAny(issues);
    writeRatings(rated, io, common, o.explain === true);
    return 0;
  },
};
