import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  createDirectory,
  forAudience,
  ManifestError,
  validateManifest,
  type ManifestInput,
} from '../../src/core/index.js';

type PersonRow = {
  id: string;
  manager?: string;
  visibility?: 'public' | 'internal';
  department?: string;
  name?: string;
};
type DepartmentRow = { id: string; parent?: string; lead?: string };

function org(people: PersonRow[], departments: DepartmentRow[] = []): ManifestInput {
  return {
    version: 1,
    organization: { name: 'Northwind Press' },
    departments: departments.map((d) => ({ name: d.id.toUpperCase(), ...d })),
    people: people.map((p) => ({ name: p.id.replace(/-/g, ' '), ...p })),
  };
}

// CEO ana → directors ben, chloé → managers → staff, in three departments, one sub-department.
const northwind = (): ManifestInput =>
  org(
    [
      { id: 'ana', visibility: 'public', department: 'exec' },
      { id: 'ben', manager: 'ana', visibility: 'public', department: 'editorial' },
      { id: 'chloe', manager: 'ana', department: 'support' },
      { id: 'dev', manager: 'ben', visibility: 'public', department: 'editorial' },
      { id: 'eve', manager: 'ben', department: 'editorial' },
      { id: 'fay', manager: 'chloe', visibility: 'public', department: 'support' },
      { id: 'gus', manager: 'dev', visibility: 'public', department: 'audio' },
      { id: 'hana', manager: 'dev', department: 'audio' },
    ],
    [
      { id: 'exec', lead: 'ana' },
      { id: 'editorial', parent: 'exec', lead: 'ben' },
      { id: 'audio', parent: 'editorial', lead: 'dev' },
      { id: 'support', parent: 'exec', lead: 'chloe' },
    ],
  );

const ids = (people: readonly { id: string }[]) => people.map((p) => p.id);

describe('hierarchy rules', () => {
  it('keeps managers, parents and leads that resolve, without a warning', () => {
    const { manifest, warnings } = validateManifest(northwind());
    expect(warnings).to.deep.equal([]);
    expect(manifest.people.find((p) => p.id === 'gus')!.manager).to.equal('dev');
    expect(manifest.departments.find((d) => d.id === 'audio')).to.include({ parent: 'editorial', lead: 'dev' });
  });

  it('drops a manager nobody has as id, naming the place', () => {
    const { manifest, warnings } = validateManifest(org([{ id: 'ana' }, { id: 'ben', manager: 'zed' }]));
    expect(manifest.people[1]).not.to.have.property('manager');
    expect(warnings.map((w) => [w.at, w.message])).to.deep.equal([
      ['people[1].manager', 'no person has the id "zed" (reference left out)'],
    ]);
  });

  it('says so when the manager was left out as invalid', () => {
    const input = org([{ id: 'ana' }, { id: 'ben', manager: 'ana' }]);
    (input.people[0] as { email?: string }).email = 'not an address';
    const { warnings } = validateManifest(input);
    // The invalid email drops the field, not the person: the link stays.
    expect(warnings.map((w) => w.at)).to.deep.equal(['people[0].email']);
    const gone = org([{ id: 'ana' }, { id: 'ben', manager: 'ana' }]);
    (gone.people[0] as { name: string }).name = '';
    expect(validateManifest(gone).warnings.map((w) => w.message)).to.include(
      'the person "ana" was left out as invalid (reference left out)',
    );
  });

  it('drops a department lead nobody has as id', () => {
    const { manifest, warnings } = validateManifest(org([{ id: 'ana' }], [{ id: 'exec', lead: 'zed' }]));
    expect(manifest.departments[0]).not.to.have.property('lead');
    expect(warnings.map((w) => w.at)).to.deep.equal(['departments[0].lead']);
  });

  it('drops a person who is their own manager', () => {
    const { manifest, warnings } = validateManifest(
      org([
        { id: 'ana', manager: 'ana' },
        { id: 'ben', manager: 'ana' },
      ]),
    );
    expect(manifest.people[0]).not.to.have.property('manager');
    expect(manifest.people[1]!.manager).to.equal('ana');
    expect(warnings.map((w) => [w.at, w.message])).to.deep.equal([
      ['people[0].manager', 'a person cannot be their own manager (link left out)'],
    ]);
  });

  it('drops the link that closes a cycle of managers and names every member', () => {
    const { manifest, warnings } = validateManifest(
      org([
        { id: 'ana', manager: 'ben' },
        { id: 'ben', manager: 'cy' },
        { id: 'cy', manager: 'ana' },
        { id: 'dee', manager: 'ana' },
      ]),
    );
    expect(warnings.map((w) => [w.at, w.message])).to.deep.equal([
      ['people[2].manager', '"ana" → "ben" → "cy" → "ana" is a cycle of managers (link left out)'],
    ]);
    expect(manifest.people.map((p) => p.manager)).to.deep.equal(['ben', 'cy', undefined, 'ana']);
  });

  it('finds a cycle reached from outside it, and names only its members', () => {
    const { warnings } = validateManifest(
      org([
        { id: 'dee', manager: 'ana' },
        { id: 'ana', manager: 'ben' },
        { id: 'ben', manager: 'ana' },
      ]),
    );
    expect(warnings.map((w) => [w.at, w.message])).to.deep.equal([
      ['people[2].manager', '"ana" → "ben" → "ana" is a cycle of managers (link left out)'],
    ]);
  });

  it('points at the place in the document as written, after entries were left out', () => {
    const input = org([{ id: 'bad' }, { id: 'ana', manager: 'ben' }, { id: 'ben', manager: 'ana' }]);
    (input.people[0] as { name: string }).name = '';
    const { warnings } = validateManifest(input);
    expect(warnings.map((w) => w.at)).to.deep.equal(['people[0].name', 'people[2].manager']);
  });

  it('drops a department that is its own parent, and the parent link that closes a cycle', () => {
    const { manifest, warnings } = validateManifest(
      org(
        [{ id: 'ana' }],
        [
          { id: 'a', parent: 'b' },
          { id: 'b', parent: 'a' },
          { id: 'c', parent: 'c' },
        ],
      ),
    );
    expect(warnings.map((w) => [w.at, w.message])).to.deep.equal([
      ['departments[1].parent', '"a" → "b" → "a" is a cycle of parent departments (link left out)'],
      ['departments[2].parent', 'a department cannot be its own parent (link left out)'],
    ]);
    expect(manifest.departments.map((d) => d.parent)).to.deep.equal(['b', undefined, undefined]);
  });

  it('makes every hierarchy problem an error when strict', () => {
    for (const input of [
      org([{ id: 'ana', manager: 'zed' }]),
      org([{ id: 'ana', manager: 'ana' }]),
      org([
        { id: 'ana', manager: 'ben' },
        { id: 'ben', manager: 'ana' },
      ]),
      org([{ id: 'ana' }], [{ id: 'a', parent: 'a' }]),
      org([{ id: 'ana' }], [{ id: 'a', lead: 'zed' }]),
    ]) {
      let error: unknown;
      try {
        validateManifest(input, { strict: true });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(ManifestError);
      expect((error as ManifestError).issues[0]!.at).to.match(
        /^(people\[\d+\]\.manager|departments\[\d+\]\.(parent|lead))$/,
      );
    }
  });

  it('leaves a forest whatever the managers: no chain loops, every link kept or reported', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(11), { nil: undefined }), { minLength: 1, maxLength: 12 }), (managers) => {
        const people = managers.map((m, i) => ({ id: `p${i}`, ...(m === undefined ? {} : { manager: `p${m}` }) }));
        const { manifest, warnings } = validateManifest(org(people));
        const kept = new Map(manifest.people.map((p) => [p.id, p.manager]));
        const reported = new Set(warnings.map((w) => w.at));
        people.forEach((p, i) => {
          if (p.manager !== undefined && kept.get(p.id) !== p.manager)
            expect(reported.has(`people[${i}].manager`)).to.equal(true);
          if (kept.get(p.id) !== undefined) expect(kept.get(p.id)).to.equal(p.manager);
        });
        for (const id of kept.keys()) {
          const seen = new Set<string>();
          for (let at: string | undefined = id; at !== undefined; at = kept.get(at)) {
            expect(seen.has(at)).to.equal(false);
            seen.add(at);
          }
        }
        const directory = createDirectory(manifest);
        const total = directory.roots().reduce((n, root) => n + 1 + directory.teamSize(root.id), 0);
        expect(total).to.equal(people.length);
      }),
    );
  });
});

describe('public audience and the hierarchy', () => {
  const publicDirectory = () => createDirectory(forAudience(validateManifest(northwind()).manifest, 'public'));

  it('keeps a manager link only between two public people', () => {
    const manifest = forAudience(validateManifest(northwind()).manifest, 'public');
    const managers = Object.fromEntries(manifest.people.map((p) => [p.id, p.manager]));
    expect(managers).to.deep.equal({ ana: undefined, ben: 'ana', dev: 'ben', fay: undefined, gus: 'dev' });
    // fay's manager (chloe) is internal: not mentioned at all.
    expect(manifest.people.find((p) => p.id === 'fay')).not.to.have.property('manager');
  });

  it('keeps a department lead only when the lead is public', () => {
    const manifest = forAudience(validateManifest(northwind()).manifest, 'public');
    expect(manifest.departments.find((d) => d.id === 'support')).not.to.have.property('lead');
    expect(manifest.departments.find((d) => d.id === 'editorial')!.lead).to.equal('ben');
  });

  it('counts only public people under a person', () => {
    const directory = publicDirectory();
    expect(directory.teamSize('ana')).to.equal(3);
    expect(ids(directory.reports('ben'))).to.deep.equal(['dev']);
    expect(ids(directory.roots())).to.deep.equal(['ana', 'fay']);
    expect(ids(directory.peopleUnder('editorial'))).to.deep.equal(['ben', 'dev', 'gus']);
  });
});

describe('Directory hierarchy', () => {
  const directory = () => createDirectory(validateManifest(northwind()).manifest);

  it('answers manager, reports, chain, peers and team size', () => {
    const d = directory();
    expect(d.manager('gus')!.id).to.equal('dev');
    expect(d.manager('ana')).to.equal(undefined);
    expect(ids(d.reports('ana'))).to.deep.equal(['ben', 'chloe']);
    expect(d.reportCount('ana')).to.equal(2);
    expect(ids(d.chain('gus'))).to.deep.equal(['dev', 'ben', 'ana']);
    expect(ids(d.peers('dev'))).to.deep.equal(['eve']);
    expect(ids(d.peers('ana'))).to.deep.equal([]);
    expect(d.teamSize('ana')).to.equal(7);
    expect(d.teamSize('ben')).to.equal(4);
    expect(d.teamSize('gus')).to.equal(0);
    expect(ids(d.roots())).to.deep.equal(['ana']);
  });

  it('lists reports and roots in name order', () => {
    const d = createDirectory(
      validateManifest(
        org([
          { id: 'boss' },
          { id: 'zoe', manager: 'boss' },
          { id: 'ama', manager: 'boss' },
          { id: 'émile', manager: 'boss' },
        ]),
      ).manifest,
      { locale: 'en' },
    );
    expect(ids(d.reports('boss'))).to.deep.equal(['ama', 'émile', 'zoe']);
  });

  it('answers nothing, not an error, for an unknown id', () => {
    const d = directory();
    expect(d.manager('nobody')).to.equal(undefined);
    expect(d.reports('nobody')).to.deep.equal([]);
    expect(d.chain('nobody')).to.deep.equal([]);
    expect(d.teamSize('nobody')).to.equal(0);
    expect(d.subdepartments('nobody')).to.deep.equal([]);
    expect(d.peopleUnder('nobody')).to.deep.equal([]);
  });

  it('walks the department tree: subdepartments, people under, lead and heads', () => {
    const d = directory();
    expect(ids(d.topDepartments())).to.deep.equal(['exec']);
    expect(ids(d.subdepartments('exec'))).to.deep.equal(['editorial', 'support']);
    expect(ids(d.subdepartments('editorial'))).to.deep.equal(['audio']);
    expect(ids(d.peopleIn('editorial'))).to.deep.equal(['ben', 'dev', 'eve']);
    expect(ids(d.peopleUnder('editorial'))).to.deep.equal(['ben', 'dev', 'eve', 'gus', 'hana']);
    expect(d.lead('support')!.id).to.equal('chloe');
    expect(ids(d.departmentHeads('audio'))).to.deep.equal(['dev']);
  });

  it('takes the people whose manager is elsewhere as the heads of a department without a lead', () => {
    const input = northwind();
    delete (input.departments![2] as DepartmentRow).lead;
    const d = createDirectory(validateManifest(input).manifest);
    expect(ids(d.departmentHeads('audio'))).to.deep.equal(['gus', 'hana']);
  });

  it('gathers the people under a department as walking up from each person would', () => {
    // Hand-made parents (a cycle, a self-link, an unknown id are all possible): the Directory
    // gathers each department's people lazily from its subtree; the oracle walks up instead.
    const departmentIds = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(6), { nil: undefined }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.option(fc.nat(6), { nil: undefined })), {
          minLength: 1,
          maxLength: 30,
        }),
        (parents, rows) => {
          const manifest = validateManifest(
            org(
              rows.map((_, i) => ({ id: `p${i}` })),
              departmentIds.map((id) => ({ id })),
            ),
          ).manifest;
          manifest.departments.forEach((d, i) => {
            if (parents[i] !== undefined) d.parent = `d${parents[i]}`;
          });
          manifest.people.forEach((p, i) => {
            const [name, department] = rows[i]!;
            p.name = name;
            if (department !== undefined) p.department = `d${department}`;
          });
          const d = createDirectory(manifest, { locale: 'en' });
          const parentOf = new Map(manifest.departments.map((dep) => [dep.id, dep.parent]));
          const line = (id: string | undefined): string[] => {
            const up: string[] = [];
            for (let at = id; at !== undefined && parentOf.has(at) && !up.includes(at); at = parentOf.get(at))
              up.push(at);
            return up;
          };
          for (const id of [...departmentIds, 'd6']) {
            const expected = d.people.filter((p) => line(p.department).includes(id));
            expect(ids(d.peopleUnder(id))).to.deep.equal(ids(expected));
          }
        },
      ),
    );
  });

  it('answers from the manifest as it is when it changed after validation', () => {
    // The Directory starts from the links validation resolved; each is checked against what
    // the manifest says now.
    const manifest = validateManifest(
      org([{ id: 'ana' }, { id: 'ben', manager: 'ana' }, { id: 'cy', manager: 'ana' }, { id: 'dee', manager: 'cy' }]),
    ).manifest;
    manifest.people[3]!.manager = 'ben';
    manifest.people[1]!.id = 'bo';
    manifest.people[2]!.manager = 'bo';
    const d = createDirectory(manifest);
    expect(ids(d.reports('ana'))).to.deep.equal(['bo']);
    expect(ids(d.reports('bo'))).to.deep.equal(['cy']);
    expect(d.manager('dee')).to.equal(undefined);
    expect(d.teamSize('ana')).to.equal(2);
  });

  it('does not loop on a hand-made manifest with a cycle', () => {
    const manifest = validateManifest(org([{ id: 'ana' }, { id: 'ben' }])).manifest;
    manifest.people[0]!.manager = 'ben';
    manifest.people[1]!.manager = 'ana';
    const d = createDirectory(manifest);
    expect(d.chain('ana').length).to.be.at.most(2);
    expect(d.roots()).to.deep.equal([]);
  });
});

describe('Directory.personPage', () => {
  const withTopics = (): ManifestInput => {
    const input = northwind();
    input.topics = [
      { id: 'podcasts', label: 'Podcasts', keywords: ['audio'], people: ['dev'] },
      { id: 'style-guide', label: 'The style guide', keywords: ['style'] },
      { id: 'launches', label: 'Launches', keywords: ['launch'], people: ['ben'], audience: 'public' },
    ];
    (input.people[3] as { topics?: string[] }).topics = ['style-guide', 'podcasts'];
    return input;
  };

  it('gathers the reporting line top first, reports, peers, team size, department, lead and topics', () => {
    const page = createDirectory(validateManifest(withTopics()).manifest).personPage('dev')!;
    expect(page.person.id).to.equal('dev');
    expect(ids(page.reportingLine)).to.deep.equal(['ana', 'ben']);
    expect(ids(page.reports)).to.deep.equal(['gus', 'hana']);
    expect(ids(page.peers)).to.deep.equal(['eve']);
    expect(page.teamSize).to.equal(2);
    expect(page.department!.id).to.equal('editorial');
    expect(page.lead!.id).to.equal('ben');
    // Manifest order, each once: named by the person and naming the person.
    expect(ids(page.topics)).to.deep.equal(['podcasts', 'style-guide']);
  });

  it('gives the top of the organization an empty reporting line and no peers, and a lead who is themselves', () => {
    const page = createDirectory(validateManifest(withTopics()).manifest).personPage('ana')!;
    expect(page.reportingLine).to.deep.equal([]);
    expect(page.peers).to.deep.equal([]);
    expect(page.lead!.id).to.equal('ana');
    expect(page.department!.id).to.equal('exec');
  });

  it('answers undefined for an unknown id', () => {
    expect(createDirectory(validateManifest(withTopics()).manifest).personPage('nobody')).to.equal(undefined);
  });

  it('shows a public page only public people and topics: no internal manager, lead, peer or person', () => {
    const directory = createDirectory(forAudience(validateManifest(withTopics()).manifest, 'public'));
    const fay = directory.personPage('fay')!;
    expect(fay.reportingLine).to.deep.equal([]);
    expect(fay.peers).to.deep.equal([]);
    expect(fay).not.to.have.property('lead');
    const dev = directory.personPage('dev')!;
    expect(ids(dev.reports)).to.deep.equal(['gus']);
    expect(dev.peers).to.deep.equal([]);
    expect(dev.topics).to.deep.equal([]);
    expect(ids(directory.personPage('ben')!.topics)).to.deep.equal(['launches']);
    expect(directory.personPage('chloe')).to.equal(undefined);
  });
});
