import { nd07Standard2022To2026Input } from './data/nd07-2021.js';
import { nd351Standard2027To2030Input } from './data/nd351-2025.js';
import { qd59Standard2016To2021Input } from './data/qd59-2015.js';
import { definePovertyStandard } from './define-poverty-standard.js';
import type { PovertyStandard } from './poverty-standard-schema.js';

/** Decision 59/2015/QĐ-TTg, applied 01/01/2016–31/12/2021 (2021 by Decree 07/2021, Art. 2). */
export const povertyStandard2016To2021: PovertyStandard = definePovertyStandard(qd59Standard2016To2021Input);

/** Decree 07/2021/NĐ-CP, Art. 3, applied 01/01/2022–31/12/2026 (2026 by Decree 351/2025). */
export const povertyStandard2022To2026: PovertyStandard = definePovertyStandard(nd07Standard2022To2026Input);

/** Decree 351/2025/NĐ-CP, applied 01/01/2027–31/12/2030. */
export const povertyStandard2027To2030: PovertyStandard = definePovertyStandard(nd351Standard2027To2030Input);

/**
 * The national poverty standards, oldest first.
 *
 * @example
 * ```ts
 * builtInPovertyStandards.map((s) => s.id);
 * // ['vn-poverty-2016-2021', 'vn-poverty-2022-2026', 'vn-poverty-2027-2030']
 * ```
 */
export const builtInPovertyStandards: readonly PovertyStandard[] = Object.freeze([
  povertyStandard2016To2021,
  povertyStandard2022To2026,
  povertyStandard2027To2030,
]);
