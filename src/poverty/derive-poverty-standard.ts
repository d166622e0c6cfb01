import { definePovertyStandard } from './define-poverty-standard.js';
import type {
  IncomeLine,
  PovertyIndicator,
  PovertyStandard,
  PovertyStandardInput,
} from './poverty-standard-schema.js';

type StandardData = PovertyStandardInput;

/** What a province changes when it adopts a higher local standard. Omitted parts are kept. */
export interface PovertyStandardOverrides {
  readonly id: string;
  readonly name: PovertyStandardInput['name'];
  /** Defaults to `{ level: 'province', name }`. */
  readonly jurisdiction?: PovertyStandardInput['jurisdiction'];
  /** Instruments added to the base standard's (e.g. the province's decision). */
  readonly instruments?: PovertyStandardInput['instruments'];
  readonly validFrom?: string;
  readonly validTo?: string;
  /** Replaces the base's validity provenance. */
  readonly validityProvenance?: PovertyStandardInput['validityProvenance'];
  /** Replaces single lines, e.g. `{ urban: { poverty: { value: 2_500_000, provenance } } }`. */
  readonly incomeLines?: {
    readonly rural?: { readonly poverty?: IncomeLine; readonly nearPoverty?: IncomeLine; readonly averageUpper?: IncomeLine };
    readonly urban?: { readonly poverty?: IncomeLine; readonly nearPoverty?: IncomeLine; readonly averageUpper?: IncomeLine };
  };
  readonly deprivationThreshold?: PovertyStandardInput['deprivationThreshold'];
  /** Indicator changes: remove by code, replace by code, add new ones. */
  readonly indicators?: {
    readonly remove?: readonly string[];
    readonly replace?: readonly PovertyIndicator[];
    readonly add?: readonly PovertyIndicator[];
  };
}

/**
 * Derives a provincial (or corrected) standard from another: the result records `basedOn`,
 * keeps everything not overridden, and is validated like any standard.
 *
 * @example
 * ```ts
 * const local = derivePovertyStandard(povertyStandard2022To2026, {
 *   id: 'example-province-2022-2025',
 *   name: { vi: 'Chuẩn nghèo của tỉnh (ví dụ)', en: 'Province standard (example)' },
 *   instruments: [{ id: 'X/QĐ-UBND', number: 'X/QĐ-UBND', issuedOn: '2022-03-01', issuer: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' }, title: { vi: 'Chuẩn nghèo tỉnh', en: 'Province poverty standard' } }],
 *   validTo: '2025-12-31',
 *   incomeLines: { rural: { poverty: { value: 1_800_000, provenance: { instrument: 'X/QĐ-UBND', locator: 'Điều 1', status: 'unverified' } } } },
 * });
 * ```
 * @throws {@link RulebookError} when the derived standard is invalid.
 */
export function derivePovertyStandard(base: PovertyStandard, overrides: PovertyStandardOverrides): PovertyStandard {
  const data = JSON.parse(JSON.stringify(base)) as StandardData;
  const indicators = overrides.indicators;
  let list = data.indicators.filter((i) => !(indicators?.remove ?? []).includes(i.code));
  for (const replacement of indicators?.replace ?? []) {
    list = list.map((i) => (i.code === replacement.code ? (JSON.parse(JSON.stringify(replacement)) as typeof i) : i));
  }
  list = [...list, ...((JSON.parse(JSON.stringify(indicators?.add ?? [])) as typeof list))];
  const lines = (area: 'rural' | 'urban') => ({ ...data.incomeLines[area], ...(overrides.incomeLines?.[area] ?? {}) });
  const derived: PovertyStandardInput = {
    ...data,
    id: overrides.id,
    name: overrides.name,
    jurisdiction: overrides.jurisdiction ?? { level: 'province', name: overrides.name },
    basedOn: base.id,
    instruments: [...data.instruments, ...(overrides.instruments ?? [])],
    validFrom: overrides.validFrom ?? data.validFrom,
    validTo: overrides.validTo ?? data.validTo,
    validityProvenance: overrides.validityProvenance ?? data.validityProvenance,
    incomeLines: { rural: lines('rural'), urban: lines('urban') } as PovertyStandardInput['incomeLines'],
    deprivationThreshold: overrides.deprivationThreshold ?? data.deprivationThreshold,
    indicators: list,
  };
  return definePovertyStandard(derived);
}
