import type { z } from 'zod';
import { issue, type Issue } from './errors.js';

const TYPE_NAMES_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'null',
  undefined: 'không có giá trị',
};

const FORMAT_NAMES_VI: Record<string, string> = {
  date: 'ngày dạng YYYY-MM-DD',
  datetime: 'thời điểm ISO 8601',
  email: 'địa chỉ email',
  url: 'địa chỉ URL',
};

/**
 * Translates zod's issues into the library's bilingual {@link Issue}s. The English text keeps
 * zod's own message; the Vietnamese text is built from the issue's code and parameters.
 */
export function fromZodIssues(zodIssues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    switch (zi.code) {
      case 'invalid_type':
        issues.push(issue(path, 'invalid-type', zi.message, `Sai kiểu dữ liệu: phải là ${TYPE_NAMES_VI[zi.expected] ?? zi.expected}`));
        break;
      case 'unrecognized_keys':
        for (const key of zi.keys) {
          issues.push(issue([...path, key], 'unknown-key', `Unknown key "${key}"`, `Khóa không được định nghĩa: "${key}"`));
        }
        break;
      case 'too_small':
        issues.push(issue(path, 'too-small', zi.message, `Giá trị quá nhỏ (tối thiểu ${String(zi.minimum)})`));
        break;
      case 'too_big':
        issues.push(issue(path, 'too-big', zi.message, `Giá trị quá lớn (tối đa ${String(zi.maximum)})`));
        break;
      case 'invalid_union':
        if (zi.errors.length > 0) {
          // Report the branch that got furthest: the one with the fewest issues.
          const best = [...zi.errors].sort((a, b) => a.length - b.length)[0] ?? [];
          issues.push(...fromZodIssues(best, path));
        } else {
          issues.push(issue(path, 'invalid-value', zi.message, 'Giá trị không hợp lệ'));
        }
        break;
      case 'invalid_value':
        issues.push(
          issue(path, 'invalid-value', zi.message, `Giá trị không hợp lệ; chấp nhận: ${zi.values.map(String).join(', ')}`),
        );
        break;
      case 'invalid_format': {
        const pattern = 'pattern' in zi && typeof zi.pattern === 'string' ? zi.pattern : undefined;
        const vi = zi.format === 'regex' && pattern ? `Sai định dạng: phải khớp mẫu ${pattern}` : `Sai định dạng (${FORMAT_NAMES_VI[zi.format] ?? zi.format})`;
        issues.push(issue(path, 'invalid-format', zi.message, vi));
        break;
      }
      case 'custom': {
        // Our own refinements carry a stable code and the Vietnamese text in `params`.
        const params = (zi.params ?? {}) as { code?: unknown; vi?: unknown };
        const code = typeof params.code === 'string' ? params.code : 'invalid-value';
        const vi = typeof params.vi === 'string' ? params.vi : `Giá trị không hợp lệ: ${zi.message}`;
        issues.push(issue(path, code, zi.message, vi));
        break;
      }
      default:
        issues.push(issue(path, 'invalid-value', zi.message, `Giá trị không hợp lệ: ${zi.message}`));
    }
  }
  return issues;
}
