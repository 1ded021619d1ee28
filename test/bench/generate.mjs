// Deterministic synthetic manifests for the benchmarks: the same count and seed always give the
// same manifest, byte for byte. Names are drawn from lists with accents and non-ASCII letters
// (so search's diacritic folding is exercised), with a skew towards the start of each list so
// some names are common, as in a real company.
//
//   import { generateManifest, typingSequences } from './generate.mjs';
//   node test/bench/generate.mjs 10000 [seed] > /tmp/manifest.json
//
// The command prints compact JSON, so 100,000 people (~40 MB) stay under loadManifest's 50 MB cap.

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Common names first: `pick` favours the start of a list.
const FIRST_NAMES = [
  'Maria',
  'Alice',
  'José',
  'Zoë',
  'David',
  'Anna',
  'Mohammed',
  'Sofía',
  'James',
  'Wei',
  'Léa',
  'Łukasz',
  'Siobhán',
  'Björn',
  'Inês',
  'Chloé',
  'François',
  'Jürgen',
  'Søren',
  'Åsa',
  'Ümit',
  'Çağla',
  'Renée',
  'Noémie',
  'Thảo',
  'Minh',
  'Ngozi',
  'Kwame',
  'Aisha',
  'Fatima',
  'Priya',
  'Rahul',
  'Ananya',
  'Hiroshi',
  'Yuki',
  'Kenji',
  'Mei-Lin',
  'Ji-woo',
  'Seo-yeon',
  'Olga',
  'Dmitri',
  'Zofia',
  'Małgorzata',
  'Tomáš',
  'Jiří',
  'Ágnes',
  'Zsófia',
  'Ólafur',
  'Sigríður',
  'Eoin',
  'Aoife',
  'Niamh',
  'Ciarán',
  'Gráinne',
  'Liam',
  'Emma',
  'Oliver',
  'Charlotte',
  'Noah',
  'Amelia',
  'Lucas',
  'Isabella',
  'Mateo',
  'Valentina',
  'Santiago',
  'Camila',
  'João',
  'Ana',
  'Beatriz',
  'Gonçalo',
  'Marco',
  'Giulia',
  'Chiara',
  'Luca',
  'Hannah',
  'Jonas',
  'Lena',
  'Mathis',
  'Élodie',
  'Hélène',
  'Ravi',
  'Deepika',
  'Arjun',
  'Nikhil',
  'Omar',
  'Layla',
  'Yusuf',
  'Elif',
  'Emre',
  'Samuel',
  'Grace',
  'Daniel',
  'Sarah',
  'Michael',
  'Emily',
  'Ellen',
  'Marcus',
  'Rosa',
  'Nour',
  'Ingrid',
];
const LAST_NAMES = [
  'Silva',
  'Smith',
  'García',
  'Nguyễn',
  'Müller',
  'Kim',
  'Santos',
  'Johnson',
  'Chen',
  'Sánchez',
  "O'Connor",
  'Wiśniewski',
  'Lindqvist',
  'Ramírez',
  'Fernández',
  'Gómez',
  'Martínez',
  'Pérez',
  'Álvarez',
  'Núñez',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Laurent',
  'Schmidt',
  'Schröder',
  'Weiß',
  'Köhler',
  'Jäger',
  'Novák',
  'Dvořák',
  'Kowalczyk',
  'Wójcik',
  'Łukaszewicz',
  'Nowak',
  'Öztürk',
  'Yılmaz',
  'Şahin',
  'Çelik',
  'Trần',
  'Lê',
  'Phạm',
  'Đặng',
  'Tanaka',
  'Watanabe',
  'Satō',
  'Yamamoto',
  'Park',
  'Lee',
  'Choi',
  'Okafor',
  'Adeyemi',
  'Mensah',
  'Eze',
  'Haddad',
  'El Amrani',
  'Rahman',
  'Siddiqui',
  'Iyer',
  'Raghunathan',
  'Patel',
  'Sharma',
  'Gupta',
  'Rossi',
  'Russo',
  'Bianchi',
  'Benedetti',
  'Carvalho',
  'Souza',
  'Pereira',
  'Gonçalves',
  'Costa',
  'Brown',
  'Taylor',
  'Wilson',
  'Walsh',
  'Murphy',
  "O'Brien",
  'MacLeod',
  'Ó Súilleabháin',
  'Jónsdóttir',
  'Guðmundsson',
  'Johansson',
  'Andersson',
  'Nielsen',
  'Sørensen',
  'Virtanen',
  'Nagy',
  'Horváth',
  'Popescu',
  'Petrova',
  'Ivanov',
  'Kuznetsova',
  'Featherstonehaugh-Wolstenholme',
  'Montague-Ashworth',
  'García-Márquez',
  'Delgado',
  'Rivera',
  'Thornton',
  'Bell',
];

const UNDECOMPOSABLE = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
/** ASCII slug: "Ó Súilleabháin" → "o-suilleabhain". */
function slug(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => UNDECOMPOSABLE[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
// Slugs once per list entry, not once per person.
const FIRST = FIRST_NAMES.map((name) => ({ name, slug: slug(name), alnum: slug(name).replace(/-/g, '') }));
const LAST = LAST_NAMES.map((name) => ({ name, slug: slug(name), alnum: slug(name).replace(/-/g, '') }));

const DOMAIN = 'globex.example';

const DEPARTMENTS = [
  {
    id: 'engineering',
    name: 'Engineering',
    titles: [
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Engineer',
      'Engineering Manager',
      'Site Reliability Engineer',
      'Security Engineer',
      'QA Engineer',
      'VP of Engineering',
    ],
  },
  {
    id: 'data',
    name: 'Data & Analytics',
    parent: 'engineering',
    titles: ['Data Engineer', 'Data Scientist', 'Analytics Engineer', 'Head of Data'],
  },
  {
    id: 'product',
    name: 'Product',
    titles: ['Product Manager', 'Senior Product Manager', 'Product Owner', 'Director of Product', 'Technical Writer'],
  },
  {
    id: 'design',
    name: 'Design',
    parent: 'product',
    titles: ['Product Designer', 'UX Researcher', 'Brand Designer', 'Design Director', 'Accessibility Specialist'],
  },
  {
    id: 'marketing',
    name: 'Marketing',
    titles: [
      'Marketing Director',
      'Marketing Manager',
      'Content Marketing Manager',
      'Social Media Manager',
      'Campaign Manager',
      'Events Coordinator',
      'SEO Specialist',
      'Marketing Coordinator',
    ],
  },
  {
    id: 'sales',
    name: 'Sales',
    titles: [
      'Account Executive',
      'Sales Director',
      'Account Manager',
      'Sales Development Representative',
      'Solutions Engineer',
      'Partner Manager',
    ],
  },
  {
    id: 'support',
    name: 'Customer Support',
    titles: [
      'Support Specialist',
      'Senior Support Specialist',
      'Customer Support Lead',
      'Support Operations Manager',
      'Community Manager',
    ],
  },
  {
    id: 'pr',
    name: 'Press & Communications',
    titles: [
      'Communications Director',
      'Press Officer',
      'Publicist',
      'Internal Communications Manager',
      'Speechwriter',
    ],
  },
  {
    id: 'hr',
    name: 'People & Talent',
    titles: [
      'Talent Acquisition Partner',
      'People Partner',
      'Head of People',
      'Learning & Development Lead',
      'Recruiting Coordinator',
    ],
  },
  {
    id: 'finance',
    name: 'Finance',
    titles: ['Financial Analyst', 'Accountant', 'Finance Director', 'Payroll Specialist', 'Procurement Manager'],
  },
  {
    id: 'legal',
    name: 'Legal & Privacy',
    titles: ['Legal Counsel', 'Data Protection Officer', 'Paralegal', 'General Counsel', 'Compliance Manager'],
  },
  {
    id: 'operations',
    name: 'Operations',
    titles: [
      'Office Manager',
      'Operations Manager',
      'IT Support Specialist',
      'Workplace Coordinator',
      'Chief Operating Officer',
    ],
  },
];
// How many people each department gets, relatively.
const DEPARTMENT_WEIGHTS = [22, 5, 7, 5, 9, 12, 14, 3, 5, 4, 3, 4];

const DEPARTMENT_PROFILES = {
  engineering: [{ network: 'github', handle: 'globex-eng' }],
  marketing: [
    { network: 'instagram', handle: 'globex' },
    { network: 'tiktok', handle: 'globex_hq' },
  ],
  support: [
    { network: 'x', handle: 'GlobexHelp' },
    { network: 'bluesky', handle: 'globexhelp.bsky.social' },
  ],
  pr: [
    { network: 'linkedin', handle: 'company/globex-newsroom' },
    { network: 'mastodon', handle: `@press@social.${DOMAIN}` },
  ],
  hr: [
    { network: 'linkedin', handle: 'company/globex-careers' },
    { network: 'instagram', handle: 'lifeatglobex' },
  ],
};

// [id, label, department(s), channel, audience, keywords]
const TOPICS = [
  [
    'order-problem',
    'A problem with an order',
    'support',
    'x',
    'public',
    'order|delivery|late|damaged|missing|tracking|ticket',
  ],
  ['refund', 'Refunds & returns', 'support', 'email', 'public', 'refund|return|money back|exchange|cancel order'],
  [
    'account-access',
    "Can't sign in to my account",
    'support',
    'email',
    'public',
    'login|log in|password|reset|locked out|two-factor|2FA',
  ],
  [
    'shipping',
    'Shipping & delivery times',
    'support operations',
    'x',
    'public',
    'shipping|delivery time|courier|customs|international shipping',
  ],
  [
    'product-bug',
    'Report a bug',
    'support engineering',
    'github',
    'public',
    'bug|error|crash|broken|not working|glitch',
  ],
  [
    'developer-api',
    'API & developer questions',
    'engineering',
    'github',
    'public',
    'API|SDK|developer|webhook|API key|rate limit|integration',
  ],
  [
    'status-outage',
    'Service status & outages',
    'engineering',
    'mastodon',
    'public',
    'outage|down|status|incident|slow|maintenance',
  ],
  [
    'security-report',
    'Report a security issue',
    'engineering legal',
    'email',
    'public',
    'security|vulnerability|bug bounty|responsible disclosure|phishing',
  ],
  [
    'open-source',
    'Open source contributions',
    'engineering',
    'github',
    'public',
    'open source|contribute|pull request|license|maintainer',
  ],
  ['data-export', 'Data exports & reports', 'data', 'email', 'public', 'export|CSV|report|data download|analytics'],
  ['dashboards', 'Internal dashboards & metrics', 'data', 'email', 'internal', 'dashboard|metrics|KPI|Looker|SQL'],
  [
    'feature-request',
    'Feature requests & feedback',
    'product',
    'email',
    'public',
    'feature request|feedback|suggestion|idea|roadmap',
  ],
  ['beta-program', 'Beta program', 'product', 'email', 'public', 'beta|early access|preview|tester|waitlist'],
  ['roadmap', 'What is on the roadmap', 'product', 'email', 'internal', 'roadmap|planning|priorities|OKR|release'],
  [
    'brand-assets',
    'Logos, brand assets & templates',
    'design marketing',
    'email',
    'internal',
    'logo|brand|template|slides|font|colors|email signature',
  ],
  [
    'accessibility',
    'Accessibility',
    'design engineering',
    'email',
    'public',
    'accessibility|screen reader|WCAG|a11y|contrast|captions',
  ],
  ['design-system', 'Design system', 'design', 'email', 'internal', 'design system|components|Figma|icons|tokens'],
  [
    'events',
    'Events & conferences',
    'marketing',
    'linkedin',
    'public',
    'event|conference|meetup|webinar|booth|tickets',
  ],
  [
    'partnerships',
    'Partnerships',
    'marketing sales',
    'linkedin',
    'public',
    'partnership|collaboration|co-marketing|affiliate|integration partner',
  ],
  ['newsletter', 'Newsletter', 'marketing', 'email', 'public', 'newsletter|subscribe|unsubscribe|mailing list'],
  [
    'sponsorship',
    'Sponsorship requests',
    'marketing',
    'email',
    'public',
    'sponsorship|sponsor|donation|community event|hackathon',
  ],
  [
    'social-media-training',
    'Social media training',
    'marketing hr',
    'email',
    'internal',
    'social media training|LinkedIn profile|personal brand|first post|champion',
  ],
  [
    'guest-content',
    'Guest posts & content collaborations',
    'marketing',
    'email',
    'public',
    'guest post|blog|article|content|podcast guest',
  ],
  ['pricing-quote', 'Pricing & quotes', 'sales', 'email', 'public', 'pricing|quote|price|discount|plan|license cost'],
  [
    'enterprise-sales',
    'Enterprise sales',
    'sales',
    'linkedin',
    'public',
    'enterprise|contract|procurement|RFP|demo|volume',
  ],
  [
    'education-discount',
    'Education & non-profit discounts',
    'sales',
    'email',
    'public',
    'education|student|teacher|school|non-profit|charity|discount',
  ],
  [
    'press-inquiries',
    'Press inquiries',
    'pr',
    'email',
    'public',
    'press|journalist|media|interview|press release|embargo|comment',
  ],
  [
    'speaker-requests',
    'Speaker & interview requests',
    'pr',
    'email',
    'public',
    'speaker|keynote|panel|podcast|interview|talk',
  ],
  [
    'crisis',
    'Something about us is going viral',
    'pr',
    'email',
    'internal',
    'viral|crisis|negative press|escalate|urgent|misinformation',
  ],
  ['careers', 'Careers & jobs', 'hr', 'linkedin', 'public', 'jobs|careers|hiring|vacancy|apply|recruiter|job opening'],
  [
    'internships',
    'Internships & graduate roles',
    'hr',
    'linkedin',
    'public',
    'internship|intern|graduate|student job|work experience',
  ],
  [
    'benefits',
    'Benefits & leave',
    'hr',
    'email',
    'internal',
    'benefits|parental leave|vacation|health insurance|pension',
  ],
  ['onboarding', 'Onboarding', 'hr operations', 'email', 'internal', 'onboarding|first day|new hire|laptop|buddy'],
  ['invoices', 'Invoices & payments', 'finance', 'email', 'public', 'invoice|payment|billing|receipt|VAT|credit card'],
  [
    'suppliers',
    'Becoming a supplier',
    'finance',
    'email',
    'public',
    'supplier|vendor|procurement|purchase order|tender',
  ],
  ['expenses', 'Expenses', 'finance', 'email', 'internal', 'expenses|reimbursement|corporate card|receipts|per diem'],
  [
    'privacy-request',
    'Privacy & data requests',
    'legal',
    'email',
    'public',
    'privacy|GDPR|CCPA|personal data|delete my data|access request',
  ],
  [
    'trademark',
    'Trademark & logo use',
    'legal',
    'email',
    'public',
    'trademark|logo use|copyright|permission|brand use',
  ],
  ['legal-notice', 'Legal notices', 'legal', 'email', 'public', 'legal notice|subpoena|DMCA|takedown|complaint'],
  [
    'office-access',
    'Office access & facilities',
    'operations',
    'email',
    'internal',
    'office|badge|access card|desk booking|parking|visitor',
  ],
];

// [location, time zones (the first is the usual one), weight, languages]
const LOCATIONS = [
  ['Boston', ['America/New_York'], 12, ['en']],
  ['New York', ['America/New_York'], 8, ['en', 'es']],
  ['San Francisco', ['America/Los_Angeles'], 6, ['en']],
  ['Toronto', ['America/Toronto'], 6, ['en', 'fr-CA']],
  ['London', ['Europe/London'], 10, ['en']],
  ['Lisbon', ['Europe/Lisbon'], 6, ['pt-PT', 'en']],
  ['Berlin', ['Europe/Berlin'], 7, ['de', 'en']],
  ['Paris', ['Europe/Paris'], 4, ['fr', 'en']],
  ['Madrid', ['Europe/Madrid'], 3, ['es', 'en']],
  ['Kraków', ['Europe/Warsaw'], 3, ['pl', 'en']],
  ['Zürich', ['Europe/Zurich'], 2, ['de-CH', 'fr', 'en']],
  ['Stockholm', ['Europe/Stockholm'], 2, ['sv', 'en']],
  ['São Paulo', ['America/Sao_Paulo'], 4, ['pt-BR', 'es', 'en']],
  ['Mexico City', ['America/Mexico_City'], 3, ['es-MX', 'en']],
  ['Bengaluru', ['Asia/Kolkata'], 5, ['en', 'hi', 'kn']],
  ['Tokyo', ['Asia/Tokyo'], 3, ['ja', 'en']],
  ['Singapore', ['Asia/Singapore'], 2, ['en', 'zh', 'ms']],
  ['Sydney', ['Australia/Sydney'], 2, ['en']],
  ['Lagos', ['Africa/Lagos'], 2, ['en', 'yo']],
  [
    'Remote',
    [
      'America/Chicago',
      'America/Denver',
      'Europe/Dublin',
      'Europe/Rome',
      'Africa/Accra',
      'Asia/Ho_Chi_Minh',
      'Pacific/Auckland',
    ],
    10,
    ['en'],
  ],
];
const PHONE_AREAS = { Boston: '617', 'New York': '212', 'San Francisco': '415', Toronto: '416' };

const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they'];
const ASK_ME_ABOUT = [
  'social media training',
  'public speaking',
  'TypeScript',
  'accessibility',
  'hiring',
  'LinkedIn',
  'podcasting',
  'photography',
  'onboarding',
  'our API',
  'data privacy',
  'negotiation',
  'mentoring',
  'conference talks',
  'writing',
  'Figma',
  'SQL',
  'customer escalations',
  'the Lisbon office',
  'relocation',
  'remote work',
  'machine learning',
  'pricing',
  'video editing',
  'open source',
  'running meetups',
];
const MASTODON_INSTANCES = [
  'mastodon.social',
  'hachyderm.io',
  'fosstodon.org',
  'mas.to',
  'mstdn.social',
  'chaos.social',
];
// [network, relative weight]
const NETWORKS = [
  ['linkedin', 30],
  ['x', 14],
  ['github', 10],
  ['instagram', 9],
  ['mastodon', 7],
  ['bluesky', 8],
  ['threads', 4],
  ['youtube', 3],
  ['tiktok', 3],
  ['medium', 2],
  ['stackoverflow', 2],
  ['gitlab', 2],
  ['dribbble', 2],
  ['behance', 1],
  ['website', 3],
  ['substack', 1],
  ['twitch', 1],
  ['telegram', 1],
];

function cumulative(weights) {
  let total = 0;
  return weights.map((w) => (total += w));
}
const DEPARTMENT_CUMULATIVE = cumulative(DEPARTMENT_WEIGHTS);
const LOCATION_CUMULATIVE = cumulative(LOCATIONS.map((l) => l[2]));
const NETWORK_CUMULATIVE = cumulative(NETWORKS.map((n) => n[1]));

/** A profile on `network` for the person named first/last, handle or url, valid for that network's rules. */
function profileFor(network, first, last, n, rnd) {
  const suffix = rnd() < 0.4 ? String(n % 1000) : '';
  const joined = first.alnum + last.alnum;
  switch (network) {
    case 'linkedin':
      return rnd() < 0.8
        ? { network, handle: `in/${first.slug}-${last.slug}${suffix ? `-${suffix}` : ''}` }
        : { network, url: `https://www.linkedin.com/in/${first.slug}${last.slug}${suffix}` };
    case 'x':
      return {
        network,
        handle: (rnd() < 0.5 ? joined : `${first.alnum}_${last.alnum}`).slice(0, 15 - suffix.length) + suffix,
      };
    case 'github': {
      const handle = `${first.slug}-${last.slug}`.slice(0, 35).replace(/-+$/, '') + suffix;
      return rnd() < 0.8 ? { network, handle } : { network, url: `https://github.com/${handle}` };
    }
    case 'gitlab':
      return { network, handle: joined.slice(0, 30) + suffix };
    case 'instagram':
    case 'threads':
      return { network, handle: `${first.alnum}.${last.alnum}`.slice(0, 26) + suffix };
    case 'tiktok':
      return { network, handle: `${first.alnum}_${last.alnum}`.slice(0, 20) + suffix };
    case 'mastodon': {
      const instance = MASTODON_INSTANCES[Math.floor(rnd() * MASTODON_INSTANCES.length)];
      return { network, handle: `@${first.alnum}${suffix}@${instance}` };
    }
    case 'bluesky':
      return rnd() < 0.85
        ? { network, handle: `${joined.slice(0, 40)}${suffix}.bsky.social` }
        : { network, handle: `${first.slug}.${last.slug}.dev` };
    case 'youtube':
      return { network, handle: `@${joined.slice(0, 25)}${suffix}` };
    case 'medium':
      return { network, handle: `@${joined.slice(0, 25)}${suffix}` };
    case 'stackoverflow':
      return { network, url: `https://stackoverflow.com/users/${100000 + n}/${first.slug}-${last.slug}` };
    case 'dribbble':
    case 'behance':
      return { network, handle: joined.slice(0, 20) + suffix };
    case 'twitch':
      return { network, handle: `${first.alnum}_${last.alnum}`.slice(0, 21) + suffix };
    case 'telegram':
      return { network, handle: `${first.alnum}_${last.alnum}`.slice(0, 28) + suffix };
    case 'substack':
      return { network, url: `https://${joined.slice(0, 30)}${suffix}.substack.com` };
    default: // website
      return { network, url: `https://${first.slug}-${last.slug}.example/` };
  }
}

/**
 * How many people report to person `i`: 3 to 12, from a hash of the index rather than the
 * seeded generator, so adding managers left every other field of every person as it was.
 */
function spanOf(i) {
  let h = Math.imul(i + 1, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return 3 + ((h >>> 0) % 10);
}

/**
 * A synthetic manifest with `peopleCount` people, 12 departments and 40 topics.
 * Departments and topics never depend on the count, and person `i` is the same for every count
 * larger than `i` with the same seed (so manifests of different sizes nest). Person 0 heads the
 * organization; the tree fills level by level, each manager with 3–12 reports (7.5 on
 * average), so 100,000 people are 7 levels deep, as in a real company of that size.
 * @param {number} peopleCount
 * @param {{ seed?: number }} [options]
 */
export function generateManifest(peopleCount, { seed = 1 } = {}) {
  const rnd = mulberry32(seed);
  /** An index into a list of `length`, favouring the start (common names first). */
  const skewed = (length) => Math.floor(rnd() ** 1.6 * length);
  const weighted = (cumulativeWeights) => {
    const target = rnd() * cumulativeWeights[cumulativeWeights.length - 1];
    let i = 0;
    while (cumulativeWeights[i] <= target) i++;
    return i;
  };

  const departments = DEPARTMENTS.map((d) => ({
    id: d.id,
    name: d.name,
    description: `${d.name} at Globex.`,
    email: `${d.id}@${DOMAIN}`,
    ...(DEPARTMENT_PROFILES[d.id] ? { profiles: DEPARTMENT_PROFILES[d.id].map((p) => ({ ...p })) } : {}),
    ...(d.parent ? { parent: d.parent } : {}),
  }));

  const topics = TOPICS.map(([id, label, owners, channel, audience, keywords]) => {
    const ids = owners.split(' ');
    return {
      id,
      label,
      keywords: keywords.split('|'),
      departments: ids,
      people: [],
      channel,
      instructions:
        channel === 'email'
          ? `Email ${ids[0]}@${DOMAIN} with the details.`
          : `Send us a message on ${channel}; we answer within a working day.`,
      audience,
    };
  });
  const topicsByDepartment = new Map(DEPARTMENTS.map((d) => [d.id, []]));
  for (const topic of topics) for (const id of topic.departments) topicsByDepartment.get(id).push(topic);

  const people = new Array(peopleCount);
  const chosen = new Set();
  // The manager whose reports are being filled, and how many more they get.
  let manager = 0;
  let openings = spanOf(0);
  for (let i = 0; i < peopleCount; i++) {
    const first = FIRST[skewed(FIRST.length)];
    const last = LAST[skewed(LAST.length)];
    const department = DEPARTMENTS[weighted(DEPARTMENT_CUMULATIVE)];
    const [location, zones, , localLanguages] = LOCATIONS[weighted(LOCATION_CUMULATIVE)];
    const id = `${first.slug}-${last.slug}-${i.toString(36)}`;
    const person = { id, name: `${first.name} ${last.name}` };
    if (rnd() < 0.4) person.pronouns = PRONOUNS[skewed(PRONOUNS.length)];
    person.title = department.titles[skewed(department.titles.length)];
    person.department = department.id;
    person.email = `${first.slug}.${last.slug}.${i.toString(36)}@${DOMAIN}`;
    const area = PHONE_AREAS[location];
    if (area !== undefined && rnd() < 0.5) person.phone = `+1 ${area} 555 01${String(i % 100).padStart(2, '0')}`;
    person.location = location;
    person.timeZone = zones.length === 1 ? zones[0] : zones[Math.floor(rnd() * zones.length)];
    if (rnd() < 0.8) person.photo = `https://${DOMAIN}/people/${id}.jpg`;

    const profileCount = Math.floor(rnd() * 5); // 0–4
    if (profileCount > 0) {
      chosen.clear();
      const profiles = [];
      for (let k = 0; k < profileCount * 2 && profiles.length < profileCount; k++) {
        const network = NETWORKS[weighted(NETWORK_CUMULATIVE)][0];
        if (chosen.has(network)) continue;
        chosen.add(network);
        profiles.push(profileFor(network, first, last, i, rnd));
      }
      person.profiles = profiles;
    }

    if (rnd() < 0.12) {
      const own = topicsByDepartment.get(department.id);
      const topic = own[Math.floor(rnd() * own.length)];
      person.topics = [topic.id];
      if (topic.people.length < 3) topic.people.push(id);
    }
    if (rnd() < 0.35) {
      const a = ASK_ME_ABOUT[Math.floor(rnd() * ASK_ME_ABOUT.length)];
      const b = ASK_ME_ABOUT[Math.floor(rnd() * ASK_ME_ABOUT.length)];
      person.askMeAbout = a === b ? [a] : [a, b];
    }
    if (rnd() < 0.3) person.languages = localLanguages;
    if (rnd() < 0.05) person.champion = true;
    if (rnd() < 0.5) person.visibility = 'public';
    if (i > 0) {
      person.manager = people[manager].id;
      if (--openings === 0) openings = spanOf(++manager);
    }
    people[i] = person;
  }

  return {
    version: 1,
    organization: {
      name: 'Globex',
      website: `https://${DOMAIN}`,
      email: `hello@${DOMAIN}`,
      profiles: [
        { network: 'linkedin', handle: 'company/globex' },
        { network: 'x', handle: 'Globex' },
        { network: 'bluesky', handle: 'globex.bsky.social' },
        { network: 'youtube', handle: '@globex' },
      ],
      guidelines: {
        url: `https://intranet.${DOMAIN}/social-media`,
        rules: [
          'Say that your views are your own.',
          'Never share confidential or unannounced information.',
          'Send journalists to Press & Communications.',
          'Point customer complaints to @GlobexHelp.',
          'When in doubt, ask a social media champion.',
        ],
      },
      signature: { brandColor: '#7c3aed', iconBaseUrl: `https://cdn.${DOMAIN}/icons/` },
    },
    departments,
    topics,
    people,
  };
}

/** The prefixes of `text` as it is typed, one character (code point) at a time. */
function typed(text) {
  const chars = [...text];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

/**
 * Queries as a user types them, keystroke by keystroke: names (one and two words), a title, a
 * location, an accented name, a name typed without its accents, and one that matches nothing.
 * Every word except the last sequence's exists in the generated manifests.
 */
export const typingSequences = [
  typed('alice'),
  typed('maria silva'),
  typed('marketing director'),
  typed('lisbon'),
  typed('zoë'),
  typed('nguyen'),
  typed('qxjzvk'),
];

// Runnable from the command line, importable anywhere (the browser tests use it too).
const argv = globalThis.process?.argv;
const isMain = argv?.[1] !== undefined && import.meta.url === new URL(`file://${argv[1]}`).href;
if (isMain) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: node test/bench/generate.mjs <people> [seed] > manifest.json\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(generateManifest(count, { seed }))}\n`);
}
