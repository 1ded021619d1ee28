/**
 * Structured data (schema.org JSON-LD) for careers pages: the organization, and on public pages
 * the people who agreed to appear there, so search engines and link previews read who works
 * here. Built from the public audience only (`forAudience`), whatever the caller passes.
 * @module
 */
import type {
  ItemList as SchemaItemList,
  ListItem as SchemaListItem,
  Organization as SchemaOrganization,
  Person as SchemaPerson,
  ProfilePage as SchemaProfilePage,
} from 'schema-dts';
import { forAudience } from './manifest/audience.js';
import type { Audience, Manifest, Person } from './manifest/schema.js';
import { personUrl } from './person-link.js';
import { safeUrl } from './safe.js';

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /**
   * The audience of the page the data goes on. People are described only on `public` pages;
   * an intranet page (`internal`) gets the organization alone. Either way only what the public
   * audience may see is used: structured data is read by anyone who fetches the page.
   */
  readonly audience: Audience;
  /** The page's absolute address: people's links are `pageUrl?person=<id>`, and it names the page. */
  readonly pageUrl?: string;
  /**
   * The id of the person the page is about: the data is then their `ProfilePage`. Ignored
   * (the page is described as the directory) unless that person is public.
   */
  readonly person?: string;
}

/** A JSON-LD document: schema.org nodes in one `@graph`, each a plain JSON object. */
export interface JsonLdDocument {
  /** Always `https://schema.org`. */
  readonly '@context': 'https://schema.org';
  /** The organization first, then the list of people or the person's profile page. */
  readonly '@graph': readonly Readonly<Record<string, unknown>>[];
}

// Only web addresses: a mailto: or tel: link is not a profile or an image.
const webUrl = (value: string | undefined): string | undefined => {
  const url = safeUrl(value);
  return url?.startsWith('http') ? url : undefined;
};

// A node without its empty fields: schema.org readers treat "" and [] as values.
function compact<T extends object>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

/**
 * schema.org structured data for a directory page: an `Organization` (name, url, logo, email,
 * `sameAs` = its official accounts), and on a public page every public person as a `Person`
 * (name, jobTitle, worksFor, image, url, `sameAs` = their profiles, `knowsAbout` = "ask me
 * about") in an `ItemList`, or one person's `ProfilePage` when `person` names them.
 *
 * The manifest is passed through `forAudience(manifest, 'public')` first, so internal people,
 * contact details and internal topics never appear, even when the caller holds the full
 * manifest. Every URL passes `safeUrl`. Write it into a page with {@link serializeJsonLd}.
 *
 * @example
 * const data = toJsonLd(manifest, { audience: 'public', pageUrl: 'https://northwind.example/careers' });
 * script.textContent = serializeJsonLd(data);
 */
export function toJsonLd(manifest: Manifest, options: JsonLdOptions): JsonLdDocument {
  const visible = forAudience(manifest, 'public');
  const { organization } = visible;
  const pageUrl = webUrl(options.pageUrl);
  const website = webUrl(organization.website);
  const organizationId = `${website ?? pageUrl ?? ''}#organization`;
  const organizationNode = compact({
    '@type': 'Organization',
    '@id': organizationId,
    name: organization.name,
    url: website,
    logo: webUrl(organization.logo),
    email: organization.email,
    sameAs: organization.profiles.flatMap((profile) => webUrl(profile.url) ?? []),
  } satisfies SchemaOrganization);
  const graph: Readonly<Record<string, unknown>>[] = [organizationNode];
  if (options.audience !== 'public') return { '@context': 'https://schema.org', '@graph': graph };

  const departments = new Map(visible.departments.map((department) => [department.id, department.name]));
  const personNode = (person: Person) =>
    compact({
      '@type': 'Person',
      '@id': pageUrl === undefined ? undefined : `${personUrl(pageUrl, person.id)}#person`,
      name: person.name,
      jobTitle: person.title,
      worksFor: compact({
        '@type': 'Organization',
        '@id': organizationId,
        name: organization.name,
        department:
          person.department === undefined || !departments.has(person.department)
            ? undefined
            : { '@type': 'Organization', name: departments.get(person.department)! },
      } satisfies SchemaOrganization),
      image: webUrl(person.photo),
      url: pageUrl === undefined ? undefined : personUrl(pageUrl, person.id),
      sameAs: person.profiles.flatMap((profile) => webUrl(profile.url) ?? []),
      knowsAbout: [...person.askMeAbout],
    } satisfies SchemaPerson);

  const subject = options.person === undefined ? undefined : visible.people.find((p) => p.id === options.person);
  if (subject !== undefined) {
    graph.push(
      compact({
        '@type': 'ProfilePage',
        url: pageUrl === undefined ? undefined : personUrl(pageUrl, subject.id),
        name: subject.name,
        mainEntity: personNode(subject),
      } satisfies SchemaProfilePage),
    );
  } else {
    graph.push(
      compact({
        '@type': 'ItemList',
        name: organization.name,
        url: pageUrl,
        numberOfItems: visible.people.length,
        itemListElement: visible.people.map(
          (person, index) =>
            ({ '@type': 'ListItem', position: index + 1, item: personNode(person) }) satisfies SchemaListItem,
        ),
      } satisfies SchemaItemList),
    );
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON-LD as text for the content of a `<script type="application/ld+json">`: `<`, `>` and `&`
 * are written as JSON escapes, so no value can close the script (`</script>`) or open a
 * comment (`<!--`) in the HTML parser, and U+2028 / U+2029 too, for readers that treat the
 * text as JavaScript. The JSON is unchanged for any JSON parser.
 *
 * @example
 * serializeJsonLd({ name: 'A </script> B' }) // '{"name":"A \\u003c/script\\u003e B"}'
 */
export function serializeJsonLd(data: JsonLdDocument | Readonly<Record<string, unknown>>): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c] ?? c);
}
