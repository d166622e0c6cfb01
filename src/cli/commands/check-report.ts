import type { Locale } from '../../core/localized-text.js';
import { formatNumber } from '../../format/format-number.js';
import { checkReportText, type CheckedClaim, type PlanStatedElsewhere } from '../../targets/check-report-text.js';
import { readDecimalCell } from '../cells.js';
import { CliError, cliError } from '../cli-error.js';
import { commonHelp, type Command } from '../command.js';
import { formatCsv } from '../csv.js';
import { catchLibrary } from '../library-issues.js';
import { parseJsonText, readText } from '../read-input.js';
import { renderTable } from '../table.js';
import { listOption, stringOption } from './options.js';

/** Line number (1-based) of each claim's start. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function mark(c: CheckedClaim): 'flagged' | 'noted' | 'ok' {
  return !c.check.consistent ? 'flagged' : c.check.findings.length > 0 ? 'noted' : 'ok';
}

/** `check-report`: read a report's text, extract its progress claims and recompute them. */
export const checkReportCommand: Command = {
  name: 'check-report',
  summary: { vi: 'kiểm tra các số liệu "đạt …%" trong văn bản báo cáo', en: "check a report's progress figures (\"đạt …%\") in its text" },
  options: {
    plans: { type: 'string' },
    plan: { type: 'list' },
    'only-flagged': { type: 'boolean' },
    'fail-on-flagged': { type: 'boolean' },
  },
  help(locale: Locale) {
    return locale === 'vi'
      ? `Cách dùng: nong-thon-moi check-report [báo-cáo.txt|-] [tùy chọn]

Đọc văn bản báo cáo, tìm các câu "A/B …, đạt C%", "A …, đạt C% KH", "X%: đạt (KH Y%)", "đạt N/M tiêu chí",
tính lại từng tỷ lệ theo cách làm tròn của chính báo cáo và chỉ ra chỗ sai (tỷ lệ, kết luận đạt/chưa đạt, kế hoạch
khác nhau giữa các phần).

  --plan "NHÃN=GIÁ TRỊ [ĐƠN VỊ]"  kế hoạch nêu ở chỗ khác, ví dụ --plan "gỗ khai thác=150.000 tấn" (lặp lại được)
  --plans tệp.json         danh sách kế hoạch [{ labelIncludes, value, unit, where }]
  --only-flagged           chỉ in các số liệu sai hoặc cần lưu ý
  --fail-on-flagged        thoát với mã 1 nếu có số liệu sai (dùng trong kiểm tra tự động)

Ví dụ:
  npx nong-thon-moi check-report bao-cao.txt --plan "gỗ khai thác=150.000 tấn"

${commonHelp('vi')}
`
      : `Usage: nong-thon-moi check-report [report.txt|-] [options]

Reads a report's text, finds its progress claims ("A/B …, đạt C%", "A …, đạt C% KH", "X%: đạt (KH Y%)",
"đạt N/M tiêu chí"), recomputes each at the report's own rounding and flags what does not add up (the
percentage, the met/not-met verdict, a plan that differs elsewhere in the text).

  --plan "LABEL=VALUE [UNIT]"  a plan stated elsewhere, e.g. --plan "gỗ khai thác=150.000 tấn" (repeatable)
  --plans file.json        plans as [{ labelIncludes, value, unit, where }]
  --only-flagged           print only the claims flagged or noted
  --fail-on-flagged        exit with code 1 when a claim is flagged (for automated checks)

Example:
  npx nong-thon-moi check-report report.txt --plan "gỗ khai thác=150.000 tấn" --lang en

${commonHelp('en')}
`;
  },
  async run(args, io, common) {
    const o = args.options;
    const file = args.positionals[0];
    const locale = common.lang;
    const vi = locale === 'vi';
    const plans: PlanStatedElsewhere[] = [];
    const plansFile = stringOption(o, 'plans');
    if (plansFile !== undefined) {
      const data = parseJsonText(await readText(plansFile, io), plansFile);
      if (!Array.isArray(data)) throw cliError('invalid-plans', 'the plans file must hold an array of { labelIncludes, value, unit?, where? }', 'tệp kế hoạch phải là một mảng { labelIncludes, value, unit?, where? }', { kind: 'file', file: plansFile });
      data.forEach((p: unknown, i) => {
        const ok = p !== null && typeof p === 'object' && typeof (p as PlanStatedElsewhere).labelIncludes === 'string' && typeof (p as PlanStatedElsewhere).value === 'string' && /^\d+(\.\d+)?$/.test((p as PlanStatedElsewhere).value);
        if (!ok) throw cliError('invalid-plan', `item [${i}] needs labelIncludes and value (a decimal string like "150000")`, `phần tử [${i}] cần labelIncludes và value (số thập phân dạng chuỗi, ví dụ "150000")`, { kind: 'file', file: plansFile });
        plans.push(p as PlanStatedElsewhere);
      });
    }
    for (const p of listOption(o, 'plan')) {
      const m = /^(.+?)=\s*([\d.,]+)\s*(.*)$/.exec(p);
      if (!m) throw cliError('invalid-plan', `"${p}" is not LABEL=VALUE [UNIT]`, `"${p}" không có dạng NHÃN=GIÁ TRỊ [ĐƠN VỊ]`, { kind: 'option', option: '--plan' });
      const v = readDecimalCell(m[2] as string, common.notation);
      if (!v.ok) throw cliError(v.code, v.message.en, v.message.vi, { kind: 'option', option: '--plan' });
      plans.push({ labelIncludes: (m[1] as string).trim(), value: v.value, ...((m[3] as string).trim() !== '' ? { unit: (m[3] as string).trim() } : {}), where: '--plan' });
    }
    const text = await readText(file, io);
    const checked = catchLibrary(() => checkReportText(text, { notation: common.notation, ...(plans.length > 0 ? { plansElsewhere: plans } : {}) }), () => ({ kind: 'file', file: file ?? 'stdin' }));
    if (!checked.ok) throw new CliError(checked.issues);
    const result = checked.value;
    const line = lineOf(text);
    const claims = o['only-flagged'] === true ? result.claims.filter((c) => mark(c) !== 'ok') : result.claims;
    const flagged = result.summary.flagged;
    if (common.format === 'json') {
      io.stdout.write(`${JSON.stringify({ summary: result.summary, claims: claims.map((c) => ({ line: line(c.start), ...c })) }, null, 2)}\n`);
    } else if (common.format === 'csv') {
      const header = ['line', 'kind', 'status', 'label', 'excerpt', 'stated_percent', 'computed_percent', 'stated_verdict', 'verdict', 'findings'];
      const rows = claims.map((c) => [line(c.start), c.kind, mark(c), c.label, c.excerpt, c.check.statedPercent ?? '', c.check.computedPercent ?? '', c.check.statedVerdict ?? '', c.check.verdict ?? '', c.check.findings.map((f) => f.code).join(' ')]);
      io.stdout.write(formatCsv([header, ...rows]));
    } else {
      const pct = (p: string | null) => (p === null ? '' : `${formatNumber(p, locale, 4)} %`);
      const symbol = { flagged: '✗', noted: '!', ok: '✓' } as const;
      const columns = [
        { header: vi ? 'Dòng' : 'Line', align: 'right' as const },
        { header: '' },
        { header: vi ? 'Nội dung' : 'Claim' },
        { header: vi ? 'Báo cáo ghi' : 'Stated', align: 'right' as const },
        { header: vi ? 'Tính lại' : 'Computed', align: 'right' as const },
        { header: vi ? 'Phát hiện' : 'Findings' },
      ];
      const cut = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s).replace(/\s+/g, ' ');
      const rows = claims.map((c) => [String(line(c.start)), symbol[mark(c)], cut(c.excerpt), pct(c.check.statedPercent), pct(c.check.computedPercent), c.check.findings.map((f) => f.code).join(' ')]);
      io.stdout.write(renderTable(columns, rows));
      for (const c of claims.filter((x) => mark(x) !== 'ok')) {
        io.stdout.write(`\n${symbol[mark(c)]} ${vi ? 'dòng' : 'line'} ${line(c.start)}: ${c.excerpt.replace(/\s+/g, ' ')}\n`);
        for (const f of c.check.findings) io.stdout.write(`   - [${f.severity}] ${f.message[locale]}\n`);
      }
      const s = result.summary;
      io.stdout.write(
        vi
          ? `\n${s.extracted} số liệu được đọc: ${s.flagged} sai, ${s.noted} cần lưu ý (tỷ lệ có A/B: ${s.byKind.fraction}, tỷ lệ: ${s.byKind.percent}, kết luận: ${s.byKind.verdict}, tiêu chí: ${s.byKind.criteria}).\n`
          : `\n${s.extracted} claims read: ${s.flagged} flagged, ${s.noted} noted (fractions: ${s.byKind.fraction}, percentages: ${s.byKind.percent}, verdicts: ${s.byKind.verdict}, criteria: ${s.byKind.criteria}).\n`,
      );
    }
    return o['fail-on-flagged'] === true && flagged > 0 ? 1 : 0;
  },
};
