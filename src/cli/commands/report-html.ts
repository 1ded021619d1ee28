/**
 * The participation report as one static HTML page: charts are inline SVG and colours come from
 * classes in one `<style>`, so the page has no script and no inline `style=` attributes and opens
 * under any CSP, from disk or an intranet. Every text from the manifest goes through `escapeHtml`.
 * @module
 */
import type { NetworkId } from '../../core/index.js';
import { escapeHtml } from '../../core/index.js';
import { percent, type ParticipationReport } from '../participation.js';

const LIST_LIMIT = 1000;
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 420;

interface Bar {
  readonly label: string;
  readonly part: number;
  readonly whole: number;
}

/** A horizontal bar chart of percentages, with its numbers as text for screen readers and print. */
function barChart(title: string, bars: readonly Bar[]): string {
  const height = bars.length * BAR_HEIGHT + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 110;
  const rows = bars
    .map((bar, i) => {
      const y = i * BAR_HEIGHT + 4;
      const share = bar.whole === 0 ? 0 : bar.part / bar.whole;
      return (
        `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
        `<rect class="track" x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="${BAR_HEIGHT - 8}"></rect>` +
        `<rect class="bar" x="${LABEL_WIDTH}" y="${y + 3}" width="${Math.round(share * BAR_WIDTH)}" height="${BAR_HEIGHT - 8}"></rect>` +
        `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 15}">${percent(bar.part, bar.whole)} (${bar.part})</text>`
      );
    })
    .join('');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows}</svg></figure>`;
}

// Five shades, from no one to everyone, as classes (no inline styles).
const shade = (part: number, whole: number) => `s${whole === 0 ? 0 : Math.min(4, Math.ceil((part / whole) * 4))}`;

function list(title: string, items: readonly string[], empty: string): string {
  const shown = items.slice(0, LIST_LIMIT);
  const more =
    items.length > shown.length
      ? `<p>… and ${items.length - shown.length} more (all of them are in <code>report --json</code>).</p>`
      : '';
  const body =
    items.length === 0
      ? `<p>${escapeHtml(empty)}</p>`
      : `<ul>${shown.map((item) => `<li>${item}</li>`).join('')}</ul>${more}`;
  return `<section><h2>${escapeHtml(title)} (${items.length})</h2>${body}</section>`;
}

/** Renders the report as a standalone HTML page. */
// A page, not a dump: an organization of 100,000 has over 10,000 managers.
const TEAM_ROWS = 200;

export function renderReportHtml(report: ParticipationReport, generated: Date): string {
  const e = escapeHtml;
  const networks = report.networks;
  interface TableRow {
    readonly name: string;
    readonly people: number;
    readonly withProfile: number;
    readonly networks: Readonly<Partial<Record<NetworkId, number>>>;
  }
  const cells = (r: TableRow) =>
    `<td>${r.people}</td><td class="${shade(r.withProfile, r.people)}">${r.withProfile} · ${percent(r.withProfile, r.people)}</td>` +
    networks
      .map((n) => {
        const count = r.networks[n.id] ?? 0;
        return `<td class="${shade(count, r.people)}">${count} · ${percent(count, r.people)}</td>`;
      })
      .join('');
  const participation = (caption: string, first: string, rows: readonly TableRow[], footer: string) =>
    `<table><caption>${e(caption)}</caption><thead><tr><th scope="col">${e(first)}</th><th scope="col">People</th><th scope="col">Any network</th>` +
    networks.map((n) => `<th scope="col">${e(n.label)}</th>`).join('') +
    `</tr></thead><tbody>` +
    rows.map((r) => `<tr><th scope="row">${e(r.name)}</th>${cells(r)}</tr>`).join('') +
    `</tbody>${footer}</table>`;
  const all = {
    name: 'All',
    people: report.people,
    withProfile: report.withProfile,
    networks: Object.fromEntries(networks.map((n) => [n.id, n.people])),
  };
  const table = participation(
    'People with a profile, by department and network',
    'Department',
    report.departments,
    `<tfoot><tr><th scope="row">All</th>${cells(all)}</tr></tfoot>`,
  );
  const teams = report.teams
    .slice(0, TEAM_ROWS)
    .map((t) => ({ ...t, name: `${t.name}${t.title === undefined ? '' : `, ${t.title}`}` }));
  const teamTable =
    teams.length === 0
      ? ''
      : `<div class="wide">${participation(`Participation by team: each manager and everyone under them${report.teams.length > TEAM_ROWS ? ` (the ${TEAM_ROWS} largest of ${report.teams.length}; all in --json)` : ''}`, 'Manager', teams, '')}</div>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.organization)}: social media participation</title>
<style>
  :root { color-scheme: light dark; --bar: #1d4ed8; --track: #e5e7eb; --text: #111827; }
  @media (prefers-color-scheme: dark) { :root { --bar: #60a5fa; --track: #374151; --text: #f3f4f6; } }
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
  figure { margin: 1.5rem 0; overflow-x: auto; } figcaption, caption { font-weight: 600; text-align: left; margin-bottom: .5rem; }
  svg text { font: 13px system-ui, sans-serif; fill: var(--text); } .bar { fill: var(--bar); } .track { fill: var(--track); }
  .wide { overflow-x: auto; } table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
  th, td { padding: .3rem .6rem; border: 1px solid #9ca3af55; text-align: right; white-space: nowrap; } th[scope=row], thead th:first-child { text-align: left; }
  .s0 { background: transparent; } .s1 { background: #1d4ed822; } .s2 { background: #1d4ed844; } .s3 { background: #1d4ed877; } .s4 { background: #1d4ed8aa; }
  .summary { font-size: 1.1rem; }
</style>
</head>
<body>
<h1>${e(report.organization)}: social media participation</h1>
<p class="summary">${report.people} people; ${report.withProfile} (${percent(report.withProfile, report.people)}) have at least one profile on ${networks.length} network${networks.length === 1 ? '' : 's'}.</p>
${barChart(
  'People on each network',
  networks.map((n) => ({ label: n.label, part: n.people, whole: report.people })),
)}
${barChart(
  'People with at least one profile, by department',
  report.departments.map((d) => ({ label: d.name, part: d.withProfile, whole: d.people })),
)}
<div class="wide">${table}</div>
${teamTable}
${list(
  'Champions',
  report.departments
    .filter((d) => d.champions.length > 0)
    .map((d) => `<strong>${e(d.name)}</strong>: ${d.champions.map((c) => e(c.name)).join(', ')}`),
  'No champions yet.',
)}
${list(
  'People with no profile',
  report.withoutProfile.map((p) => `${e(p.name)} <code>${e(p.id)}</code>`),
  'Everyone has at least one profile.',
)}
${list(
  'Topics no reachable person or department owns',
  report.unownedTopics.map((t) => `${e(t.label)} <code>${e(t.id)}</code>: ${e(t.reason)}`),
  'Every topic has a reachable owner.',
)}
${list(
  'Handles to fix',
  report.handleProblems.map((h) => `<code>${e(h.at)}</code>: ${e(h.message)} (${h.kind})`),
  'No invalid or legacy handles.',
)}
<footer><p>Made by <code>social-directory report</code> on ${e(generated.toISOString().slice(0, 10))}.</p></footer>
</body>
</html>
`;
}
