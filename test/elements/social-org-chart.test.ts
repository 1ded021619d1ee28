import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SocialOrgChart } from '../../src/elements/social-org-chart.js';
import type { ManifestInput } from '../../src/core/index.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';

// Chromium reports "ResizeObserver loop completed with undelivered notifications" when the
// virtualizer resizes rows inside a ResizeObserver callback; the spec calls it benign.
window.addEventListener('error', (event) => {
  if (event.message.includes('ResizeObserver loop')) event.stopImmediatePropagation();
});

// A press of eight: the publisher, two directors, their teams; Zoë and Zac for type-ahead.
const press = (): ManifestInput => ({
  version: 1,
  organization: { name: 'Northwind Press' },
  departments: [
    { id: 'editorial', name: 'Editorial', lead: 'amara-okafor' },
    { id: 'marketing', name: 'Marketing', lead: 'ellen-park' },
  ],
  people: [
    {
      id: 'harriet-vance',
      name: 'Harriet Vance',
      title: 'Publisher & Chief Executive',
      visibility: 'public',
      profiles: [{ network: 'linkedin', handle: 'harrietvance' }],
    },
    {
      id: 'amara-okafor',
      name: 'Amara Okafor',
      title: 'Editorial Director',
      department: 'editorial',
      manager: 'harriet-vance',
      visibility: 'public',
    },
    {
      id: 'ellen-park',
      name: 'Ellen Park',
      title: 'Marketing Director',
      department: 'marketing',
      manager: 'harriet-vance',
    },
    {
      id: 'jose-ramirez',
      name: 'José Ramírez',
      title: 'Senior Editor',
      department: 'editorial',
      manager: 'amara-okafor',
      visibility: 'public',
    },
    { id: 'siobhan-oconnor', name: "Siobhán O'Connor", department: 'editorial', manager: 'amara-okafor' },
    { id: 'zoe-laurent', name: 'Zoë Laurent', department: 'marketing', manager: 'ellen-park' },
    { id: 'zac-hale', name: 'Zac Hale', department: 'marketing', manager: 'ellen-park' },
    { id: 'priya-raghunathan', name: 'Priya Raghunathan', department: 'editorial', manager: 'jose-ramirez' },
  ],
});

async function chart(
  template = html`<social-org-chart .manifest=${press()}></social-org-chart>`,
): Promise<SocialOrgChart> {
  const el = await fixture<SocialOrgChart>(template);
  await waitUntil(
    () => el.shadowRoot!.querySelector('[role="tree"], [part="chart"], [part="error"]') !== null,
    'chart did not render',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}
const items = (el: SocialOrgChart) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const visible = (el: SocialOrgChart) => items(el).map((item) => item.dataset['id']);
const focused = (el: SocialOrgChart) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];
const item = (el: SocialOrgChart, id: string) => items(el).find((i) => i.dataset['id'] === id)!;
async function press_(el: SocialOrgChart, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
async function focusTree(el: SocialOrgChart) {
  items(el)
    .find((i) => i.tabIndex === 0)!
    .focus();
  await el.updateComplete;
}

describe('<social-org-chart> tree', () => {
  it('opens at the top of the organization: the head and their reports', async () => {
    const el = await chart();
    expect(visible(el)).to.deep.equal(['harriet-vance', 'amara-okafor', 'ellen-park']);
    const top = item(el, 'harriet-vance');
    expect(top.getAttribute('aria-level')).to.equal('1');
    expect(top.getAttribute('aria-expanded')).to.equal('true');
    expect(top.textContent).to.include('7 under them');
    expect(top.textContent).to.include('Publisher & Chief Executive · LinkedIn');
    const amara = item(el, 'amara-okafor');
    expect([
      amara.getAttribute('aria-level'),
      amara.getAttribute('aria-posinset'),
      amara.getAttribute('aria-setsize'),
    ]).to.deep.equal(['2', '1', '2']);
    expect(amara.getAttribute('aria-expanded')).to.equal('false');
  });

  it('has one row in the tab order (a roving tabindex)', async () => {
    const el = await chart();
    expect(
      items(el)
        .filter((i) => i.tabIndex === 0)
        .map((i) => i.dataset['id']),
    ).to.deep.equal(['harriet-vance']);
  });

  it('moves with Down and Up, and Home and End', async () => {
    const el = await chart();
    await focusTree(el);
    await press_(el, 'ArrowDown');
    expect(focused(el)).to.equal('amara-okafor');
    expect(item(el, 'amara-okafor').tabIndex).to.equal(0);
    expect(item(el, 'harriet-vance').tabIndex).to.equal(-1);
    await press_(el, 'End');
    expect(focused(el)).to.equal('ellen-park');
    await press_(el, 'ArrowUp');
    expect(focused(el)).to.equal('amara-okafor');
    await press_(el, 'Home');
    expect(focused(el)).to.equal('harriet-vance');
    await press_(el, 'ArrowUp');
    expect(focused(el)).to.equal('harriet-vance');
  });

  it('opens with Right, moves into the reports with Right again, back to the manager with Left, and closes with Left', async () => {
    const el = await chart();
    await focusTree(el);
    await press_(el, 'ArrowDown');
    await press_(el, 'ArrowRight');
    expect(item(el, 'amara-okafor').getAttribute('aria-expanded')).to.equal('true');
    expect(visible(el)).to.deep.equal([
      'harriet-vance',
      'amara-okafor',
      'jose-ramirez',
      'siobhan-oconnor',
      'ellen-park',
    ]);
    expect(focused(el)).to.equal('amara-okafor');
    await press_(el, 'ArrowRight');
    expect(focused(el)).to.equal('jose-ramirez');
    expect(item(el, 'jose-ramirez').getAttribute('aria-level')).to.equal('3');
    await press_(el, 'ArrowLeft');
    expect(focused(el)).to.equal('amara-okafor');
    await press_(el, 'ArrowLeft');
    expect(item(el, 'amara-okafor').getAttribute('aria-expanded')).to.equal('false');
    expect(visible(el)).to.deep.equal(['harriet-vance', 'amara-okafor', 'ellen-park']);
  });

  it('does nothing on Right for someone without reports', async () => {
    const el = await chart();
    await focusTree(el);
    await press_(el, 'ArrowDown');
    await press_(el, 'ArrowRight');
    await press_(el, 'ArrowRight');
    await press_(el, 'ArrowDown');
    expect(focused(el)).to.equal('siobhan-oconnor');
    await press_(el, 'ArrowRight');
    expect(focused(el)).to.equal('siobhan-oconnor');
    expect(item(el, 'siobhan-oconnor').hasAttribute('aria-expanded')).to.equal(false);
  });

  it('jumps to the next visible name typed (type-ahead), and cycles among names with the same letter', async () => {
    const el = await chart();
    await focusTree(el);
    await press_(el, 'ArrowDown');
    await press_(el, 'End');
    await press_(el, 'ArrowRight');
    expect(visible(el)).to.include('zac-hale');
    await press_(el, 'z');
    expect(focused(el)).to.equal('zac-hale');
    await press_(el, 'z');
    expect(focused(el)).to.equal('zoe-laurent');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await press_(el, 'h');
    expect(focused(el)).to.equal('harriet-vance');
  });

  it('fires social-select with Enter, Space and a click', async () => {
    const el = await chart();
    await focusTree(el);
    await press_(el, 'ArrowDown');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'social-select')).detail.person.id).to.equal('amara-okafor');
    setTimeout(() => void sendKeys({ press: 'Space' }));
    expect((await oneEvent(el, 'social-select')).detail.person.id).to.equal('amara-okafor');
    setTimeout(() => item(el, 'ellen-park').querySelector<HTMLElement>('.name')!.click());
    const event = await oneEvent(el, 'social-select');
    expect(event.detail.person.id).to.equal('ellen-park');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('opens and closes with a click on the arrow', async () => {
    const el = await chart();
    item(el, 'ellen-park').querySelector<HTMLElement>('.twisty')!.click();
    await el.updateComplete;
    expect(visible(el)).to.deep.equal(['harriet-vance', 'amara-okafor', 'ellen-park', 'zac-hale', 'zoe-laurent']);
  });

  it('finds a person with the search box and opens the path to them', async () => {
    const el = await chart();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'priya';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    const match = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="matches"] button')!;
    expect(match.textContent).to.include('Priya Raghunathan');
    match.click();
    await waitUntil(() => focused(el) === 'priya-raghunathan', 'Priya was not focused');
    expect(visible(el)).to.deep.equal([
      'harriet-vance',
      'amara-okafor',
      'jose-ramirez',
      'priya-raghunathan',
      'siobhan-oconnor',
      'ellen-park',
    ]);
    expect(item(el, 'priya-raghunathan').getAttribute('aria-level')).to.equal('4');
  });

  it("starts at a person, or at a department's lead", async () => {
    const byPerson = await chart(html`<social-org-chart root="ellen-park" .manifest=${press()}></social-org-chart>`);
    expect(visible(byPerson)).to.deep.equal(['ellen-park', 'zac-hale', 'zoe-laurent']);
    const byDepartment = await chart(
      html`<social-org-chart root="department=editorial" .manifest=${press()}></social-org-chart>`,
    );
    expect(visible(byDepartment)).to.deep.equal(['amara-okafor', 'jose-ramirez', 'siobhan-oconnor']);
  });

  it('shows only public people and public links on a public page, counting only them', async () => {
    const el = await chart(html`<social-org-chart audience="public" .manifest=${press()}></social-org-chart>`);
    expect(visible(el)).to.deep.equal(['harriet-vance', 'amara-okafor']);
    expect(item(el, 'harriet-vance').textContent).to.include('2 under them');
    expect(el.shadowRoot!.textContent).not.to.include('Ellen');
  });

  it('speaks French', async () => {
    const el = await chart(html`<social-org-chart lang="fr" .manifest=${press()}></social-org-chart>`);
    expect(el.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Organigramme');
    expect(item(el, 'harriet-vance').textContent).to.include('7 sous sa responsabilité');
  });

  it('shows the error state for a manifest that cannot load', async () => {
    const el = await chart(
      html`<social-org-chart .manifest=${{ version: 1, organization: { name: 'X' }, people: [] }}></social-org-chart>`,
    );
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('no people');
  });

  it('has no accessibility violations, light and dark', async () => {
    const el = await chart();
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('<social-org-chart> chart layout', () => {
  it('draws boxes for the open levels, and opens a level with its button', async () => {
    const el = await chart(html`<social-org-chart layout="chart" .manifest=${press()}></social-org-chart>`);
    const boxes = () => [...el.shadowRoot!.querySelectorAll('[part="node"] .name')].map((b) => b.textContent);
    expect(boxes()).to.deep.equal(['Harriet Vance', 'Amara Okafor', 'Ellen Park']);
    const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')].find((b) =>
      b.textContent!.includes('Ellen'),
    )!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent).to.include('2 direct reports');
    toggle.click();
    await el.updateComplete;
    expect(boxes()).to.deep.equal(['Harriet Vance', 'Amara Okafor', 'Ellen Park', 'Zac Hale', 'Zoë Laurent']);
  });

  it('scrolls sideways inside itself on a phone, not the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <social-org-chart layout="chart" .manifest=${press()}></social-org-chart>
    </div>`);
    const el = wrapper.querySelector('social-org-chart')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="chart"]') !== null, 'chart did not render');
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle[aria-expanded="false"]')];
    toggles.forEach((t) => t.click());
    await el.updateComplete;
    const area = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(area.scrollWidth).to.be.greaterThan(area.clientWidth);
    expect(wrapper.scrollWidth).to.be.at.most(360);
  });

  it('has no accessibility violations', async () => {
    const el = await chart(html`<social-org-chart layout="chart" .manifest=${press()}></social-org-chart>`);
    await expect(el).to.be.accessible();
  });
});

describe('<social-org-chart> at scale', () => {
  it('keeps the DOM bounded when a manager of 2,000 is opened', async function () {
    // Generating and validating the manifest is most of the time on a busy machine.
    this.timeout(60_000);
    const manifest = generateManifest(2100);
    // Everyone after the first two reports to person 1: 2,098 reports.
    const boss = manifest.people[1].id;
    for (const person of manifest.people.slice(2)) person.manager = boss;
    const el = await chart(html`<social-org-chart .manifest=${manifest}></social-org-chart>`);
    await el.reveal(manifest.people[2].id);
    await waitUntil(() => items(el).length > 3, 'reports did not render');
    // Plain rows stand in for the moment the virtualizer takes to arrive (it loads on demand).
    await waitUntil(() => items(el).length < 120, 'the tree did not virtualize its rows', { timeout: 10_000 });
    await el.reveal(manifest.people[2].id);
    await focusTree(el);
    await press_(el, 'End');
    await waitUntil(
      () => focused(el) !== undefined && item(el, focused(el)!).getAttribute('aria-posinset') === '2098',
      'End did not reach the last report',
      { timeout: 10_000 },
    );
  });
});
