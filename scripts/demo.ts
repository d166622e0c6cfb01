/**
 * `npm run demo [-- --lang en]`: evaluates the bundled example communes and prints what is met,
 * unmet, missing, and which thresholds are unknown or unverified.
 */
import communes from '../examples/example-communes.json' with { type: 'json' };
import { withExampleThresholds } from '../examples/example-rulebook.js';
import {
  evaluate,
  explain,
  pickText,
  rulebookFor,
  NoRulebookInForceError,
  type EvaluationContext,
  type EvaluationInput,
  type Locale,
} from '../src/index.js';

const locale: Locale = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
const vi = locale === 'vi';
const rule = '─'.repeat(100);

console.log(vi ? 'nong-thon-moi — đánh giá các xã ví dụ' : 'nong-thon-moi — evaluating the example communes');
console.log(
  vi
    ? 'Mọi số liệu xã và mọi ngưỡng có nhãn "EXAMPLE" là VÍ DỤ, không phải quy định pháp luật.'
    : 'All commune figures, and every threshold cited as "EXAMPLE", are EXAMPLES, not law.',
);

for (const commune of communes) {
  const context = commune.context as EvaluationContext;
  const national = rulebookFor(commune.kind, context.date);
  const rulebook = 'thresholdTable' in commune ? withExampleThresholds(national) : national;
  const result = evaluate(rulebook, commune.input as EvaluationInput, context);

  console.log(`\n${rule}\n${pickText(commune.name, locale)}\n${pickText(commune.about, locale)}\n${rule}`);
  for (const line of explain(result, { locale })) console.log(line);
  const unknown = result.unverifiedThresholds.filter((t) => t.status === 'unknown').map((t) => t.indicator);
  if (unknown.length > 0) {
    console.log(
      vi
        ? `→ Cần bổ sung ngưỡng (từ văn bản của tỉnh) cho: ${[...new Set(unknown)].join(', ')}`
        : `→ Thresholds to supply (from your province's text): ${[...new Set(unknown)].join(', ')}`,
    );
  }
}

console.log(`\n${rule}`);
try {
  rulebookFor('commune-ntm', '2026-01-20');
} catch (error) {
  if (!(error instanceof NoRulebookInForceError)) throw error;
  const message = error.issues[0]?.message;
  console.log(vi ? `Chọn bộ tiêu chí cho ngày 20/01/2026: ${message?.vi}` : `Choosing a rulebook for 2026-01-20: ${message?.en}`);
}
