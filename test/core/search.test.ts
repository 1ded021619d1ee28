import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  createDirectory,
  foldText,
  validateManifest,
  type Directory,
  type Person,
  type SearchQuery,
} from '../../src/core/index.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import { textScan } from '../../src/core/search.js';
import { northwind } from '../fixtures/manifests.js';

const directory = (): Directory => createDirectory(validateManifest(northwind()).manifest, { locale: 'en' });
const names = (d: Directory, query: Parameters<Directory['search']>[0]) => d.search(query).people.map((p) => p.name);

describe('Directory', () => {
  it('sorts people by name with the locale collator', () => {
    expect(directory().people.map((p) => p.name)).to.deep.equal([
      'Al Smith',
      'Ellen Park',
      'María de los Ángeles Fernández-Ruiz',
      "Siobhán O'Connor",
      'Trent Walker',
      'Zoë Lambert',
    ]);
  });

  it('looks people up by id and department', () => {
    const d = directory();
    expect(d.person('zoe-lambert')?.name).to.equal('Zoë Lambert');
    expect(d.person('nobody')).to.equal(undefined);
    expect(d.peopleIn('editorial').map((p) => p.id)).to.deep.equal(['siobhan-oconnor', 'zoe-lambert']);
    expect(d.peopleIn('hr')).to.deep.equal([]);
    expect(d.department('support')?.name).to.equal('Customer Support');
    expect(d.topic('press')?.label).to.equal('Press inquiries');
  });
});

describe('Directory.identify', () => {
  it('finds a person by part of their email address first, then by name', () => {
    const d = directory();
    expect(d.identify('trent@').map((p) => p.id)).to.deep.equal(['trent-walker']);
    expect(d.identify('  ELLEN@northwind.example ').map((p) => p.id)).to.deep.equal(['ellen-park']);
    expect(d.identify('zoe').map((p) => p.id)).to.deep.equal(['zoe-lambert']);
  });

  it('lists each person once, at most `limit`, and nobody for blank text', () => {
    const d = directory();
    const editors = d.identify('editor');
    expect(editors.map((p) => p.id)).to.have.members(['zoe-lambert', 'siobhan-oconnor']);
    expect(d.identify('editor', 1)).to.have.length(1);
    expect(d.identify('   ')).to.deep.equal([]);
    expect(d.identify('e', 0)).to.deep.equal([]);
  });
});

describe('search', () => {
  it('returns everyone in name order for an empty query', () => {
    const d = directory();
    expect(names(d, {})).to.deep.equal(d.people.map((p) => p.name));
  });

  it('matches without accents or case: "zoe" finds Zoë, "SIOBHAN" finds Siobhán', () => {
    const d = directory();
    expect(names(d, { text: 'zoe' })).to.deep.equal(['Zoë Lambert']);
    expect(names(d, { text: 'SIOBHAN' })).to.deep.equal(["Siobhán O'Connor"]);
    expect(names(d, { text: 'ángeles' })).to.deep.equal(['María de los Ángeles Fernández-Ruiz']);
  });

  it('requires every term to match', () => {
    expect(names(directory(), { text: 'editor lisbon' })).to.deep.equal(["Siobhán O'Connor"]);
  });

  it('searches titles, departments, locations, topics, "ask me about" and handles', () => {
    const d = directory();
    expect(names(d, { text: 'customer support' })).to.deep.equal(['Al Smith', 'Trent Walker']);
    expect(names(d, { text: 'manuscripts' })).to.deep.equal(['Zoë Lambert']);
    expect(names(d, { text: 'press inquiries' })).to.deep.equal(['Ellen Park']);
    expect(names(d, { text: 'siobhan-oc' })).to.deep.equal(["Siobhán O'Connor"]);
    expect(names(d, { text: 'trentw' })).to.deep.equal(['Trent Walker']);
  });

  it('ranks a name prefix first, then the rest by name', () => {
    expect(names(directory(), { text: 'al' })).to.deep.equal([
      'Al Smith', // the name starts with "al"
      'Ellen Park', // the rest only contain "al" ("social", "analyst", "editorial", "walker")
      'María de los Ángeles Fernández-Ruiz',
      "Siobhán O'Connor",
      'Trent Walker',
      'Zoë Lambert',
    ]);
  });

  it('ranks a word of the name starting with the query above a substring', () => {
    // "Ángeles" starts with "an"; "Siobhán" and "manuscripts" merely contain it.
    expect(names(directory(), { text: 'an' })).to.deep.equal([
      'María de los Ángeles Fernández-Ruiz',
      "Siobhán O'Connor",
      'Zoë Lambert',
    ]);
  });

  it('ranks a word prefix in another field (a title) above a substring', () => {
    // Siobhán and Zoë are editors; Ellen and Trent only contain "ed" (in "media").
    expect(names(directory(), { text: 'ed' })).to.deep.equal([
      "Siobhán O'Connor",
      'Zoë Lambert',
      'Ellen Park',
      'Trent Walker',
    ]);
  });

  it('treats a full name typed in order as a name prefix', () => {
    expect(names(directory(), { text: 'maria de los' })).to.deep.equal(['María de los Ángeles Fernández-Ruiz']);
  });

  it('finds nothing when one term matches no one', () => {
    expect(names(directory(), { text: 'ellen xylophone' })).to.deep.equal([]);
  });

  it('gives the same answers while typing as when asked from scratch', () => {
    const typed = directory();
    const sequence = ['s', 'si', 'sio', 'siob', 'siob l', 'siob li', 'si', 'e', 'ed', 'edi', 'editor', 'editor l', ''];
    for (const text of sequence) {
      expect(names(typed, { text }), text).to.deep.equal(names(directory(), { text }));
    }
  });

  it('filters by department, network, topic, location and champion', () => {
    const d = directory();
    expect(names(d, { department: 'editorial' })).to.deep.equal(["Siobhán O'Connor", 'Zoë Lambert']);
    expect(names(d, { network: 'x' })).to.deep.equal(['María de los Ángeles Fernández-Ruiz', 'Trent Walker']);
    expect(names(d, { topic: 'social-training' })).to.deep.equal(['Ellen Park', 'Trent Walker']);
    expect(names(d, { location: 'Lisbon' })).to.deep.equal(['María de los Ángeles Fernández-Ruiz', "Siobhán O'Connor"]);
    expect(names(d, { champion: true })).to.deep.equal(['Ellen Park', 'Trent Walker']);
    expect(names(d, { location: 'Boston', network: 'x' })).to.deep.equal(['Trent Walker']);
    expect(names(d, { department: ['marketing', 'support'], text: 'smith' })).to.deep.equal(['Al Smith']);
  });

  it('counts facets over the text matches, each dimension ignoring its own filter', () => {
    const d = directory();
    const { facets } = d.search({ department: 'editorial' });
    // The department counts ignore the department filter: the other departments stay choosable.
    expect(facets.department).to.deep.equal({ marketing: 2, editorial: 2, support: 2 });
    // Other dimensions count only editorial people.
    expect(facets.location).to.deep.equal({ London: 1, Lisbon: 1 });
    expect(facets.network).to.deep.equal({ bluesky: 1, github: 1 });
    expect(facets.champion).to.equal(0);
  });

  it('counts facets for a text query', () => {
    const { facets, people } = directory().search({ text: 'boston' });
    expect(people.map((p) => p.id)).to.deep.equal(['ellen-park', 'trent-walker']);
    expect(facets.department).to.deep.equal({ marketing: 1, support: 1 });
    expect(facets.champion).to.equal(2);
    expect(facets.topic).to.deep.equal({ press: 1, 'social-training': 2 });
  });
});

describe('typing narrows the previous matches', () => {
  const big = createDirectory(validateManifest(generateManifest(20_000)).manifest, { locale: 'en' });
  // Each keystroke after the first tests only the people the previous one matched.
  const typeMaria = (between: () => void): { visited: number; expected: number } => {
    big.search({ text: 'zzz' });
    textScan.visited = 0;
    let expected = big.people.length;
    for (let end = 1; end <= 'maria'.length; end++) {
      const { people } = big.search({ text: 'maria'.slice(0, end) });
      if (end < 'maria'.length) expected += people.length;
      between();
    }
    return { visited: textScan.visited, expected };
  };

  it('visits only the previous hits on each keystroke', () => {
    const { visited, expected } = typeMaria(() => {});
    expect(visited).to.equal(expected);
  });

  it('keeps narrowing when the facets over everyone are read between keystrokes, as the directory element does', () => {
    const { visited, expected } = typeMaria(() => big.facets);
    expect(visited).to.equal(expected);
  });

  it('keeps narrowing across a search without text between keystrokes', () => {
    const { visited, expected } = typeMaria(() => big.search({ department: big.departments[0]!.id }));
    expect(visited).to.equal(expected);
  });
});

describe('search against a plain reference implementation', () => {
  // Every person whose folded text contains every term, found the slow obvious way.
  const manifest = validateManifest(generateManifest(400)).manifest;
  const big = createDirectory(manifest, { locale: 'en' });
  const departments = new Map(manifest.departments.map((d) => [d.id, d.name]));
  const topics = new Map(manifest.topics.map((t) => [t.id, t.label]));
  const texts = new Map(
    manifest.people.map((p) => [
      p.id,
      ` ${foldText([p.name, p.title, p.department && departments.get(p.department), p.location, ...p.askMeAbout, ...p.topics.map((t) => topics.get(t)), ...p.profiles.map((x) => x.handle)].filter(Boolean).join(' '))}`,
    ]),
  );
  const reference = (query: string) => {
    const terms = foldText(query).split(' ').filter(Boolean);
    return manifest.people
      .filter((p) => terms.every((t) => texts.get(p.id)!.includes(t)))
      .map((p) => p.id)
      .sort();
  };

  it('finds exactly the people whose text contains every term, typed or asked at once (property)', () => {
    const letters = fc.constantFrom(...'aeilnorstmcdhuzbk ');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        (queries) => {
          for (const query of queries) {
            // Typing it key by key exercises the narrowing from the previous hits, with a search
            // without text between keystrokes as the directory's facets make.
            for (let end = 1; end <= query.length; end++) {
              big.search({ text: query.slice(0, end) });
              if (end % 2 === 0) big.search({});
            }
            const found = big
              .search({ text: query })
              .people.map((p) => p.id)
              .sort();
            if (JSON.stringify(found) !== JSON.stringify(reference(query))) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('filters and facets against a plain reference implementation', () => {
  const manifest = validateManifest(generateManifest(400)).manifest;
  const big = createDirectory(manifest, { locale: 'en' });
  type Dimension = 'department' | 'network' | 'topic' | 'location';
  const dimensions: Dimension[] = ['department', 'network', 'topic', 'location'];
  const valuesOf = (p: Person, dimension: Dimension): string[] =>
    dimension === 'department'
      ? p.department
        ? [p.department]
        : []
      : dimension === 'location'
        ? p.location
          ? [p.location]
          : []
        : dimension === 'topic'
          ? [...new Set(p.topics)]
          : [...new Set(p.profiles.map((x) => x.network))];
  const choices = (dimension: Dimension) => [
    ...new Set(big.people.flatMap((p) => valuesOf(p, dimension))),
    'nobody-has-this',
  ];
  const filter = (dimension: Dimension) =>
    fc.option(
      fc.oneof(
        fc.constantFrom(...choices(dimension)),
        fc.uniqueArray(fc.constantFrom(...choices(dimension)), { maxLength: 3 }),
      ),
      { nil: undefined },
    );
  const query = fc.record({
    text: fc.constantFrom('', 'ma', 'an', 'lisbon', 'e'),
    department: filter('department'),
    network: filter('network'),
    topic: filter('topic'),
    location: filter('location'),
    champion: fc.boolean(),
  });

  type Query = { text: string; champion: boolean } & Partial<Record<Dimension, string | string[]>>;
  const agreesWithReference = (q: Query) => {
    const found = new Set(big.search({ text: q.text }).people);
    const accepts = (p: Person, dimension: Dimension) => {
      const wanted = q[dimension];
      if (wanted === undefined || (Array.isArray(wanted) && wanted.length === 0)) return true;
      const list: readonly string[] = typeof wanted === 'string' ? [wanted] : wanted;
      return valuesOf(p, dimension).some((v) => list.includes(v));
    };
    // A person counts towards a dimension when every other filter keeps them.
    const passesAllBut = (p: Person, skip: Dimension | 'champion') =>
      found.has(p) &&
      dimensions.every((d) => d === skip || accepts(p, d)) &&
      (skip === 'champion' || !q.champion || p.champion === true);
    const expected = big.people.filter((p) => passesAllBut(p, 'champion') && (!q.champion || p.champion === true));
    const result = big.search(q as SearchQuery);
    const ids = (list: readonly Person[]) => list.map((p) => p.id);
    // Without text everyone ties, so the order is the directory's (by name).
    expect(q.text === '' ? ids(result.people) : ids(result.people).sort()).to.deep.equal(
      q.text === '' ? ids(expected) : ids(expected).sort(),
    );
    for (const d of dimensions) {
      const counts: Record<string, number> = {};
      for (const p of big.people)
        if (passesAllBut(p, d)) for (const v of valuesOf(p, d)) counts[v] = (counts[v] ?? 0) + 1;
      expect(result.facets[d], d).to.deep.equal(counts);
    }
    expect(result.facets.champion).to.equal(
      big.people.filter((p) => passesAllBut(p, 'champion') && p.champion === true).length,
    );
  };

  it('keeps and counts exactly what filtering everyone the obvious way does, with or without text (property)', () => {
    fc.assert(fc.property(query, agreesWithReference), { numRuns: 400 });
  });

  it('answers every filter naming one value, alone or with one other, with or without champions, as the obvious way does', () => {
    // Without text, one or two such filters are answered from pair counts, and with champions
    // from the champions' list: check every value.
    const one = dimensions.flatMap((d) =>
      choices(d).map((value) => ({ [d]: value }) as Partial<Record<Dimension, string>>),
    );
    for (const filter of one) {
      agreesWithReference({ text: '', champion: false, ...filter });
      agreesWithReference({ text: '', champion: true, ...filter });
    }
    for (const [i, a] of one.entries()) {
      for (const b of one.slice(i + 1)) {
        if (Object.keys(a)[0] === Object.keys(b)[0]) continue;
        agreesWithReference({ text: '', champion: false, ...a, ...b });
        agreesWithReference({ text: '', champion: true, ...a, ...b });
      }
    }
    agreesWithReference({ text: '', champion: true });
  });

  it('answers an unfiltered search once', () => {
    expect(big.search({})).to.equal(big.search({ text: ' ' }));
  });
});

describe('finding a person by id or email', () => {
  it('finds by id, then by email in any case', () => {
    const d = directory();
    expect(d.find('zoe-lambert')?.name).to.equal('Zoë Lambert');
    expect(d.find(' Ellen@Northwind.example ')?.id).to.equal('ellen-park');
    expect(d.find('nobody@northwind.example')).to.equal(undefined);
  });

  it('lists people whose address starts with what was typed', () => {
    const d = directory();
    expect(d.withEmailStarting('TRENT@').map((p) => p.id)).to.deep.equal(['trent-walker']);
    expect(d.withEmailStarting('')).to.deep.equal([]);
  });
});
