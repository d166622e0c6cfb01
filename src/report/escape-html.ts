/**
 * Escapes a text for HTML and inline SVG, in element content and in quoted attribute values:
 * `&`, `<`, `>`, `"` and `'` become character references. Every text a report user supplies
 * (unit names, notes, labels, values of loaded results) goes through it.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * escapeHtml("Hương Xuân & Hương Lộc");     // 'Hương Xuân &amp; Hương Lộc'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
