import type { EvaluationContext } from '../core/context.js';
import { Decimal, decimalToString, toDecimal } from '../core/decimal.js';
import { evaluate } from '../core/evaluate.js';
import type { Rulebook } from '../core/rulebook.js';
import type { ModelIncomeThreshold } from './types.js';

/** 319/QĐ-TTg: income at least 10 % above the advanced-commune level ("cao hơn từ 10% trở lên"). */
const FACTOR = new Decimal('1.1');

/**
 * The income threshold of model-commune condition 2 (Decision 319/QĐ-TTg): 110 % of the
 * advanced-commune income threshold (criterion 10 of the advanced set) in force for the
 * commune's region, year and date — computed exactly, never rounded. `null` when the advanced
 * threshold is unknown (as in the national data: supply it with `deriveRulebook`).
 *
 * @param advanced the advanced-commune rulebook (national or a province's derived one)
 * @param context the commune's evaluation context (date, year, region, facts)
 * @param incomeIndicator the advanced set's income indicator code (default `"10"`)
 * @example
 * ```ts
 * const province = deriveRulebook(advancedCommuneNtm2021To2025, { id: 'x', thresholds: [{ indicator: '10', thresholds: [{ value: '65', provenance: { status: 'official', instrument: '…' } }] }] });
 * modelIncomeThreshold(province, { date: '2023-06-30', region: 'BTB' })?.value; // '71.5'
 * ```
 */
export function modelIncomeThreshold(advanced: Rulebook, context: EvaluationContext, incomeIndicator = '10'): ModelIncomeThreshold | null {
  const exists = advanced.criteria.some((c) => c.indicators.some((i) => i.code === incomeIndicator));
  if (!exists) return null;
  // The engine resolves the threshold case for the context; with no input the check is missing
  // but still reports the requirement it would have used.
  const result = evaluate(advanced, {}, context);
  const check = result.criteria.flatMap((c) => c.indicators).find((i) => i.code === incomeIndicator)?.checks[0];
  const required = check?.required.value;
  if (check === undefined || required === null || required === undefined || check.required.op !== '>=') return null;
  const value = decimalToString(toDecimal(required).times(FACTOR));
  const advancedStatus = check.threshold.status === 'unknown' ? 'unverified' : check.threshold.status;
  // The 110 % rule itself is known from press restatements only: the result is at best secondary.
  const status = advancedStatus === 'official' ? 'secondary' : advancedStatus;
  const p = check.threshold.provenance;
  return {
    value,
    advancedValue: required,
    status,
    advancedRulebook: advanced.id,
    note: {
      vi: `110% × ${required} triệu đồng/người/năm (ngưỡng thu nhập xã NTM nâng cao: ${p.instrument}, ${p.locator}, ${advancedStatus}; quy tắc 110%: 319/QĐ-TTg)`,
      en: `110 % × ${required} million VND/person/year (advanced-commune income threshold: ${p.instrument}, ${p.locator}, ${advancedStatus}; 110 % rule: 319/QĐ-TTg)`,
    },
  };
}
