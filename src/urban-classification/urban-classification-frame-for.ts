import { toIsoDate } from '../core/context.js';
import type { DeepReadonly } from '../core/deep-freeze.js';
import { NoRulebookInForceError, issue } from '../core/errors.js';
import { urbanClassificationFrames, type UrbanClassificationFrame } from './frames.js';

/**
 * The urban-classification point frame in force on a date.
 *
 * @throws `NoRulebookInForceError` for an invalid date or one before 25/05/2016.
 * @example
 * ```ts
 * urbanClassificationFrameFor('2022-06-30').id; // 'nq-1210-2016'
 * urbanClassificationFrameFor('2023-12-31').id; // 'nq-1210-2016-as-amended-by-nq-26-2022'
 * urbanClassificationFrameFor('2026-03-01').id; // 'nq-111-2025'
 * ```
 */
export function urbanClassificationFrameFor(date: string | Date): DeepReadonly<UrbanClassificationFrame> {
  const day = toIsoDate(date);
  if (day === undefined) {
    throw new NoRulebookInForceError(issue(['date'], 'invalid-date', 'date must be a real calendar date (yyyy-MM-dd or a valid Date)', 'Ngày phải là ngày hợp lệ (yyyy-MM-dd hoặc Date hợp lệ)'));
  }
  const frame = urbanClassificationFrames.find((f) => f.validFrom <= day && (f.validTo === undefined || day <= f.validTo));
  if (!frame) {
    throw new NoRulebookInForceError(
      issue(['date'], 'no-frame-in-force', `No urban-classification frame is in force on ${day}: the first (NQ 1210/2016) starts 2016-05-25`, `Ngày ${day} chưa có khung điểm phân loại đô thị: Nghị quyết 1210/2016 áp dụng từ 25/05/2016`),
    );
  }
  return frame;
}
