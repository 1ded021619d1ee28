// A page using only the headless SDK from the standalone build, the way a script tag would.
import { createDirectory, forAudience, loadManifest, NETWORKS, safeUrl } from '../dist/social-directory.min.js';

const $ = (id) => document.getElementById(id);
const status = $('status');

function option(value, label) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function renderPerson(person, directory) {
  const item = document.createElement('li');
  const name = document.createElement('div');
  name.className = 'name';
  name.textContent = person.pronouns ? `${person.name} (${person.pronouns})` : person.name;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const department = person.department ? directory.department(person.department)?.name : undefined;
  meta.textContent = [person.title, department, person.location].filter(Boolean).join(' · ');
  item.append(name, meta);
  for (const profile of person.profiles) {
    const href = safeUrl(profile.url);
    if (!href) continue;
    const link = document.createElement('a');
    link.href = href;
    link.rel = 'me noopener';
    link.textContent = `${NETWORKS[profile.network].label}: ${profile.handle}`;
    item.append(link);
  }
  return item;
}

async function main() {
  let loaded;
  try {
    loaded = await loadManifest('./northwind.social.json');
  } catch (error) {
    status.textContent = `Could not load the manifest: ${error.message}`;
    status.className = 'error';
    return;
  }
  const { manifest, warnings } = loaded;
  for (const warning of warnings) {
    const item = document.createElement('li');
    item.textContent = `${warning.at}: ${warning.message}`;
    $('warnings').append(item);
  }
  const directories = {
    internal: createDirectory(manifest),
    public: createDirectory(forAudience(manifest, 'public')),
  };
  status.textContent = `${manifest.organization.name}: ${manifest.people.length} people, ${manifest.departments.length} departments, ${manifest.topics.length} topics (${warnings.length} warnings).`;

  for (const department of manifest.departments) $('department').append(option(department.id, department.name));

  function update() {
    const directory = directories[$('audience').value];
    const query = {
      text: $('query').value,
      department: $('department').value || undefined,
      network: $('network').value || undefined,
      champion: $('champion').checked || undefined,
    };
    const { people, facets } = directory.search(query);
    const networkSelect = $('network');
    const chosen = networkSelect.value;
    networkSelect.replaceChildren(option('', 'All'));
    for (const [id, count] of Object.entries(facets.network).sort((a, b) => b[1] - a[1])) {
      networkSelect.append(option(id, `${NETWORKS[id].label} (${count})`));
    }
    networkSelect.value = chosen;
    $('count').textContent = `${people.length} ${people.length === 1 ? 'person' : 'people'}`;
    $('results').replaceChildren(...people.map((person) => renderPerson(person, directory)));
  }
  $('search').addEventListener('input', update);
  $('search').addEventListener('submit', (event) => event.preventDefault());
  update();
}

main();
