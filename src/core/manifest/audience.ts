/**
 * What each audience may see. A public page (a careers page) must never receive internal
 * data: the CLI builds a public manifest with this function, and the elements apply it again.
 * @module
 */
import type { Audience, Department, Manifest, Person, PersonField } from './schema.js';

/**
 * The person fields shown on public pages when the organization does not list its own in
 * `organization.publicFields`. Contact details, location and time zone stay internal.
 */
export const DEFAULT_PUBLIC_FIELDS: readonly PersonField[] = [
  'pronouns',
  'title',
  'department',
  'photo',
  'profiles',
  'askMeAbout',
  'topics',
];

/**
 * Returns the part of a manifest an audience may see. `internal` sees everything. `public`
 * keeps only people with `visibility: "public"`, only the person fields the organization lists
 * as public (see {@link DEFAULT_PUBLIC_FIELDS}), only public topics (with their public owners),
 * only public departments, managers and department leads only when they are public too (so
 * counts of people under someone count only public people), and the organization's official
 * channels; its guidelines and signature settings stay internal.
 *
 * @example
 * const careersPage = forAudience(manifest, 'public');
 */
export function forAudience(manifest: Manifest, audience: Audience): Manifest {
  if (audience === 'internal') return manifest;
  const { organization } = manifest;
  const fields = new Set<keyof Person>(organization.publicFields ?? DEFAULT_PUBLIC_FIELDS);
  const people = manifest.people.filter((person) => person.visibility === 'public');
  const publicPeople = new Set(people.map((person) => person.id));
  const openTopics = manifest.topics.filter((topic) => topic.audience === 'public');
  // A department is public when it says so, or, when it says nothing, when a public person
  // shows as its member or a public topic names it as an owner: a team of internal people stays
  // unnamed. One pass over people and topics, not one per department.
  const members = fields.has('department') ? people.map((p) => p.department) : [];
  const named = new Set([...members, ...openTopics.flatMap((t) => t.departments)]);
  const departmentIds = new Set(
    manifest.departments
      .filter((d) => (d.visibility === undefined ? named.has(d.id) : d.visibility === 'public'))
      .map((d) => d.id),
  );
  const departments = manifest.departments
    .filter((d) => departmentIds.has(d.id))
    .map((d) => (d.parent === undefined || departmentIds.has(d.parent) ? d : withoutKey(d, 'parent')));
  const topics = openTopics.map((topic) => ({
    ...topic,
    people: topic.people.filter((id) => publicPeople.has(id)),
    departments: topic.departments.filter((id) => departmentIds.has(id)),
  }));
  const publicTopics = new Set(topics.map((topic) => topic.id));

  return {
    version: manifest.version,
    organization: {
      name: organization.name,
      profiles: organization.profiles,
      ...(organization.website === undefined ? {} : { website: organization.website }),
      ...(organization.logo === undefined ? {} : { logo: organization.logo }),
      ...(organization.email === undefined ? {} : { email: organization.email }),
    },
    departments: departments.map((department) => withPublicLead(department, publicPeople)),
    topics,
    people: people.map((person) => publicPerson(person, fields, publicTopics, publicPeople, departmentIds)),
  };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

// A link in the hierarchy is public only between two public people: an internal manager or
// lead is not mentioned at all, not even as "someone hidden".
function withPublicLead(department: Department, publicPeople: ReadonlySet<string>): Department {
  if (department.lead === undefined || publicPeople.has(department.lead)) return department;
  const { lead: _internal, ...rest } = department;
  return rest;
}

function publicPerson(
  person: Person,
  fields: ReadonlySet<keyof Person>,
  publicTopics: ReadonlySet<string>,
  publicPeople: ReadonlySet<string>,
  publicDepartments: ReadonlySet<string>,
): Person {
  // Start from what every person must have, then copy only allowed fields: a field added to
  // the schema later stays internal until someone decides otherwise.
  const out: Person = {
    id: person.id,
    name: person.name,
    visibility: 'public',
    profiles: [],
    topics: [],
    askMeAbout: [],
    languages: [],
    champion: false,
  };
  for (const field of fields) {
    if (person[field] !== undefined) (out as unknown as Record<string, unknown>)[field] = person[field];
  }
  if (person.manager !== undefined && publicPeople.has(person.manager)) out.manager = person.manager;
  out.topics = fields.has('topics') ? person.topics.filter((id) => publicTopics.has(id)) : [];
  // A department marked internal stays unnamed, even next to its public members.
  if (out.department !== undefined && !publicDepartments.has(out.department)) delete out.department;
  return out;
}
