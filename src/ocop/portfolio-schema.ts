import { z } from 'zod';
import { localizedTextSchema } from '../core/rulebook-schema.js';

/** One recognised OCOP product of a portfolio (a district's or province's list). */
export const ocopPortfolioProductSchema = z.strictObject({
  name: z.string().min(1),
  producer: z.string().min(1).optional(),
  /** Star class 3–5; `null` when the source does not state it (a recognised product is at least 3★). */
  star: z.union([z.literal(3), z.literal(4), z.literal(5), z.null()]),
  /** Product group 1–6 (food, beverages, herbs, handicrafts, ornamental, tourism); omit when unknown. */
  group: z.int().min(1).max(6).optional(),
  productSet: z.union([z.string().min(1), z.int().positive()]).optional(),
  /** Year of recognition; defaults to the year of `recognisedOn`. */
  year: z.int().min(2018).max(2100).optional(),
  /** Date of the recognition decision (certificates run 36 months from it). */
  recognisedOn: z.iso.date().optional(),
});
/** One recognised OCOP product of a portfolio. */
export type OcopPortfolioProduct = z.infer<typeof ocopPortfolioProductSchema>;

/** A count target on a portfolio: products of `minStar` stars or more (or exactly, with `exactStar`). */
export const ocopPortfolioTargetSchema = z.strictObject({
  id: z.string().min(1),
  label: localizedTextSchema,
  minStar: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  exactStar: z.boolean().optional(),
  /** Count at least this many (`null`: no floor). */
  min: z.int().nonnegative().nullable(),
  /** Count at most this many (`null`: no ceiling). */
  max: z.int().nonnegative().nullable(),
  /** Count only products recognised in these years (inclusive); omit to count all. */
  years: z.tuple([z.int(), z.int()]).optional(),
});
/** A count target on a portfolio. */
export type OcopPortfolioTarget = z.infer<typeof ocopPortfolioTargetSchema>;

/** Input of `summarizeOcopPortfolio`. */
export const ocopPortfolioSchema = z.array(ocopPortfolioProductSchema);
