import { defineRulebook } from '../core/define-rulebook.js';
import wardTownship from './data/civilized-urban-2022-ward-township.json';
import district from './data/civilized-urban-2022-district.json';

/**
 * Civilized urban ward or township (phường, thị trấn đạt chuẩn đô thị văn minh): Decision
 * 04/2022/QĐ-TTg (18/02/2022, in force 15/04/2022), Phụ lục I. 9 criteria; the texts of its 52
 * contents (nội dung) were not recovered, so each criterion is one indicator counting its contents
 * met (a criterion is met when all its contents are — an `unverified` reading). Kind
 * `civilized-urban-ward-township`. Evaluate with `evaluateCivilizedUrban` (`nong-thon-moi/urban`).
 */
export const civilizedUrbanWardTownship2022 = defineRulebook(wardTownship);

/**
 * Civilized urban district, town or provincial city (quận, thị xã, thành phố thuộc cấp tỉnh):
 * Decision 04/2022/QĐ-TTg, Phụ lục II. Same 9 criteria (criterion 3 is "Môi trường đô thị"); the
 * number of contents is not known. Kind `civilized-urban-district`.
 */
export const civilizedUrbanDistrict2022 = defineRulebook(district);
