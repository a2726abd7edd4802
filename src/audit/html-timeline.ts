// The timeline: traced commits per tool per month as stacked bars (inline SVG), each effective date a dashed line.
import type { AuditSummary } from './audit-summary.js';

const PALETTE = ['#cf222e', '#0969da', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#6e7781', '#fb8500', '#2da44e'];
const HEIGHT = 180;
const TOP = 20;
const LEFT = 40;
const BOTTOM = 40;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function toolColour(tools: string[], tool: string): string {
  if (tool === 'claude-code') return PALETTE[0]!;
  const others = tools.filter((other) => other !== 'claude-code');
  return PALETTE[1 + (Math.max(others.indexOf(tool), 0) % (PALETTE.length - 1))]!;
}

export function timelineSvg(summary: AuditSummary): string {
  const { months, tools, counts } = summary.timeline;
  if (months.length === 0) return '<p id="timeline" class="note">No traced commits.</p>';
  const barWidth = Math.max(8, Math.min(40, Math.floor(900 / months.length)));
  const width = LEFT + months.length * barWidth + 20;
  const totals = months.map((month) => Object.values(counts[month] ?? {}).reduce((sum, count) => sum + count, 0));
  const max = Math.max(1, ...totals);
  const scale = HEIGHT / max;
  const parts: string[] = [];
  months.forEach((month, index) => {
    let y = TOP + HEIGHT;
    const x = LEFT + index * barWidth;
    for (const tool of tools) {
      const count = counts[month]?.[tool] ?? 0;
      if (!count) continue;
      const height = Math.max(1, count * scale);
      y -= height;
      parts.push(
        `<rect class="bar" data-month="${month}" data-tool="${escapeXml(tool)}" data-count="${count}"` +
          ` x="${x + 1}" y="${y.toFixed(1)}" width="${barWidth - 2}" height="${height.toFixed(1)}" fill="${toolColour(tools, tool)}">` +
          `<title>${month} ${escapeXml(tool)}: ${count}</title></rect>`,
      );
    }
    // A label every few months keeps them apart.
    const every = Math.ceil(48 / barWidth);
    if (index % every === 0) parts.push(`<text x="${x}" y="${TOP + HEIGHT + 14}">${month}</text>`);
  });
  for (const date of summary.effectiveDates) {
    const x = positionOf(months, date, barWidth);
    if (x === undefined) continue;
    parts.push(
      `<line class="effective" data-date="${escapeXml(date)}" x1="${x}" x2="${x}" y1="${TOP - 10}" y2="${TOP + HEIGHT}"` +
        ' stroke="#1f2328" stroke-dasharray="4 3"/>',
      `<text x="${x + 3}" y="${TOP - 2}">effective ${escapeXml(date.slice(0, 10))}</text>`,
    );
  }
  parts.push(`<text x="4" y="${TOP + 8}">${max}</text><text x="4" y="${TOP + HEIGHT}">0</text>`);
  const legend = tools
    .map((tool) => `<span class="tool" style="background:${toolColour(tools, tool)};color:#fff">${escapeXml(tool)}</span>`)
    .join(' ');
  const size = `width="${width}" height="${TOP + HEIGHT + BOTTOM}" viewBox="0 0 ${width} ${TOP + HEIGHT + BOTTOM}"`;
  const svg = `<svg id="timeline" role="img" aria-label="traced commits per tool per month" ${size}>${parts.join('')}</svg>`;
  return `${svg}<p id="timeline-legend">${legend}</p>`;
}

/** Where a date falls on the month axis (its day within the month), or undefined outside the range shown. */
function positionOf(months: string[], date: string, barWidth: number): number | undefined {
  const month = date.slice(0, 7);
  let index = months.indexOf(month);
  let fraction = (Number(date.slice(8, 10)) - 1) / 31;
  if (index === -1) {
    if (month < months[0]!) [index, fraction] = [0, 0];
    else if (month > months[months.length - 1]!) [index, fraction] = [months.length - 1, 1];
    else return undefined;
  }
  return LEFT + (index + (Number.isFinite(fraction) ? fraction : 0)) * barWidth;
}
