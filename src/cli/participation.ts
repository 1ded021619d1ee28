/**
 * The participation report of `social-directory report`: what it knows about a manifest, shared
 * by its text, JSON and HTML forms.
 * @module
 */
import { NETWORKS, type Manifest, type NetworkId, type Person, type Profile } from '../core/index.js';
import { createWordFolder, nameOrder, reportingLinesOf } from '../core/internal.js';
import { topicOwners, type TopicOwners } from '../core/topic-owners.js';

/** `part` of `whole` as a whole percentage ("0%" for an empty department). */
export const percent = (part: number, whole: number): string =>
  `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;

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
  /**
   * Where it is: the path in the document for invalid ones, the owner (`Ellen Park (ellen-park)`, `department
   * support`) for legacy ones.
   */
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

// No manager, in the Int32Array of managers.
const NONE = -1;

const reachable = (person: Person) => person.profiles.length > 0 || person.email !== undefined;

/** Builds the report from a validated manifest and its warnings. */
export function buildReport(
  manifest: Manifest,
  warnings: readonly { path: readonly (string | number)[]; at: string; message: string }[],
): ParticipationReport {
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
    if (found === undefined)
      rows.set(id, (found = { id, name, people: 0, withProfile: 0, networks: {}, champions: [] }));
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
      if (closed !== undefined)
        handleProblems.push({
          kind: 'legacy',
          at: owner,
          message: `${NETWORKS[profile.network].label} ${profile.handle}: ${closed}`,
        });
    }
  };

  legacy(manifest.organization.profiles, 'organization');
  manifest.departments.forEach((d) => legacy(d.profiles, `department ${d.id}`));
  const reachableDepartments = new Set<string>(
    manifest.departments.filter((d) => d.email !== undefined || d.profiles.length > 0).map((d) => d.id),
  );
  for (const person of manifest.people) {
    const target =
      person.department === undefined ? row(null, '(no department)') : (rows.get(person.department) as Row);
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
    if (warning.path.includes('profiles'))
      handleProblems.unshift({ kind: 'invalid', at: warning.at, message: warning.message });
  }
  handleProblems.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'invalid' ? -1 : 1));

  const owners = topicOwners(manifest);
  const unownedTopics: UnownedTopic[] = [];
  for (const topic of manifest.topics) {
    const { people, departments } = owners.get(topic.id) as TopicOwners;
    if (people.some(reachable) || departments.some((d) => reachableDepartments.has(d.id))) continue;
    const owned = people.length > 0 || departments.length > 0;
    unownedTopics.push({
      id: topic.id,
      label: topic.label,
      reason: owned ? 'its owners have no email and no profile' : 'no person or department owns it',
    });
  }

  const departments = [...rows.values()]
    .filter((r) => r.people > 0 || r.id !== null)
    .sort((a, b) => {
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
 *
 * People are visited in the Directory's name order, which decides the order of equal teams and
 * of each team's networks, but without building a Directory: its search index and lookups were
 * a third of a report on 100,000 people, and this needs only who manages whom.
 */
function teamParticipation(manifest: Manifest): TeamParticipation[] {
  const all = manifest.people;
  const fold = createWordFolder();
  const order = nameOrder(
    all,
    all.map((person) => fold(person.name)),
  );
  const people = order.map((i) => all[i] as Person);
  const n = people.length;
  // The Directory's reporting lines, by place: who manages whom, without its search index.
  const lines = reportingLinesOf(all, order);
  interface Team {
    id: string;
    name: string;
    title?: string;
    reports: number;
    people: number;
    withProfile: number;
    networks: Partial<Record<NetworkId, number>>;
  }
  const teams: Team[] = [];
  const teamAt = new Int32Array(n).fill(NONE);
  for (let i = 0; i < n; i++) {
    const reports = lines.reportCountAt(i);
    if (reports === 0) continue;
    const person = people[i] as Person;
    const team: Team = {
      id: person.id,
      name: person.name,
      reports,
      people: 0,
      withProfile: 0,
      networks: {},
    };
    if (person.title !== undefined) team.title = person.title;
    teamAt[i] = teams.length;
    teams.push(team);
  }
  if (teams.length === 0) return [];
  // Counts per team and network in one array, and each team's networks in the order they were
  // first counted (the order of its `networks` keys): a million updates of small objects' keys
  // were most of this function's time.
  const networkIds = Object.keys(NETWORKS) as NetworkId[];
  const networkIndex = new Map(networkIds.map((id, k) => [id, k]));
  const counts = new Int32Array(teams.length * networkIds.length);
  const firstCounted: number[][] = teams.map(() => []);
  const networks: number[] = [];
  for (let i = 0; i < n; i++) {
    // The person's networks, each once, in the order of their profiles.
    networks.length = 0;
    for (const profile of (people[i] as Person).profiles) {
      const k = networkIndex.get(profile.network) as number;
      if (!networks.includes(k)) networks.push(k);
    }
    // The person, then their chain of managers; bounded by the number of people, as the Directory's.
    for (let m = i, steps = 0; m !== NONE && steps <= n; m = lines.managerAt(m), steps++) {
      const t = teamAt[m]!;
      if (t === NONE) continue;
      const team = teams[t] as Team;
      team.people++;
      if (networks.length > 0) team.withProfile++;
      for (const k of networks) {
        if (counts[t * networkIds.length + k]!++ === 0) (firstCounted[t] as number[]).push(k);
      }
    }
  }
  teams.forEach((team, t) => {
    for (const k of firstCounted[t] as number[])
      team.networks[networkIds[k] as NetworkId] = counts[t * networkIds.length + k] as number;
  });
  return teams.sort((a, b) => b.people - a.people || a.name.localeCompare(b.name));
}
