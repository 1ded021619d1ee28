import { expect } from '@open-wc/testing';
import { ManifestError, validateManifest, type ManifestInput } from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';

function expectError(fn: () => unknown): ManifestError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ManifestError);
    return error as ManifestError;
  }
  throw new Error('expected a ManifestError');
}

type Mutable = Record<string, any>;
const edit = (change: (m: Mutable) => void): ManifestInput => {
  const manifest = northwind() as Mutable;
  change(manifest);
  return manifest as ManifestInput;
};

describe('validateManifest', () => {
  it('accepts a valid manifest with no warnings and normalizes profiles to canonical URLs', () => {
    const { manifest, warnings } = validateManifest(northwind());
    expect(warnings).to.deep.equal([]);
    const ellen = manifest.people.find((p) => p.id === 'ellen-park')!;
    expect(ellen.profiles.map((p) => p.url)).to.deep.equal([
      'https://www.linkedin.com/in/ellenpark',
      'https://mastodon.social/@ellen',
      'https://ellen.example/',
    ]);
  });

  it('applies defaults: people and topics are internal unless they say public', () => {
    const { manifest } = validateManifest(northwind());
    expect(manifest.people.find((p) => p.id === 'trent-walker')!.visibility).to.equal('internal');
    expect(manifest.topics.find((t) => t.id === 'social-training')!.audience).to.equal('internal');
    expect(manifest.people.find((p) => p.id === 'al-smith')!.profiles).to.deep.equal([]);
  });

  it('keeps unknown fields out of the result without complaining', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.$schema = './schema.json';
        m.people[0].favouriteColour = 'teal';
      }),
    );
    expect(warnings).to.deep.equal([]);
    expect(manifest.people[0]).not.to.have.property('favouriteColour');
    expect(manifest).not.to.have.property('$schema');
  });

  it('leaves out an invalid profile with a warning naming its place, and keeps the person', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[2].profiles = [
          { network: 'x', handle: 'this handle is far too long' },
          { network: 'github', handle: 'trentw' },
        ];
      }),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.at).to.equal('people[2].profiles[0].handle');
    expect(warnings[0]!.message).to.match(/X handles are 1–15 letters, digits or _/);
    expect(warnings[0]!.message).to.include('profile left out');
    const trent = manifest.people.find((p) => p.id === 'trent-walker')!;
    expect(trent.profiles.map((p) => p.network)).to.deep.equal(['github']);
  });

  it('leaves out an invalid optional field of a person and keeps the person', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[1].email = 'not-an-email';
      }),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({
      at: 'people[1].email',
      message: 'is not an email address (like ellen@northwind.example) (field left out)',
    });
    const zoe = manifest.people.find((p) => p.id === 'zoe-lambert')!;
    expect(zoe).not.to.have.property('email');
    expect(zoe.title).to.equal('Editor');
  });

  it('leaves out a person whose id is invalid and keeps the rest, with original indices in warnings', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[1].id = 'zoë lambert!';
        m.people[3].profiles[0].handle = '-bad-';
      }),
    );
    expect(warnings.map((w) => w.at)).to.deep.equal(['people[1].id', 'people[3].profiles[0].handle']);
    expect(warnings[0]!.message).to.include('(person left out)');
    expect(manifest.people.map((p) => p.id)).to.deep.equal([
      'ellen-park',
      'trent-walker',
      'siobhan-oconnor',
      'maria-de-los-angeles',
      'al-smith',
    ]);
  });

  it('says a reference points to an entry that was left out, not that it does not exist', () => {
    const { warnings } = validateManifest(
      edit((m) => {
        delete m.people[0].name;
      }),
    );
    expect(warnings.map((w) => w.at)).to.deep.equal(['people[0].name', 'topics[1].people[0]', 'topics[2].people[0]']);
    expect(warnings[1]!.message).to.equal('the person "ellen-park" was left out as invalid (reference left out)');
  });

  it('leaves out a person with a missing name and says the name is required', () => {
    const { warnings } = validateManifest(edit((m) => delete m.people[5].name));
    expect(warnings[0]).to.include({ at: 'people[5].name', message: 'is required (person left out)' });
  });

  it('drops both a person and their bad profile without confusing the indices of others', () => {
    const { manifest } = validateManifest(
      edit((m) => {
        m.people[0].name = '';
        m.people[0].profiles[0].handle = '??';
        m.people[4].profiles[1].handle = 'way_too_long_for_x_handles';
      }),
    );
    expect(manifest.people.map((p) => p.id)).not.to.include('ellen-park');
    const maria = manifest.people.find((p) => p.id === 'maria-de-los-angeles')!;
    expect(maria.profiles.map((p) => p.network)).to.deep.equal(['instagram']);
  });

  it('leaves out a bad optional field of a topic and of the organization, keeping the rest', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.topics[1].channel = 'myspace';
        m.organization.website = 'javascript:alert(1)';
      }),
    );
    expect(warnings.map((w) => w.at).sort()).to.deep.equal(['organization.website', 'topics[1].channel']);
    expect(manifest.topics.map((t) => t.id)).to.deep.equal(['order-problem', 'press', 'social-training']);
    expect(manifest.topics[1]!.channel).to.equal(undefined);
    expect(manifest.topics[1]!.label).to.equal('Press inquiries');
    expect(manifest.organization.website).to.equal(undefined);
    expect(manifest.organization.name).to.equal('Northwind Press');
  });

  it('leaves out a signature banner missing its alt text or too wide, keeping the other signature settings', () => {
    const banner = {
      image: 'https://northwind.example/banner.png',
      url: 'https://northwind.example/',
      width: 480,
      height: 96,
    };
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.organization.signature = {
          brandColor: '#1d4ed8',
          banner,
          template: 'brand',
          fields: { phone: false, email: 'no', profiles: ['linkedin', 'myspace'] },
        };
      }),
    );
    expect(warnings.map((w) => `${w.at}: ${w.message}`).sort()).to.deep.equal([
      'organization.signature.banner.alt: is required (field left out)',
      'organization.signature.fields.email: should be true or false, not "no" (field left out)',
      'organization.signature.fields.profiles[1]: must be one of "linkedin", "x", "mastodon", "bluesky", "threads", "facebook", "instagram", "youtube", … (profile left out)',
    ]);
    expect(manifest.organization.signature).to.deep.equal({
      brandColor: '#1d4ed8',
      template: 'brand',
      fields: { phone: false, profiles: ['linkedin'] },
    });
    const wide = validateManifest(
      edit((m) => (m.organization.signature = { banner: { ...banner, alt: 'Autumn catalogue', width: 1200 } })),
    );
    expect(wide.warnings.map((w) => `${w.at}: ${w.message}`)).to.deep.equal([
      'organization.signature.banner.width: must be 1 to 600 pixels (field left out)',
    ]);
    expect(wide.manifest.organization.signature).to.deep.equal({});
  });

  it('removes references to departments, topics and people that do not exist', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[0].department = 'sales';
        m.people[0].topics = ['press', 'gardening'];
        m.topics[0].departments = ['support', 'billing'];
        m.topics[1].people = ['ellen-park', 'nobody'];
      }),
    );
    expect(warnings.map((w) => w.at)).to.deep.equal([
      'topics[0].departments[1]',
      'topics[1].people[1]',
      'people[0].department',
      'people[0].topics[1]',
    ]);
    expect(warnings[2]!.message).to.equal('no department has the id "sales" (reference left out)');
    const ellen = manifest.people.find((p) => p.id === 'ellen-park')!;
    expect(ellen.department).to.equal(undefined);
    expect(ellen.topics).to.deep.equal(['press']);
  });

  it('leaves out a person whose id is already taken', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[3].id = 'ellen-park';
      }),
    );
    expect(warnings[0]).to.include({
      at: 'people[3].id',
      message: '"ellen-park" is already used by people[0] (person left out)',
    });
    expect(manifest.people.filter((p) => p.id === 'ellen-park')).to.have.length(1);
  });

  it('turns every problem into an error in strict mode', () => {
    const error = expectError(() =>
      validateManifest(
        edit((m) => {
          m.people[2].profiles[0].handle = 'far too long for x';
        }),
        { strict: true },
      ),
    );
    expect(error.code).to.equal('invalid');
    expect(error.issues[0]!.at).to.equal('people[2].profiles[0].handle');
    expect(error.message).to.include('people[2].profiles[0].handle');
  });

  it('treats unknown references as errors in strict mode', () => {
    const error = expectError(() =>
      validateManifest(
        edit((m) => {
          m.people[0].department = 'sales';
        }),
        { strict: true },
      ),
    );
    expect(error.issues.map((i) => i.at)).to.deep.equal(['people[0].department']);
  });

  it('rejects a document without a version, saying what to add', () => {
    const error = expectError(() => validateManifest(edit((m) => delete m.version)));
    expect(error.code).to.equal('version');
    expect(error.message).to.include('"version": 1');
  });

  it('rejects a newer major version clearly', () => {
    const error = expectError(() =>
      validateManifest(
        edit((m) => {
          m.version = 2;
        }),
      ),
    );
    expect(error.code).to.equal('version');
    expect(error.message).to.include('version 2, newer than this social-directory understands');
  });

  it('rejects what is not an object', () => {
    expect(expectError(() => validateManifest([])).code).to.equal('invalid');
    expect(expectError(() => validateManifest('hello')).code).to.equal('invalid');
  });

  it('rejects a manifest without an organization name: nothing can be left out to fix it', () => {
    const error = expectError(() => validateManifest(edit((m) => delete m.organization.name)));
    expect(error.code).to.equal('invalid');
    expect(error.issues[0]!.at).to.equal('organization.name');
  });

  it('is an error, not an empty success, when no person is valid', () => {
    const error = expectError(() =>
      validateManifest(
        edit((m) => {
          m.people = m.people.map((p: Mutable) => ({ ...p, name: ' ' }));
        }),
      ),
    );
    expect(error.code).to.equal('no-people');
    expect(error.message).to.include('all 6 were left out');
    expect(error.issues.filter((i) => i.message === 'must not be empty (person left out)')).to.have.length(6);
  });

  it('is an error when the manifest lists nobody', () => {
    expect(
      expectError(() =>
        validateManifest(
          edit((m) => {
            m.people = [];
          }),
        ),
      ).code,
    ).to.equal('no-people');
  });

  it('checks time zones and language tags with Intl', () => {
    const { warnings } = validateManifest(
      edit((m) => {
        m.people[0].timeZone = 'Mars/Olympus_Mons';
        m.people[1].languages = ['en', 'not a tag'];
      }),
    );
    expect(warnings.map((w) => w.at)).to.deep.equal(['people[0].timeZone', 'people[1].languages[1]']);
  });

  it('does not modify the object it is given', () => {
    const input = edit((m) => {
      m.people[1].email = 'bad';
      m.people[2].name = '';
    });
    const before = JSON.stringify(input);
    validateManifest(input);
    expect(JSON.stringify(input)).to.equal(before);
  });
});

describe('validateManifest on larger documents', () => {
  it('leaves out a topic without a label', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        delete m.topics[0].label;
      }),
    );
    expect(warnings[0]).to.include({ at: 'topics[0].label', message: 'is required (topic left out)' });
    expect(manifest.topics.map((t) => t.id)).to.deep.equal(['press', 'social-training']);
  });

  it('leaves out an entry of the people list that is not an object', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people.splice(2, 0, 'Jane Doe');
      }),
    );
    expect(warnings[0]).to.include({
      at: 'people[2]',
      message: 'should be an object, not "Jane Doe" (person left out)',
    });
    expect(manifest.people).to.have.length(6);
  });
});

describe('URL fields', () => {
  it('accept http(s) URLs, intranet hosts included, and leave out anything else', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[0].photo = 'https://intranet/people/ellen.jpg';
        m.people[1].photo = 'data:image/png;base64,AAAA';
        m.people[2].photo = 'ftp://northwind.example/trent.jpg';
        m.people[3].photo = 'https://user@evil.example/x.jpg';
        m.organization.logo = 'northwind.example/logo.png';
      }),
    );
    expect(manifest.people.find((p) => p.id === 'ellen-park')!.photo).to.equal('https://intranet/people/ellen.jpg');
    expect(warnings.map((w) => w.at).sort()).to.deep.equal([
      'organization.logo',
      'people[1].photo',
      'people[2].photo',
      'people[3].photo',
    ]);
    expect(warnings[0]!.message).to.include('must be a full http(s) URL');
  });
});
