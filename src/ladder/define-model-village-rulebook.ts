import { defineRulebook } from '../core/define-rulebook.js';
import { RulebookError, issue, type Issue } from '../core/errors.js';
import type { Rulebook } from '../core/rulebook.js';
import type { RulebookInput } from '../core/rulebook-schema.js';

/**
 * Loads a province's model-village criteria set (thôn/bản/ấp NTM kiểu mẫu, khu dân cư NTM kiểu
 * mẫu). No national set exists for 2021–2025: each province issues its own, so these are never
 * built in. The data is validated like any rulebook ({@link defineRulebook}) and must also be
 * provincial or custom, of a kind starting with `model-village` (e.g. `model-village-quang-nam`)
 * or `smart-village` (the province's smart-village criteria of 319/QĐ-TTg condition 3).
 * See `examples/model-village-template.json` for a documented starting point.
 *
 * @throws {@link RulebookError} listing every problem with its path.
 * @example
 * ```ts
 * const village = defineModelVillageRulebook(JSON.parse(await readFile('model-village-my-province.json', 'utf8')));
 * evaluate(village, { '1.1': true }, { date: '2024-06-30', region: 'KV1' });
 * ```
 */
export function defineModelVillageRulebook(data: RulebookInput | unknown): Rulebook {
  const rulebook = defineRulebook(data);
  const issues: Issue[] = [];
  if (!rulebook.kind.startsWith('model-village') && !rulebook.kind.startsWith('smart-village')) {
    issues.push(issue(['kind'], 'not-model-village', `A village rulebook has a kind starting with "model-village" or "smart-village" (got "${rulebook.kind}")`, `Bộ tiêu chí thôn phải có kind bắt đầu bằng "model-village" hoặc "smart-village" (đang là "${rulebook.kind}")`));
  }
  if (rulebook.jurisdiction.level === 'national') {
    issues.push(issue(['jurisdiction', 'level'], 'not-provincial', 'Model-village criteria are set by provinces: jurisdiction.level must be "provincial" or "custom"', 'Tiêu chí thôn kiểu mẫu do tỉnh ban hành: jurisdiction.level phải là "provincial" hoặc "custom"'));
  }
  if (issues.length > 0) throw new RulebookError(issues);
  return rulebook;
}
