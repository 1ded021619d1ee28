import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  isNetworkId,
  NETWORK_IDS,
  NETWORKS,
  resolveProfile,
  type NetworkId,
  type ProfileResolution,
} from '../../src/core/networks.js';

/**
 * One network's everyday inputs: a handle, another way of writing the same profile, a mistake and a link from
 * elsewhere.
 */
interface Case {
  readonly network: NetworkId;
  readonly handle: string;
  readonly url: string | undefined;
  readonly shown: string;
  /** The same profile as a pasted link: no scheme, www./m., trailing slash, query or fragment. */
  readonly variant: string;
  readonly bad: string;
  /** Part of the message for `bad`. */
  readonly rule: string;
  /** A link to another site, with its host (absent where any host is fine). */
  readonly foreign?: readonly [url: string, host: string];
}

const CASES: readonly Case[] = [
  {
    network: 'linkedin',
    handle: 'ellenpark',
    url: 'https://www.linkedin.com/in/ellenpark',
    shown: 'in/ellenpark',
    variant: 'linkedin.com/in/ellenpark/?originalSubdomain=uk',
    bad: 'ellen park!',
    rule: 'LinkedIn profiles look like in/ellenpark or company/northwind-press',
    foreign: ['https://www.xing.com/profile/Ellen_Park', 'www.xing.com'],
  },
  {
    network: 'x',
    handle: '@ellenpark',
    url: 'https://x.com/ellenpark',
    shown: '@ellenpark',
    variant: 'https://mobile.twitter.com/ellenpark?s=20',
    bad: '@ellen_park_northwind',
    rule: 'X handles are 1–15 letters, digits or _',
    foreign: ['https://www.threads.com/@ellenpark', 'www.threads.com'],
  },
  {
    network: 'mastodon',
    handle: '@ellen@mastodon.social',
    url: 'https://mastodon.social/@ellen',
    shown: '@ellen@mastodon.social',
    variant: 'mastodon.social/@ellen/?tab=posts',
    bad: '@ellen',
    rule: 'Mastodon handles look like @user@instance.social',
  },
  {
    network: 'bluesky',
    handle: 'ellen.bsky.social',
    url: 'https://bsky.app/profile/ellen.bsky.social',
    shown: '@ellen.bsky.social',
    variant: 'https://bsky.app/profile/Ellen.bsky.social/',
    bad: 'ellen park',
    rule: 'Bluesky handles are domain names such as ellen.bsky.social',
    foreign: ['https://x.com/ellen.bsky.social', 'x.com'],
  },
  {
    network: 'threads',
    handle: '@ellenpark',
    url: 'https://www.threads.com/@ellenpark',
    shown: '@ellenpark',
    variant: 'threads.net/@ellenpark?igshid=NTc4MTIwNjQ2YQ==',
    bad: 'ellen park',
    rule: 'Threads usernames are your Instagram username',
    foreign: ['https://www.instagram.com/ellenpark', 'www.instagram.com'],
  },
  {
    network: 'facebook',
    handle: 'ellen.park',
    url: 'https://www.facebook.com/ellen.park',
    shown: 'ellen.park',
    variant: 'https://m.facebook.com/ellen.park/?ref=bookmarks',
    bad: 'ellen_park',
    rule: 'Facebook usernames are at least 5 letters, digits or .',
    foreign: ['https://www.linkedin.com/in/ellenpark', 'www.linkedin.com'],
  },
  {
    network: 'instagram',
    handle: '@ellenpark',
    url: 'https://www.instagram.com/ellenpark',
    shown: '@ellenpark',
    variant: 'instagram.com/ellenpark/?hl=en',
    bad: 'ellen-park',
    rule: 'Instagram usernames are 1–30 letters, digits, . or _',
    foreign: ['https://www.threads.com/@ellenpark', 'www.threads.com'],
  },
  {
    network: 'youtube',
    handle: '@ellenpark',
    url: 'https://www.youtube.com/@ellenpark',
    shown: '@ellenpark',
    variant: 'https://m.youtube.com/@ellenpark/videos?view=0',
    bad: '@ep',
    rule: 'YouTube handles are 3–30 letters',
    foreign: ['https://vimeo.com/ellenpark', 'vimeo.com'],
  },
  {
    network: 'tiktok',
    handle: '@ellen.park',
    url: 'https://www.tiktok.com/@ellen.park',
    shown: '@ellen.park',
    variant: 'tiktok.com/@ellen.park?lang=en',
    bad: '@ellen.',
    rule: 'TikTok usernames are 2–24 letters, digits, _ or ., not ending with .',
    foreign: ['https://www.instagram.com/ellen.park', 'www.instagram.com'],
  },
  {
    network: 'github',
    handle: 'siobhan-oc',
    url: 'https://github.com/siobhan-oc',
    shown: 'siobhan-oc',
    variant: 'http://www.github.com/siobhan-oc/',
    bad: 'siobhan--oc',
    rule: 'GitHub usernames are 1–39 letters, digits or single hyphens',
    foreign: ['https://gitlab.com/siobhan-oc', 'gitlab.com'],
  },
  {
    network: 'gitlab',
    handle: 'siobhan.oc',
    url: 'https://gitlab.com/siobhan.oc',
    shown: 'siobhan.oc',
    variant: 'gitlab.com/siobhan.oc#activity',
    bad: 'siobhan.git',
    rule: 'GitLab usernames are 2–255 letters, digits, _, - or .',
    foreign: ['https://github.com/siobhan.oc', 'github.com'],
  },
  {
    network: 'stackoverflow',
    handle: '1234567/ellen-park',
    url: 'https://stackoverflow.com/users/1234567/ellen-park',
    shown: '1234567/ellen-park',
    variant: 'stackoverflow.com/users/1234567/ellen-park?tab=profile',
    bad: 'ellen-park',
    rule: 'Stack Overflow profiles are a user number',
    foreign: ['https://superuser.com/users/1234567/ellen-park', 'superuser.com'],
  },
  {
    network: 'medium',
    handle: '@ellenpark',
    url: 'https://medium.com/@ellenpark',
    shown: '@ellenpark',
    variant: 'www.medium.com/@ellenpark/?source=post_page',
    bad: '@ellen park',
    rule: 'Medium usernames are 1–30 letters',
    foreign: ['https://substack.com/@ellenpark', 'substack.com'],
  },
  {
    network: 'substack',
    handle: 'ellenpark',
    url: 'https://ellenpark.substack.com/',
    shown: 'ellenpark',
    variant: 'http://ellenpark.substack.com/?utm_source=share',
    bad: 'ellen_park',
    rule: 'Substack names are the part before .substack.com',
    foreign: ['https://ellenpark.medium.com/', 'ellenpark.medium.com'],
  },
  {
    network: 'dribbble',
    handle: 'ellenpark',
    url: 'https://dribbble.com/ellenpark',
    shown: 'ellenpark',
    variant: 'www.dribbble.com/ellenpark/',
    bad: 'ellen park',
    rule: 'Dribbble usernames are 2–40 letters, digits, _ or -',
    foreign: ['https://www.behance.net/ellenpark', 'www.behance.net'],
  },
  {
    network: 'behance',
    handle: 'ellenpark',
    url: 'https://www.behance.net/ellenpark',
    shown: 'ellenpark',
    variant: 'behance.net/ellenpark?tracking_source=search_projects',
    bad: 'e',
    rule: 'Behance usernames are 2–40 letters, digits, _ or -',
    foreign: ['https://dribbble.com/ellenpark', 'dribbble.com'],
  },
  {
    network: 'twitch',
    handle: 'EllenPlays',
    url: 'https://www.twitch.tv/ellenplays',
    shown: 'ellenplays',
    variant: 'https://m.twitch.tv/ellenplays/',
    bad: 'ell',
    rule: 'Twitch usernames are 4–25 letters, digits or _',
    foreign: ['https://kick.com/ellenplays', 'kick.com'],
  },
  {
    network: 'reddit',
    handle: 'u/ellen_p',
    url: 'https://www.reddit.com/user/ellen_p',
    shown: 'u/ellen_p',
    variant: 'old.reddit.com/u/ellen_p/',
    bad: 'u/ep',
    rule: 'Reddit usernames are 3–20 letters, digits, - or _',
    foreign: ['https://lemmy.world/u/ellen_p', 'lemmy.world'],
  },
  {
    network: 'telegram',
    handle: '@ellenpark',
    url: 'https://t.me/ellenpark',
    shown: '@ellenpark',
    variant: 'telegram.me/ellenpark/',
    bad: '@ep12',
    rule: 'Telegram usernames are 5–32 letters, digits or _',
    foreign: ['https://signal.me/ellenpark', 'signal.me'],
  },
  {
    network: 'whatsapp',
    handle: '+1 (617) 555-0100',
    url: 'https://wa.me/16175550100',
    shown: '+16175550100',
    variant: 'wa.me/16175550100?text=Hello',
    bad: '(617) 555-0100',
    rule: 'WhatsApp takes a phone number in international format',
    foreign: ['https://signal.me/#p/+16175550100', 'signal.me'],
  },
  {
    network: 'discord',
    handle: 'discord.gg/northwind',
    url: 'https://discord.gg/northwind',
    shown: 'discord.gg/northwind',
    variant: 'https://discord.com/invite/northwind?event=1',
    bad: 'north wind',
    rule: 'Discord takes a server invite such as discord.gg/northwind',
    foreign: ['https://guilded.gg/northwind', 'guilded.gg'],
  },
  {
    network: 'skype',
    handle: 'invite/AbCdEf123',
    url: 'https://join.skype.com/invite/AbCdEf123',
    shown: 'invite/AbCdEf123',
    variant: 'http://join.skype.com/invite/AbCdEf123/?source=chat',
    bad: 'ellen',
    rule: 'Skype names are 6–32 letters',
    foreign: ['https://teams.microsoft.com/l/chat/0/0?users=ellen@northwind.example', 'teams.microsoft.com'],
  },
  {
    network: 'website',
    handle: 'ellen.example',
    url: 'https://ellen.example/',
    shown: 'ellen.example',
    variant: 'HTTP://Ellen.Example',
    bad: 'ellen',
    rule: 'website takes a URL such as https://ellen.example',
  },
  {
    network: 'blog',
    handle: 'https://ellen.example/blog',
    url: 'https://ellen.example/blog',
    shown: 'ellen.example/blog',
    variant: 'http://ellen.example/blog',
    bad: 'my blog',
    rule: 'blog takes a URL such as https://ellen.example',
  },
  {
    network: 'rss',
    handle: 'https://ellen.example/feed.xml',
    url: 'https://ellen.example/feed.xml',
    shown: 'ellen.example/feed.xml',
    variant: 'http://ellen.example/feed.xml',
    bad: 'localhost/feed.xml',
    rule: 'rss takes a URL such as https://ellen.example',
  },
  {
    network: 'other',
    handle: 'ellen.example/talks',
    url: 'https://ellen.example/talks',
    shown: 'ellen.example/talks',
    variant: 'http://ellen.example/talks',
    bad: 'talks',
    rule: 'other takes a URL such as https://ellen.example',
  },
];

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'java\tscript:alert(1)',
  ' \u0001javascript:alert(1)',
  'javascript://x.com/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
];

const okUrl = (r: ProfileResolution): string | undefined => (r.ok ? r.url : undefined);

describe('NETWORKS', () => {
  it('lists every network id once, in the order of NETWORK_IDS', () => {
    expect(Object.keys(NETWORKS)).to.deep.equal([...NETWORK_IDS]);
    for (const id of NETWORK_IDS) expect(NETWORKS[id].id).to.equal(id);
  });

  it('names networks the way people write them', () => {
    expect(NETWORK_IDS.map((id) => NETWORKS[id].label)).to.include.members([
      'LinkedIn',
      'X',
      'Mastodon',
      'Bluesky',
      'Stack Overflow',
      'YouTube',
      'Website',
    ]);
  });

  it('says that websites, blogs, feeds and other links take a URL and the rest a handle or a URL', () => {
    const urlOnly = NETWORK_IDS.filter((id) => NETWORKS[id].takes === 'url');
    expect(urlOnly).to.deep.equal(['website', 'blog', 'rss', 'other']);
  });

  it('gives every network a hint for forms', () => {
    expect(NETWORKS.linkedin.handleHint).to.equal('in/ellenpark or company/northwind-press');
    for (const id of NETWORK_IDS) expect(NETWORKS[id].handleHint, id).to.not.equal('');
  });

  it('flags Skype, and only Skype, as legacy with the reason', () => {
    expect(NETWORKS.skype.legacy).to.include('Skype closed in May 2025');
    expect(NETWORK_IDS.filter((id) => NETWORKS[id].legacy !== undefined)).to.deep.equal(['skype']);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(NETWORKS)).to.equal(true);
    expect(Object.isFrozen(NETWORKS.x)).to.equal(true);
  });
});

describe('isNetworkId', () => {
  it('accepts the network ids and nothing else, not even inherited property names', () => {
    expect(isNetworkId('mastodon')).to.equal(true);
    expect(isNetworkId('myspace')).to.equal(false);
    expect(isNetworkId('X')).to.equal(false);
    expect(isNetworkId('toString')).to.equal(false);
  });
});

describe('resolveProfile', () => {
  for (const c of CASES) {
    const label = NETWORKS[c.network].label;

    describe(label, () => {
      it(`resolves the handle ${c.handle} to ${c.url} shown as ${c.shown}`, () => {
        expect(resolveProfile(c.network, { handle: c.handle })).to.deep.equal({
          ok: true,
          url: c.url,
          handle: c.shown,
        });
      });

      it(`reads the link ${c.variant} as the same profile`, () => {
        expect(resolveProfile(c.network, { url: c.variant })).to.deep.equal({ ok: true, url: c.url, handle: c.shown });
      });

      it(`resolves its own display handle ${c.shown} to the same URL`, () => {
        expect(okUrl(resolveProfile(c.network, { handle: c.shown }))).to.equal(c.url);
      });

      it(`rejects the handle ${JSON.stringify(c.bad)} and names the rule`, () => {
        const result = resolveProfile(c.network, { handle: c.bad });
        expect(result).to.include({ ok: false, field: 'handle' });
        expect(result.ok ? '' : result.message).to.include(c.rule);
      });

      if (c.foreign) {
        const [url, host] = c.foreign;
        it(`rejects a link to ${host}`, () => {
          expect(resolveProfile(c.network, { url })).to.deep.equal({
            ok: false,
            field: 'url',
            message: `this is not ${/^[IX]/.test(label) ? 'an' : 'a'} ${label} URL (host ${host})`,
          });
        });
      }
    });
  }

  it('gives an https URL for every valid example', () => {
    for (const c of CASES) {
      for (const input of [{ handle: c.handle }, { url: c.variant }]) {
        const url = okUrl(resolveProfile(c.network, input));
        expect(url, `${c.network} ${JSON.stringify(input)}`).to.match(/^https:\/\//);
      }
    }
  });

  it('rejects javascript: and data: links on every network, in either field', () => {
    for (const id of NETWORK_IDS) {
      for (const hostile of HOSTILE) {
        for (const input of [{ handle: hostile }, { url: hostile }]) {
          expect(resolveProfile(id, input).ok, `${id} ${JSON.stringify(input)}`).to.equal(false);
        }
      }
    }
  });

  it('asks for a handle or a url when both are missing or blank', () => {
    const missing = { ok: false, field: 'handle', message: 'give a handle or a url' };
    expect(resolveProfile('github', {})).to.deep.equal(missing);
    expect(resolveProfile('website', { handle: '   ', url: '' })).to.deep.equal(missing);
  });

  it('trims spaces around a handle', () => {
    expect(resolveProfile('github', { handle: '  siobhan-oc \n' })).to.deep.equal({
      ok: true,
      url: 'https://github.com/siobhan-oc',
      handle: 'siobhan-oc',
    });
  });

  it('uses the URL when both are given, and shows the handle from the URL', () => {
    expect(resolveProfile('x', { handle: '@ellen_old', url: 'https://x.com/ellenpark' })).to.deep.equal({
      ok: true,
      url: 'https://x.com/ellenpark',
      handle: '@ellenpark',
    });
  });

  it('reports the URL when both are given and the URL is on another network', () => {
    expect(
      resolveProfile('x', { handle: '@ellenpark', url: 'https://bsky.app/profile/ellen.bsky.social' }),
    ).to.deep.equal({
      ok: false,
      field: 'url',
      message: 'this is not an X URL (host bsky.app)',
    });
  });

  it('reads a link typed into the handle field as a link', () => {
    expect(resolveProfile('x', { handle: 'https://twitter.com/ellenpark' })).to.deep.equal({
      ok: true,
      url: 'https://x.com/ellenpark',
      handle: '@ellenpark',
    });
    expect(resolveProfile('github', { handle: 'https://gitlab.com/siobhan-oc' })).to.deep.equal({
      ok: false,
      field: 'handle',
      message: 'this is not a GitHub URL (host gitlab.com)',
    });
  });

  it('rejects a link with a user name in it, which can hide the real host', () => {
    expect(resolveProfile('x', { url: 'https://x.com@evil.example/ellenpark' }).ok).to.equal(false);
    expect(resolveProfile('website', { url: 'https://ellen:secret@ellen.example/' }).ok).to.equal(false);
  });

  it('rejects a link on the right host that is not a profile', () => {
    expect(resolveProfile('x', { url: 'https://x.com/ellenpark/status/1790000000000000000' })).to.deep.equal({
      ok: false,
      field: 'url',
      message: 'this is not an X profile URL',
    });
    expect(resolveProfile('instagram', { url: 'https://www.instagram.com/p/C8abc123XYZ/' }).ok).to.equal(false);
    expect(resolveProfile('youtube', { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }).ok).to.equal(false);
    expect(resolveProfile('discord', { url: 'https://discord.com/channels/123/456' }).ok).to.equal(false);
  });

  describe('LinkedIn', () => {
    it('reads a bare name as a personal profile', () => {
      expect(resolveProfile('linkedin', { handle: 'ellenpark' })).to.deep.equal({
        ok: true,
        url: 'https://www.linkedin.com/in/ellenpark',
        handle: 'in/ellenpark',
      });
    });

    it('keeps company pages apart from personal profiles', () => {
      expect(resolveProfile('linkedin', { handle: 'company/northwind-press' })).to.deep.equal({
        ok: true,
        url: 'https://www.linkedin.com/company/northwind-press',
        handle: 'company/northwind-press',
      });
      expect(
        resolveProfile('linkedin', { url: 'https://www.linkedin.com/company/northwind-press/about/' }),
      ).to.deep.equal({
        ok: true,
        url: 'https://www.linkedin.com/company/northwind-press',
        handle: 'company/northwind-press',
      });
    });

    it('reads profile links from country subdomains and sub-pages', () => {
      expect(
        okUrl(resolveProfile('linkedin', { url: 'https://uk.linkedin.com/in/ellenpark/details/experience/' })),
      ).to.equal('https://www.linkedin.com/in/ellenpark');
    });

    it('percent-encodes a profile name in another script', () => {
      expect(resolveProfile('linkedin', { handle: 'in/张伟-1a2b3c' })).to.deep.equal({
        ok: true,
        url: 'https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-1a2b3c',
        handle: 'in/张伟-1a2b3c',
      });
      expect(
        okUrl(resolveProfile('linkedin', { url: 'https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-1a2b3c/' })),
      ).to.equal('https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-1a2b3c');
    });

    it('rejects other kinds of LinkedIn pages', () => {
      expect(resolveProfile('linkedin', { url: 'https://www.linkedin.com/feed/' }).ok).to.equal(false);
      expect(resolveProfile('linkedin', { handle: 'school/northwind-university' }).ok).to.equal(false);
    });
  });

  describe('Mastodon', () => {
    it('accepts a handle without the leading @ and lowercases the instance', () => {
      expect(resolveProfile('mastodon', { handle: 'Ellen@Hachyderm.IO' })).to.deep.equal({
        ok: true,
        url: 'https://hachyderm.io/@Ellen',
        handle: '@Ellen@hachyderm.io',
      });
    });

    it('accepts profile links from any instance', () => {
      for (const instance of [
        'mastodon.social',
        'fosstodon.org',
        'hachyderm.io',
        'social.northwind.example',
        'mstdn.jp',
      ]) {
        expect(resolveProfile('mastodon', { url: `https://${instance}/@ellen` }), instance).to.deep.equal({
          ok: true,
          url: `https://${instance}/@ellen`,
          handle: `@ellen@${instance}`,
        });
      }
    });

    it('reads a remote account seen from another instance as its home instance', () => {
      expect(resolveProfile('mastodon', { url: 'https://mastodon.social/@ellen@fosstodon.org' })).to.deep.equal({
        ok: true,
        url: 'https://fosstodon.org/@ellen',
        handle: '@ellen@fosstodon.org',
      });
    });

    it('accepts dots and dashes inside a username but not at its ends', () => {
      expect(resolveProfile('mastodon', { handle: '@ellen.park@mastodon.social' }).ok).to.equal(true);
      expect(resolveProfile('mastodon', { handle: '@ellen-@mastodon.social' }).ok).to.equal(false);
    });

    it('rejects a username over 30 characters or an instance that is not a hostname', () => {
      expect(resolveProfile('mastodon', { handle: `@${'e'.repeat(31)}@mastodon.social` }).ok).to.equal(false);
      expect(resolveProfile('mastodon', { handle: '@ellen@localhost' }).ok).to.equal(false);
      expect(resolveProfile('mastodon', { handle: '@ellen@mastodon_social.org' }).ok).to.equal(false);
    });

    it('rejects an instance link that is not a profile', () => {
      expect(resolveProfile('mastodon', { url: 'https://mastodon.social/about' })).to.deep.equal({
        ok: false,
        field: 'url',
        message: 'this is not a Mastodon profile URL',
      });
    });
  });

  describe('Bluesky', () => {
    it('suggests the bsky.social handle when given a bare name', () => {
      expect(resolveProfile('bluesky', { handle: 'ellen' })).to.deep.equal({
        ok: false,
        field: 'handle',
        message: 'Bluesky handles are full domain names: did you mean ellen.bsky.social?',
      });
    });

    it('accepts a custom-domain handle with a leading @', () => {
      expect(resolveProfile('bluesky', { handle: '@Ellen.Northwind.example.com' })).to.deep.equal({
        ok: true,
        url: 'https://bsky.app/profile/ellen.northwind.example.com',
        handle: '@ellen.northwind.example.com',
      });
    });

    it('accepts a did:plc DID and shows it without @', () => {
      const did = 'did:plc:z72i7hdynmk6r22z27h6tvur';
      expect(resolveProfile('bluesky', { handle: did })).to.deep.equal({
        ok: true,
        url: `https://bsky.app/profile/${did}`,
        handle: did,
      });
      expect(okUrl(resolveProfile('bluesky', { url: `bsky.app/profile/${did}/post/3kabc` }))).to.equal(
        `https://bsky.app/profile/${did}`,
      );
    });

    it('accepts a did:web DID', () => {
      expect(resolveProfile('bluesky', { handle: 'did:web:ellen.example.com' })).to.deep.equal({
        ok: true,
        url: 'https://bsky.app/profile/did:web:ellen.example.com',
        handle: 'did:web:ellen.example.com',
      });
    });

    it('rejects DIDs of other methods and malformed did:plc identifiers', () => {
      expect(
        resolveProfile('bluesky', { handle: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' }).ok,
      ).to.equal(false);
      expect(resolveProfile('bluesky', { handle: 'did:plc:tooshort' }).ok).to.equal(false);
    });

    it('rejects handles that break the hostname rules', () => {
      for (const handle of [
        '-ellen.bsky.social',
        'ellen-.bsky.social',
        'ellen.123',
        `${'e'.repeat(64)}.bsky.social`,
        'ellen..bsky.social',
        'ellen.local',
      ]) {
        expect(resolveProfile('bluesky', { handle }).ok, handle).to.equal(false);
      }
    });
  });

  describe('YouTube', () => {
    it('keeps channel-id, custom and user links on www.youtube.com', () => {
      expect(
        resolveProfile('youtube', { url: 'youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw?sub_confirmation=1' }),
      ).to.deep.equal({
        ok: true,
        url: 'https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw',
        handle: 'channel/UC_x5XG1OV2P6uZZ5FSM9Ttw',
      });
      expect(okUrl(resolveProfile('youtube', { url: 'https://m.youtube.com/c/NorthwindPress/videos' }))).to.equal(
        'https://www.youtube.com/c/NorthwindPress',
      );
      expect(okUrl(resolveProfile('youtube', { url: 'http://youtube.com/user/northwindpress' }))).to.equal(
        'https://www.youtube.com/user/northwindpress',
      );
    });

    it('accepts a handle without its @', () => {
      expect(okUrl(resolveProfile('youtube', { handle: 'ellenpark' }))).to.equal('https://www.youtube.com/@ellenpark');
    });
  });

  describe('Medium', () => {
    it('keeps a member subdomain link as it is', () => {
      expect(resolveProfile('medium', { url: 'https://ellenpark.medium.com/why-we-publish-1a2b3c' })).to.deep.equal({
        ok: true,
        url: 'https://ellenpark.medium.com/',
        handle: '@ellenpark',
      });
    });
  });

  describe('Facebook', () => {
    it('reads profile.php?id= links as the numeric profile', () => {
      expect(
        resolveProfile('facebook', { url: 'https://www.facebook.com/profile.php?id=100012345678901' }),
      ).to.deep.equal({
        ok: true,
        url: 'https://www.facebook.com/100012345678901',
        handle: '100012345678901',
      });
    });
  });

  describe('WhatsApp', () => {
    it('accepts 00 as the international prefix', () => {
      expect(okUrl(resolveProfile('whatsapp', { handle: '0044 20 7946 0958' }))).to.equal('https://wa.me/442079460958');
    });

    it('reads api.whatsapp.com send links', () => {
      expect(
        resolveProfile('whatsapp', { url: 'https://api.whatsapp.com/send?phone=16175550100&text=Hi' }),
      ).to.deep.equal({
        ok: true,
        url: 'https://wa.me/16175550100',
        handle: '+16175550100',
      });
    });

    it('rejects a number with more than 15 digits', () => {
      expect(resolveProfile('whatsapp', { handle: '+1 617 555 0100 12345' }).ok).to.equal(false);
    });
  });

  describe('Skype', () => {
    it('accepts a Skype Name without a URL, to be shown as text', () => {
      expect(resolveProfile('skype', { handle: 'ellen.park' })).to.deep.equal({
        ok: true,
        url: undefined,
        handle: 'ellen.park',
      });
    });

    it('accepts a live: Microsoft account id without a URL', () => {
      expect(resolveProfile('skype', { handle: 'live:.cid.3f2a1b0c9d8e7f6a' })).to.deep.equal({
        ok: true,
        url: undefined,
        handle: 'live:.cid.3f2a1b0c9d8e7f6a',
      });
    });
  });

  describe('websites, blogs, feeds and other links', () => {
    it('keep the query and fragment of the link', () => {
      expect(resolveProfile('other', { url: 'https://ellen.example/talks?year=2025#latest' })).to.deep.equal({
        ok: true,
        url: 'https://ellen.example/talks?year=2025#latest',
        handle: 'ellen.example/talks',
      });
    });

    it('upgrade http to https', () => {
      expect(okUrl(resolveProfile('blog', { url: 'http://ellen.example/blog' }))).to.equal(
        'https://ellen.example/blog',
      );
    });

    it('accept any public host, including the big networks', () => {
      expect(okUrl(resolveProfile('website', { url: 'https://github.com/northwind/handbook' }))).to.equal(
        'https://github.com/northwind/handbook',
      );
      expect(okUrl(resolveProfile('rss', { url: 'https://blog.northwind.example:8443/feed.xml' }))).to.equal(
        'https://blog.northwind.example:8443/feed.xml',
      );
    });

    it('accept an internationalized domain in its ASCII form', () => {
      expect(okUrl(resolveProfile('website', { url: 'https://bücher.example/' }))).to.equal(
        'https://xn--bcher-kva.example/',
      );
    });

    it('reject hosts without a dot and IP addresses', () => {
      for (const url of ['https://intranet/', 'http://localhost:8080/', 'https://192.168.1.20/']) {
        expect(resolveProfile('website', { url }), url).to.deep.equal({
          ok: false,
          field: 'url',
          message: 'website takes a URL such as https://ellen.example',
        });
      }
    });
  });

  it('never throws, and every URL it gives parses as https (property)', () => {
    const hostile = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u0000', '\u0001', ':', '/', '%', '@'), maxLength: 3 }),
        fc.constantFrom(
          'javascript:',
          'data:',
          'https://',
          'http://',
          '//',
          'HTTPS://',
          'x.com/',
          'mastodon.social/@',
          'bsky.app/profile/',
          'did:plc:',
          'wa.me/+',
          'u/',
          'in/',
          '@',
        ),
        fc.string(),
      )
      .map(([a, b, c]) => a + b + c);
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.domain(),
      hostile,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...NETWORK_IDS),
        fc.option(text, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        (network, handle, url) => {
          const result = resolveProfile(network, { handle, url });
          if (!result.ok) return typeof result.message === 'string' && result.message !== '';
          if (result.url === undefined) return network === 'skype';
          return new URL(result.url).protocol === 'https:' && result.url === new URL(result.url).href;
        },
      ),
      { numRuns: 3000 },
    );
  });
});
