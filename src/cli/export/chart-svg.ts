// Draws a sheet's native charts (as the runtime recorded them) as inline SVG for index.html:
// columns per category with one bar per series (each series on its own scale, its values written
// above the bars), or a pie. The same data the Sheets chart reads, from the same ranges.
import { escapeHtml } from '../../core/email/html';
import type { ChartSnapshot } from '../../local-apps-script/spreadsheet/embedded-chart';
import type { CellValue, SheetSnapshot } from '../../local-apps-script/spreadsheet/snapshot';

const COLORS = ['#2d6a2e', '#e8a33d', '#3b6ea8', '#b5483b', '#7a5ea8', '#4f9a94', '#a8873b', '#6b7280'];

/** The cells of an `A4:A6`-style range of one column, top to bottom. */
function column(sheet: SheetSnapshot, a1: string): CellValue[] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) return [];
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const out: CellValue[] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) out.push(sheet.values[r - 1]?.[col] ?? null);
  return out;
}

const text = (v: CellValue) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const num = (v: CellValue) => (typeof v === 'number' ? v : Number(v) || 0);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * One chart as an SVG element, or '' when its ranges hold no data row.
 * @example renderChartSvg({ type: 'PIE', ranges: ['A1:A3', 'B1:B3'], … }, sheet) // '<figure class="chart"><svg …'
 */
export function renderChartSvg(chart: ChartSnapshot, sheet: SheetSnapshot): string {
  const [labels, ...series] = chart.ranges.map((r) => column(sheet, r));
  if (!labels || labels.length < 2 || series.length === 0) return '';
  const categories = labels.slice(1).map(text);
  const title = escapeHtml(String(chart.options.title ?? ''));
  const body = chart.type === 'PIE' ? pie(categories, series[0].slice(1).map(num)) : bars(categories, series);
  return `<figure class="chart"><figcaption>${title}</figcaption>${body}</figure>`;
}

function bars(categories: string[], series: CellValue[][]): string {
  const width = 80 + categories.length * (24 * series.length + 30);
  const height = 240;
  const base = 190;
  const parts: string[] = [];
  series.forEach((s, i) => {
    const values = s.slice(1).map(num);
    const max = Math.max(1, ...values);
    parts.push(`<rect x="${10 + i * 150}" y="6" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/><text x="${24 + i * 150}" y="15" font-size="11">${escapeHtml(text(s[0]))}</text>`);
    values.forEach((v, c) => {
      const h = Math.round((v / max) * 150);
      const x = 40 + c * (24 * series.length + 30) + i * 24;
      parts.push(`<rect x="${x}" y="${base - h}" width="20" height="${h}" fill="${COLORS[i % COLORS.length]}"><title>${escapeHtml(`${categories[c]} — ${text(s[0])} : ${round(v)}`)}</title></rect>`);
      parts.push(`<text x="${x + 10}" y="${base - h - 3}" font-size="10" text-anchor="middle">${round(v)}</text>`);
    });
  });
  categories.forEach((c, i) => parts.push(`<text x="${40 + i * (24 * series.length + 30) + 12 * series.length}" y="${base + 16}" font-size="11" text-anchor="middle">${escapeHtml(c)}</text>`));
  parts.push(`<line x1="30" y1="${base}" x2="${width - 10}" y2="${base}" stroke="#9aa5b1"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img">${parts.join('')}</svg>`;
}

function pie(categories: string[], values: number[]): string {
  const total = values.reduce((a, b) => a + Math.max(0, b), 0);
  if (total <= 0) return '';
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    const share = Math.max(0, v) / total;
    const next = angle + share * 2 * Math.PI;
    const [x1, y1, x2, y2] = [110 + 90 * Math.cos(angle), 110 + 90 * Math.sin(angle), 110 + 90 * Math.cos(next), 110 + 90 * Math.sin(next)];
    const path = share >= 0.9999 ? '<circle cx="110" cy="110" r="90"' : `<path d="M110,110 L${x1.toFixed(1)},${y1.toFixed(1)} A90,90 0 ${share > 0.5 ? 1 : 0} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z"`;
    parts.push(`${path} fill="${COLORS[i % COLORS.length]}"><title>${escapeHtml(`${categories[i]} : ${round(v)}`)}</title>${share >= 0.9999 ? '</circle>' : '</path>'}`);
    parts.push(`<rect x="220" y="${20 + i * 18}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/><text x="236" y="${29 + i * 18}" font-size="11">${escapeHtml(`${categories[i]} — ${round(v)} (${Math.round(share * 100)} %)`)}</text>`);
    angle = next;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="${Math.max(230, 40 + categories.length * 18)}" role="img">${parts.join('')}</svg>`;
}
