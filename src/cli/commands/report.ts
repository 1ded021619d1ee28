/**
 * `social-directory report`: how the organization takes part in social media — participation
 * by department and network, who has no profile, topics nobody reachable owns, handles to fix
 * and champions — as a terminal table, JSON, or a static HTML page.
 * @module
 */
import { parseArgs } from 'node:util';
import { CliError, loadValidManifest, writeOutputFile, type Output } from '../io.js';
import { buildReport, percent, type ParticipationReport } from '../participation.js';
import { renderReportHtml } from './report-html.js';

/** `social-directory report --help`. */
export const REPORT_HELP = `Usage: social-directory report <manifest.json> [--json | --html report.html]

How the organization takes part in social media: people with a profile on each network
by department (count and percentage), people with no profile, topics no reachable person
or department owns, invalid or legacy handles, and champions per department.

Options:
  --json               print the whole report as JSON
  --html <file>        write a static HTML page with charts (no scripts; - for standard output)
  --force              allow --html to replace the manifest file
  -h, --help           show this help

Exit status: 0 report made, 1 invalid manifest, 2 usage or I/O error.
`;

const TABLE_NETWORKS = 8;
const LIST_LIMIT = 20;

/** The report as text for a terminal. */
export function renderReportText(report: ParticipationReport): string {
  const out: string[] = [];
  out.push(
    `${report.organization}: ${report.people} people, ${report.withProfile} (${percent(report.withProfile, report.people)}) with at least one profile`,
  );
  out.push('');
  out.push('People with a profile, by department and network');
  const networks = report.networks.slice(0, TABLE_NETWORKS);
  const cell = (n: number, of: number) => `${n} ${percent(n, of)}`;
  const header = ['department', 'people', 'any', ...networks.map((n) => n.label)];
  const body = report.departments.map((d) => [
    d.name,
    String(d.people),
    cell(d.withProfile, d.people),
    ...networks.map((n) => cell(d.networks[n.id] ?? 0, d.people)),
  ]);
  body.push([
    'all',
    String(report.people),
    cell(report.withProfile, report.people),
    ...networks.map((n) => cell(n.people, report.people)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  out.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line));
  if (report.networks.length > TABLE_NETWORKS) {
    const rest = report.networks.slice(TABLE_NETWORKS).map((n) => `${n.label} ${n.people}`);
    out.push(`Other networks: ${rest.join(', ')} (every network is in --json and --html)`);
  }
  const list = (title: string, items: readonly string[], count = items.length) => {
    out.push('', `${title} (${count})`);
    if (items.length === 0) out.push('  none');
    for (const item of items.slice(0, LIST_LIMIT)) out.push(`  ${item}`);
    if (items.length > LIST_LIMIT) out.push(`  … and ${items.length - LIST_LIMIT} more (all in --json and --html)`);
  };
  if (report.teams.length > 0) {
    const teams = report.teams.map(
      (t) =>
        `${t.name}${t.title === undefined ? '' : `, ${t.title}`} (${t.people} people): ${cell(t.withProfile, t.people)} with a profile; ` +
        networks
          .filter((n) => (t.networks[n.id] ?? 0) > 0)
          .map((n) => `${n.label} ${cell(t.networks[n.id] ?? 0, t.people)}`)
          .join(', '),
    );
    list('Participation by team (each manager and everyone under them)', teams);
  }
  // One line per department, but the count is of champions, not of departments.
  const withChampions = report.departments.filter((d) => d.champions.length > 0);
  list(
    'Champions',
    withChampions.map((d) => `${d.name}: ${d.champions.map((c) => c.name).join(', ')}`),
    withChampions.reduce((n, d) => n + d.champions.length, 0),
  );
  list(
    'People with no profile',
    report.withoutProfile.map((p) => `${p.name} (${p.id})`),
  );
  list(
    'Topics no reachable person or department owns',
    report.unownedTopics.map((t) => `${t.label} (${t.id}): ${t.reason}`),
  );
  list(
    'Handles to fix',
    report.handleProblems.map((h) => `${h.at}: ${h.message} [${h.kind}]`),
  );
  if (report.warnings > report.handleProblems.filter((h) => h.kind === 'invalid').length) {
    out.push('', `The manifest has ${report.warnings} warnings: run "social-directory validate" for all of them.`);
  }
  return `${out.join('\n')}\n`;
}

/** Runs `social-directory report`; returns the exit code. */
export async function runReport(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      html: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError(
      'report takes one manifest: social-directory report <manifest.json> [--json | --html report.html]',
    );
  if (values.json && values.html !== undefined) throw new CliError('choose one of --json and --html.');
  const loaded = await loadValidManifest(source);
  const report = buildReport(loaded.manifest, loaded.warnings);
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (values.html === '-') io.out(renderReportHtml(report, new Date()));
  else if (values.html !== undefined) {
    writeOutputFile(values.html, renderReportHtml(report, new Date()), [source], values.force === true);
    io.out(`Wrote ${values.html} (${report.people} people, ${report.departments.length} departments).\n`);
  } else io.out(renderReportText(report));
  return 0;
}
