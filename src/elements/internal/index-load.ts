/**
 * Reading a static index (`index` on an element, issue 18) for the contact finder and the
 * signature builder: the reading, the load and error events, and Retry. Imported by an element
 * only once it names an index, so pages without one carry none of this, nor the index's reader.
 * @module
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { Audience, Department, Directory, Person } from '../../core/index.js';
import { directoryFor } from '../../core/internal.js';
import { forAudience } from '../../core/manifest/audience.js';
import type { Manifest } from '../../core/manifest/schema.js';
import type { DirectorySource } from '../../core/source.js';
import { findContacts, type ContactAnswer, type ContactQuery } from '../../core/contact.js';
import { indexRouting, type IndexRouting } from '../../core/index-routing.js';
import { indexManifest, staticIndexContacts, staticIndexSource } from '../../core/static-index-source.js';
import { emit, type SocialLoadDetail } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What one element reads from the static index its `index` names, and that reading's state. */
export class IndexLoad<T> {
  #reloads = 0;
  readonly #task: Task<readonly [string | undefined, number], T>;
  readonly #host: Host;

  /**
   * @param index - The element's `index` (nothing is read while it is empty).
   * @param read - What the element reads.
   * @param loaded - The `social-load` event's detail for what was read.
   */
  constructor(
    host: Host,
    index: () => string | undefined,
    read: (index: string, signal: AbortSignal) => Promise<T>,
    loaded: (value: T) => SocialLoadDetail,
  ) {
    this.#host = host;
    this.#task = new Task(host, {
      task: async ([url], { signal }) => {
        if (!url) return initialState;
        try {
          const value = await read(url, signal);
          emit(host, 'social-load', loaded(value));
          return value;
        } catch (error) {
          if (!signal.aborted) emit(host, 'social-error', { error });
          throw error;
        }
      },
      args: () => [index(), this.#reloads] as const,
    });
  }

  /** What was read, once read (never a previous index's while the next one loads). */
  get value(): T | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /** Why reading failed, while it has. */
  get failure(): { readonly error: unknown } | undefined {
    return this.#task.status === TaskStatus.ERROR ? { error: this.#task.error } : undefined;
  }

  /** Reads the index again (the Retry button). */
  reload(): void {
    this.#reloads++;
    this.#host.requestUpdate();
  }
}

/**
 * The contact finder's reading: the head at once (the topics as chips), then per question the
 * owners of the topics its answer lists (`indexRouting`), so routing and every card run as from
 * the manifest, with its answers, without fetching every topic owner up front.
 */
export class ContactsLoad extends IndexLoad<IndexRouting> {
  #asked: ContactQuery | undefined;
  #answered: { readonly routed: Routed; readonly answer: ContactAnswer } | undefined;
  #reloads = 0;
  readonly #owners: Task<readonly [IndexRouting | undefined, ContactQuery | undefined, number], Routed>;

  constructor(host: Host, index: () => string | undefined, audience: () => Audience, lang: () => string | undefined) {
    super(
      host,
      index,
      async (url, signal) => indexRouting(await staticIndexContacts(url, { signal })),
      (routing) => ({ directory: routing.head(audience(), lang()), warnings: [] }),
    );
    this.#owners = new Task(host, {
      task: async ([routing, query], { signal }) => {
        if (routing === undefined || query === undefined) return initialState;
        try {
          return { query, directory: await routing.directory(query, lang()) };
        } catch (error) {
          if (!signal.aborted) emit(host, 'social-error', { error });
          throw error;
        }
      },
      args: () => [this.value, this.#asked, this.#reloads] as const,
    });
  }

  /** The head's directory for an audience, once read: the organization, departments and topics. */
  directory(audience: Audience, lang: string | undefined): Directory | undefined {
    return this.value?.head(audience, lang);
  }

  /**
   * The answer to `query`, once the owners of the topics it lists are read; `undefined` meanwhile
   * (asking starts reading them). The same answer while the query and its owners stay the same.
   */
  answer(query: ContactQuery): ContactAnswer | undefined {
    if (this.#asked === undefined || !sameQuery(this.#asked, query)) this.#asked = query;
    const routed = this.#owners.status === TaskStatus.COMPLETE ? this.#owners.value : undefined;
    if (routed === undefined || !sameQuery(routed.query, query)) return undefined;
    if (this.#answered?.routed !== routed) this.#answered = { routed, answer: findContacts(routed.directory, query) };
    return this.#answered.answer;
  }

  /** Why reading the head, the ask table or a topic's owners failed, while it has. */
  override get failure(): { readonly error: unknown } | undefined {
    return super.failure ?? (this.#owners.status === TaskStatus.ERROR ? { error: this.#owners.error } : undefined);
  }

  /** Reads the head and the question's owners again (the Retry button). */
  override reload(): void {
    this.#reloads++;
    super.reload();
  }
}

/** A question and the directory that answers it. */
interface Routed {
  readonly query: ContactQuery;
  readonly directory: Directory;
}

const sameQuery = (a: ContactQuery, b: ContactQuery): boolean =>
  a.question === b.question && a.topic === b.topic && a.audience === b.audience && a.limit === b.limit;

/** The people "find yourself" offers and where their departments' names come from. */
export interface FoundPeople {
  readonly people: readonly Person[];
  readonly departments: { department(id: string): Department | undefined };
  readonly busy: boolean;
  /** Names only: the index does not make emails searchable. */
  readonly namesOnly: true;
}

// As many people as `Directory.identify` offers.
const FOUND = 8;

/**
 * The signature builder's reading: the index's source (head and search), the people "find
 * yourself" finds through its search, and the chosen person's record as a manifest of the
 * organization with only them, on which the builder runs as on a manifest.
 */
export class SignatureLoad {
  readonly #source: IndexLoad<DirectorySource>;
  #personReloads = 0;
  readonly #person: Task<readonly [DirectorySource | undefined, string, number], Manifest>;
  readonly #found: Task<readonly [DirectorySource | undefined, string, Audience], readonly Person[]>;

  /**
   * @param wanted - The id of the person chosen or preselected (`''`: nobody yet).
   * @param query - The "find yourself" text.
   */
  constructor(
    host: Host,
    index: () => string | undefined,
    wanted: () => string,
    query: () => string,
    audience: () => Audience,
  ) {
    this.#source = new IndexLoad(
      host,
      index,
      (url, signal) => staticIndexSource(url, { signal }),
      (source) => ({ source, warnings: [] }),
    );
    this.#person = new Task(host, {
      task: async ([source, id]) => {
        if (source === undefined || id === '') return initialState;
        const page = await source.personPage(id);
        // Someone the index does not hold: a manifest without them, so the builder asks who you are.
        return indexManifest(source.head, page === undefined ? [] : [page.person]);
      },
      args: () => [this.#source.value, wanted(), this.#personReloads] as const,
    });
    this.#found = new Task(host, {
      task: async ([source, text, shownTo]) => {
        if (source === undefined || text === '') return [];
        const results = await source.search({ text });
        const end = Math.min(results.total, FOUND);
        await results.load(0, end);
        const people = Array.from({ length: end }, (_, at) => results.row(at)?.person).filter((p) => p !== undefined);
        // An internal index on a public page: the page filters again, as it does a manifest.
        return forAudience(indexManifest(source.head, people), shownTo).people;
      },
      args: () => [this.#source.value, query(), audience()] as const,
    });
  }

  /** Why reading the index or the chosen person's record failed, while it has. */
  get failure(): { readonly error: unknown } | undefined {
    return (
      this.#source.failure ?? (this.#person.status === TaskStatus.ERROR ? { error: this.#person.error } : undefined)
    );
  }

  /** Whether the head or the chosen person's record is still being read. */
  get loading(): boolean {
    return this.#source.value === undefined || this.#person.status === TaskStatus.PENDING;
  }

  /** Resolves once the chosen person's record is read. */
  get personRead(): Promise<unknown> {
    return this.#person.taskComplete;
  }

  /** The chosen person's directory (the organization with only them), once read. */
  directory(audience: Audience, lang: string | undefined): Directory | undefined {
    const manifest = this.#person.status === TaskStatus.COMPLETE ? this.#person.value : undefined;
    return manifest && directoryFor(manifest, audience, lang);
  }

  /** The people the "find yourself" text may be, from the index's search. */
  found(): FoundPeople {
    const departments = this.#source.value?.head.departments ?? [];
    return {
      people: this.#found.value ?? [],
      departments: { department: (id) => departments.find((d) => d.id === id) },
      busy: this.#found.status === TaskStatus.PENDING,
      namesOnly: true,
    };
  }

  /** Reads the index and the chosen person's record again (the Retry button). */
  reload(): void {
    this.#personReloads++;
    this.#source.reload();
  }
}
