/**
 * Turns the masks of a batch row or a stream outcome back into deprivation flags (`true` =
 * deprived), leaving unknown indicators out — e.g. to feed {@link alkireFoster} from a batch.
 *
 * @example
 * ```ts
 * const batch = classifyHouseholds(households, { date: '2024-06-30', area: 'rural' });
 * const units = batch.deprivedMasks.flatMap((mask, i) =>
 *   mask === null ? [] : [{ deprivations: deprivationsFromMask(batch.indicatorCodes, mask, batch.unknownMasks[i] ?? 0) }],
 * );
 * alkireFoster(units, { standard: povertyStandard2022To2026 });
 * ```
 */
export function deprivationsFromMask(indicatorCodes: readonly string[], deprivedMask: number, unknownMask = 0): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  indicatorCodes.forEach((code, i) => {
    const bit = 1 << i;
    if ((unknownMask & bit) === 0) flags[code] = (deprivedMask & bit) !== 0;
  });
  return flags;
}
