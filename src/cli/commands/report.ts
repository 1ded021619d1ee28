/**
 * `social-directory report`: how the organization takes part in social media — participation
 * by department and network, who has no profile, topics nobody reachable owns, handles to fix
 * and champions — as a terminal table, JSON, or a static HTML page.
 * @module
 */
import { parseArgs } from 'node:util';
import { ManifestError } from '../../core/manifest/issues.js';
import type { Manifest, Person, Profile } from '../../core/manifest/schema.js';
import { createDirectory } from '../../core/directory.js';
import { NETWORKS, type NetworkId } from '../../core/networks.js';
import { CliError, loadManifestSource, writeOutputFile, type Output } from '../io.js';
import { percent, renderReportHtml } from './report-html.js';

/** `social-directory report --help`. */
export const REPORT_HELP = `Usage: social-directory report <manifest.json> [--json | --html report.html]

How the organization takes part in social media: people with a profile on each network
by department (count and percentage), people with no profile, topics no reachable person
or department owns, invalid or legacy handles, and champions per department.

Options:
  --json               print the whole report as JSON
  --html <file>        write a static HTML page with charts (no scripts)
  --force              allow --html to replace the manifest file
  -h, --help           show this help

Exit status: 0 report made, 1 invalid manifest, 2 usage or I/O error.
`;

/** Someone named in the report. */
export interface PersonRef {
  /** The person's id. */
  readonly id: string;
  /** The person's name. */
  readonly name: string;
}

/** One department's row (or the people without a department: `id` null). */
export interface DepartmentParticipation {
  /** The department id, `null` for people without one. */
  readonly id: string | null;
  /** The department's name. */
  readonly name: string;
  /** How many people it has. */
  readonly people: number;
  /** How many of them have at least one profile. */
  readonly withProfile: number;
  /** How many of them have a profile on each network. */
  readonly networks: Readonly<Partial<Record<NetworkId, number>>>;
  /** Its champions. */
  readonly champions: readonly PersonRef[];
}

/** One manager's organization: them and everyone under them, and who of those is on each network. */
export interface TeamParticipation {
  /** The manager's id. */
  readonly id: string;
  /** The manager's name. */
  readonly name: string;
  /** The manager's title, when the manifest has it. */
  readonly title?: string;
  /** How many people report to them directly. */
  readonly reports: number;
  /** How many people their organization has: them and everyone under them. */
  readonly people: number;
  /** How many of those have at least one profile. */
  readonly withProfile: number;
  /** How many of those have a profile on each network. */
  readonly networks: Readonly<Partial<Record<NetworkId, number>>>;
}

/** A profile that needs attention. */
export interface HandleProblem {
  /** `invalid`: left out by validation. `legacy`: on a network that is closing or closed. */
  readonly kind: 'invalid' | 'legacy';
  /** Where it is: the path in the document for invalid ones, the owner (`Ellen Park (ellen-park)`, `department support`) for legacy ones. */
  readonly at: string;
  /** What is wrong. */
  readonly message: string;
}

/** A topic nobody reachable owns. */
export interface UnownedTopic {
  /** The topic id. */
  readonly id: string;
  /** The topic's label. */
  readonly label: string;
  /** Why: no owner at all, or owners with no way to reach them. */
  readonly reason: string;
}

/** Everything `report` knows; `--json` prints it. */
export interface ParticipationReport {
  /** The organization's name. */
  readonly organization: string;
  /** How many people the manifest has (valid ones). */
  readonly people: number;
  /** How many have at least one profile. */
  readonly withProfile: number;
  /** Networks with at least one person, most used first. */
  readonly networks: readonly { readonly id: NetworkId; readonly label: string; readonly people: number }[];
  /** One row per department, largest first, then people without a department. */
  readonly departments: readonly DepartmentParticipation[];
  /** One row per person with reports, largest organization first (empty when the manifest has no managers). */
  readonly teams: readonly TeamParticipation[];
  /** People with no profile at all. */
  readonly withoutProfile: readonly PersonRef[];
  /** Topics with no reachable owner. */
  readonly unownedTopics: readonly UnownedTopic[];
  /** Invalid or legacy handles. */
  readonly handleProblems: readonly HandleProblem[];
  /** Validation warnings of any kind (handle ones are also in `handleProblems`). */
  readonly warnings: number;
}

const reachable = (person: Person) => person.profiles.length > 0 || person.email !== undefined;

/** Builds the report from a validated manifest and its warnings. */
export function buildReport(manifest: Manifest, warnings: readonly { path: readonly (string | number)[]; at: string; message: string }[]): ParticipationReport {
  interface Row {
    id: string | null;
    name: string;
    people: number;
    withProfile: number;
    networks: Partial<Record<NetworkId, number>>;
    champions: PersonRef[];
  }
  const rows = new Map<string | null, Row>();
  const row = (id: string | null, name: string): Row => {
    let found = rows.get(id);
    if (found === undefined) rows.set(id, (found = { id, name, people: 0, withProfile: 0, networks: {}, champions: [] }));
    return found;
  };
  for (const department of manifest.departments) row(department.id, department.name);
  const totals: Partial<Record<NetworkId, number>> = {};
  const withoutProfile: PersonRef[] = [];
  const handleProblems: HandleProblem[] = [];
  let withProfile = 0;
  const legacy = (profiles: readonly Profile[], owner: string) => {
    for (const profile of profiles) {
      const closed = NETWORKS[profile.network].legacy;
      if (closed !== undefined) handleProblems.push({ kind: 'legacy', at: owner, message: `${NETWORKS[profile.network].label} ${profile.handle}: ${closed}` });
    }
  };

  legacy(manifest.organization.profiles, 'organization');
  manifest.departments.forEach((d) => legacy(d.profiles, `department ${d.id}`));
  const reachableDepartments = new Set<string>(manifest.departments.filter((d) => d.email !== undefined || d.profiles.length > 0).map((d) => d.id));
  for (const person of manifest.people) {
    const target = person.department === undefined ? row(null, '(no department)') : (rows.get(person.department) as Row);
    target.people++;
    if (person.champion) target.champions.push({ id: person.id, name: person.name });
    if (person.department !== undefined && reachable(person)) reachableDepartments.add(person.department);
    if (person.profiles.length === 0) {
      withoutProfile.push({ id: person.id, name: person.name });
      continue;
    }
    withProfile++;
    target.withProfile++;
    // A person with two GitHub accounts counts once for GitHub.
    const seen = new Set<NetworkId>();
    for (const profile of person.profiles) {
      if (seen.has(profile.network)) continue;
      seen.add(profile.network);
      target.networks[profile.network] = (target.networks[profile.network] ?? 0) + 1;
      totals[profile.network] = (totals[profile.network] ?? 0) + 1;
    }
    legacy(person.profiles, `${person.name} (${person.id})`);
  }
  for (const warning of warnings) {
    if (warning.path.includes('profiles')) handleProblems.unshift({ kind: 'invalid', at: warning.at, message: warning.message });
  }
  handleProblems.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'invalid' ? -1 : 1));

  const byId = new Map(manifest.people.map((p) => [p.id, p]));
  const ownersOf = new Map<string, Person[]>();
  for (const person of manifest.people) {
    for (const topic of person.topics) {
      const owners = ownersOf.get(topic) ?? [];
      owners.push(person);
      ownersOf.set(topic, owners);
    }
  }
  const unownedTopics: UnownedTopic[] = [];
  for (const topic of manifest.topics) {
    const people = [...topic.people.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined), ...(ownersOf.get(topic.id) ?? [])];
    if (people.some(reachable) || topic.departments.some((id) => reachableDepartments.has(id))) continue;
    const owned = people.length > 0 || topic.departments.length > 0;
    unownedTopics.push({
      id: topic.id,
      label: topic.label,
      reason: owned ? 'its owners have no email and no profile' : 'no person or department owns it',
    });
  }

  const departments = [...rows.values()].filter((r) => r.people > 0 || r.id !== null).sort((a, b) => {
    if ((a.id === null) !== (b.id === null)) return a.id === null ? 1 : -1;
    return b.people - a.people || a.name.localeCompare(b.name);
  });
  return {
    organization: manifest.organization.name,
    people: manifest.people.length,
    withProfile,
    networks: (Object.entries(totals) as [NetworkId, number][])
      .sort((a, b) => b[1] - a[1])
      .map(([id, people]) => ({ id, label: NETWORKS[id].label, people })),
    departments,
    teams: teamParticipation(manifest),
    withoutProfile,
    unownedTopics,
    handleProblems,
    warnings: warnings.length,
  };
}

/**
 * Participation by team: each person counts for their own organization and for every manager
 * above them (a walk up the chain per person: depth is small, so this stays linear in practice).
 */
function teamParticipation(manifest: Manifest): TeamParticipation[] {
  const directory = createDirectory(manifest);
  interface Team {
    id: string;
    name: string;
    title?: string;
    reports: number;
    people: number;
    withProfile: number;
    networks: Partial<Record<NetworkId, number>>;
  }
  const teams = new Map<string, Team>();
  for (const person of directory.people) {
    const reports = directory.reportCount(person.id);
    if (reports === 0) continue;
    const team: Team = { id: person.id, name: person.name, reports, people: 0, withProfile: 0, networks: {} };
    if (person.title !== undefined) team.title = person.title;
    teams.set(person.id, team);
  }
  if (teams.size === 0) return [];
  for (const person of directory.people) {
    const networks = new Set(person.profiles.map((p) => p.network));
    for (const member of [person, ...directory.chain(person.id)]) {
      const team = teams.get(member.id);
      if (team === undefined) continue;
      team.people++;
      if (networks.size > 0) team.withProfile++;
      for (const network of networks) team.networks[network] = (team.networks[network] ?? 0) + 1;
    }
  }
  return [...teams.values()].sort((a, b) => b.people - a.people || a.name.localeCompare(b.name));
}

const TABLE_NETWORKS = 8;
const LIST_LIMIT = 20;

/** The report as text for a terminal. */
export function renderReportText(report: ParticipationReport): string {
  const out: string[] = [];
  out.push(`${report.organization}: ${report.people} people, ${report.withProfile} (${percent(report.withProfile, report.people)}) with at least one profile`);
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
  body.push(['all', String(report.people), cell(report.withProfile, report.people), ...networks.map((n) => cell(n.people, report.people))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ').trimEnd();
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
      (t) => `${t.name}${t.title === undefined ? '' : `, ${t.title}`} (${t.people} people): ${cell(t.withProfile, t.people)} with a profile; ` +
        networks.filter((n) => (t.networks[n.id] ?? 0) > 0).map((n) => `${n.label} ${cell(t.networks[n.id] ?? 0, t.people)}`).join(', '),
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
  list('People with no profile', report.withoutProfile.map((p) => `${p.name} (${p.id})`));
  list('Topics no reachable person or department owns', report.unownedTopics.map((t) => `${t.label} (${t.id}): ${t.reason}`));
  list('Handles to fix', report.handleProblems.map((h) => `${h.at}: ${h.message} [${h.kind}]`));
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
  if (source === undefined || extra.length > 0) throw new CliError('report takes one manifest: social-directory report <manifest.json> [--json | --html report.html]');
  if (values.json && values.html !== undefined) throw new CliError('choose one of --json and --html.');
  let loaded: Awaited<ReturnType<typeof loadManifestSource>>;
  try {
    loaded = await loadManifestSource(source);
  } catch (error) {
    if (error instanceof ManifestError) throw new CliError(`${error.message} Run "social-directory validate ${source}" to see every problem.`, 1);
    throw error;
  }
  const report = buildReport(loaded.manifest, loaded.warnings);
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (values.html !== undefined) {
    writeOutputFile(values.html, renderReportHtml(report, new Date()), [source], values.force === true);
    io.out(`Wrote ${values.html} (${report.people} people, ${report.departments.length} departments).\n`);
  } else io.out(renderReportText(report));
  return 0;
}
