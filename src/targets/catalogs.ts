import { defineTargetCatalog } from './define-target-catalog.js';
import { nq257Data } from './data/nq257-2025.js';
import { nq76Data } from './data/nq76-2021.js';
import { qd1719Data } from './data/qd1719-2021.js';
import { qd263Data } from './data/qd263-2022.js';
import { qd282Data } from './data/qd282-2026.js';
import { qd90Data } from './data/qd90-2022.js';
import { qd924Data } from './data/qd924-2022.js';
import type { TargetCatalog } from './target-schema.js';

/** Resolution 76/NQ-CP: state administrative reform master programme 2021–2030. */
export const nq76Targets: TargetCatalog = defineTargetCatalog(nq76Data);
/** Decision 282/QĐ-TTg: key administrative reform plan 2026–2030. */
export const qd282Targets: TargetCatalog = defineTargetCatalog(qd282Data);
/** Decision 924/QĐ-TTg: digital transformation in new-rural building 2021–2025. */
export const qd924Targets: TargetCatalog = defineTargetCatalog(qd924Data);
/** Decision 263/QĐ-TTg and NQ 25/2021/QH15: new-rural programme 2021–2025. */
export const qd263Targets: TargetCatalog = defineTargetCatalog(qd263Data);
/** Decision 90/QĐ-TTg: sustainable poverty reduction 2021–2025. */
export const qd90Targets: TargetCatalog = defineTargetCatalog(qd90Data);
/** Decision 1719/QĐ-TTg: ethnic-minority and mountainous areas, phase I 2021–2025. */
export const qd1719Targets: TargetCatalog = defineTargetCatalog(qd1719Data);
/** Resolution 257/2025/QH15 (with 424/NQ-CP, 417/QĐ-BNNMT): merged programme 2026–2035. */
export const nq257Targets: TargetCatalog = defineTargetCatalog(nq257Data);

/** Every built-in target catalog. */
export const builtInTargetCatalogs: readonly TargetCatalog[] = [nq76Targets, qd282Targets, qd924Targets, qd263Targets, qd90Targets, qd1719Targets, nq257Targets];
