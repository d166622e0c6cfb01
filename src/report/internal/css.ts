/* The report's only stylesheet: system fonts, no URLs, print rules. */
export function reportCss(pageSize: 'A4' | 'letter'): string {
  return `
:root{--ink:#1a1a1a;--muted:#555;--line:#c8c8c8;--met:#2e7d32;--unmet:#c62828;--warn:#b26a00;--track:#ececec;--s3:#8d6e63;--s4:#1565c0;--s5:#6a1b9a;--su:#9e9e9e;--poor:#c62828;--near:#ef8f00;--multi:#5d4037}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:60rem;padding:1.5rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);line-height:1.45;font-size:15px;background:#fff}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.meta,.note,.muted{color:var(--muted);font-size:.9rem}
nav ol{columns:2;font-size:.9rem}
figure{margin:1rem 0 1.4rem;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin-bottom:.3rem}
svg.chart{display:block;max-width:100%;height:auto;font-size:13px}
svg .label{fill:var(--ink)}svg .value{fill:var(--ink);font-variant-numeric:tabular-nums}svg .detail{fill:var(--muted);font-size:11px}
svg .track{fill:var(--track)}svg .bar-met{fill:var(--met)}svg .bar-progress{fill:#558b2f}svg .bar-unmet{fill:var(--unmet)}svg .bar-undecided{fill:var(--warn)}
svg .threshold{stroke:var(--ink);stroke-width:2}
svg .star-3{fill:var(--s3)}svg .star-4{fill:var(--s4)}svg .star-5{fill:var(--s5)}svg .star-unknown{fill:var(--su)}
svg .rate-poor{fill:var(--poor)}svg .rate-near{fill:var(--near)}svg .rate-multi{fill:var(--multi)}
svg .legend-text{font-size:12px;fill:var(--ink)}svg .tick{font-size:11px;fill:var(--muted)}svg .axis line{stroke:var(--muted)}
svg .rung{fill:#fff;stroke:var(--ink);stroke-width:1.5}svg .rung.reached{fill:var(--met);stroke:var(--met)}svg .rung.unavailable{stroke-dasharray:4 3;stroke:var(--line)}
svg .rung-label{font-weight:600;fill:var(--ink)}svg .rung-value{fill:var(--ink)}svg .on{fill:#fff}svg .marker{fill:var(--unmet)}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:.4rem}
caption{text-align:left;font-size:.85rem;color:var(--muted);padding-bottom:.2rem}
th,td{border:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.st-met{color:var(--met);font-weight:600}.st-unmet{color:var(--unmet);font-weight:600}.st-missing,.st-indeterminate{color:var(--warn);font-weight:600}
section.unit{break-before:auto}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
@page{size:${pageSize};margin:14mm}
@media print{body{max-width:none;padding:0;font-size:10.5pt}nav{display:none}h2{break-after:avoid;page-break-after:avoid}section.unit{break-before:page;page-break-before:always}section.unit:first-of-type{break-before:auto}thead{display:table-header-group}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
`.trim();
}
