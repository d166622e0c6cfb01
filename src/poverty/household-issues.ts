/* Internal: every reason a household is rejected, as bilingual issues naming the path. */
import { issue, type Issue } from '../core/errors.js';
import { fromZodIssues } from '../core/zod-issues.js';
import type { CompiledStandard, DateContext } from './engine.js';
import { householdInputSchema } from './household-schema.js';
import type { PovertyArea } from './poverty-standard-schema.js';

export function householdIssues(compiled: CompiledStandard, household: unknown, defaultArea: PovertyArea | undefined, when: DateContext, prefix: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  const raw = household !== null && typeof household === 'object' ? (household as Record<string, unknown>)['deprivations'] : undefined;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const code of Object.keys(raw)) {
      if (!compiled.index.has(code)) {
        issues.push(issue([...prefix, 'deprivations', code], 'unknown-indicator', `"${code}" is not an indicator of ${compiled.standard.id} (known: ${compiled.codes.join(', ')})`, `"${code}" không phải chỉ số của chuẩn ${compiled.standard.id} (các chỉ số: ${compiled.codes.join(', ')})`));
      }
    }
  }
  const parsed = householdInputSchema.safeParse(household);
  if (!parsed.success) return [...fromZodIssues(parsed.error.issues, prefix).map(betterAmountMessage), ...issues];
  const h = parsed.data;
  if ((h.area ?? defaultArea) === undefined) {
    issues.push(issue([...prefix, 'area'], 'area-required', 'The household area (rural or urban) is required: give it in the options or on the household', 'Cần cho biết khu vực của hộ (nông thôn hoặc thành thị), trong tùy chọn hoặc trên từng hộ'));
  }
  if (h.members && 'members' in h.income && h.income.members !== h.members.length) {
    issues.push(issue([...prefix, 'income', 'members'], 'members-mismatch', `income.members is ${h.income.members} but ${h.members.length} members are listed`, `income.members là ${h.income.members} nhưng danh sách có ${h.members.length} thành viên`));
  }
  h.members?.forEach((m, i) => {
    if (m.birthDate !== undefined && m.birthDate > when.day) {
      issues.push(issue([...prefix, 'members', i, 'birthDate'], 'born-after-date', `birthDate ${m.birthDate} is after the classification date ${when.day}`, `Ngày sinh ${m.birthDate} sau ngày phân loại ${when.day}`));
    }
  });
  if (issues.length === 0) {
    issues.push(issue(prefix, 'invalid-household', 'The household could not be read', 'Không đọc được dữ liệu hộ'));
  }
  return issues;
}

const AMOUNT_FIELDS = new Set(['perCapitaMonthly', 'householdTotal', 'floorAreaM2']);

/** zod's regex message says little in Vietnamese: say how an amount must be written. */
function betterAmountMessage(found: Issue): Issue {
  const field = found.path[found.path.length - 1];
  if (found.code !== 'invalid-format' || typeof field !== 'string' || !AMOUNT_FIELDS.has(field)) return found;
  return issue(
    found.path,
    found.code,
    `${found.message.en} (no thousands separators: parse "1.500.000" with parseVietnameseNumber first)`,
    'Phải là số viết dạng "1500000" hoặc "1250000.5" (không dùng dấu phân cách hàng nghìn; chuyển "1.500.000" bằng parseVietnameseNumber trước)',
  );
}
