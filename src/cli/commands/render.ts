/**
 * `social-directory render`: a careers page whose people are in its HTML (server-rendered with
 * declarative shadow DOM), with the manifest embedded for the element to hydrate from and the
 * page's structured data, for crawlers and link previews that run no script.
 * @module
 */
import { parseArgs } from 'node:util';
import { escapeHtml, forAudience, safeUrl } from '../../core/index.js';
import { serializeJsonLd, toJsonLd } from '../../core/jsonld.js';
import { CliError, loadValidManifest, pageUrlOption, readTextFile, writeOutputFile, type Output } from '../io.js';

/** `social-directory render --help`. */
export const RENDER_HELP = `Usage: social-directory render <public manifest.json> -o careers.html [options]

Writes a careers page with the directory already rendered in its HTML (declarative shadow
DOM): search engines, link previews and people without JavaScript see every public person,
their title and profile links. The public manifest is embedded in the page, and the script
hydrates the same element from it without fetching it again. The page's structured data
(schema.org JSON-LD) goes in its <head>. Only what the public audience may see is used, even
from a full manifest.

Options:
  -o, --output <file>    write the page here (required)
  --template <file>      an HTML page with <!-- social-directory --> where the directory goes
                         and, optionally, <!-- social-directory-head --> for the scripts
                         (default: before </head>); default: a plain page
  --script <url>         the script that hydrates the page (default:
                         social-directory-hydrate.min.js, copied from the package's dist/)
  --page-url <url>       the page's address, for people's links in the structured data
  --lang <tag>           the language of the directory's text (default: the template's <html lang>, else en)
  --title <text>         the default template's title (default: "<organization> – people")
  --force                allow -o to replace an input file
  -h, --help             show this help

Exit status: 0 written, 1 invalid manifest or no public people, 2 usage or I/O error.
`;

const BODY_MARK = '<!-- social-directory -->';
const HEAD_MARK = '<!-- social-directory-head -->';

function defaultTemplate(title: string, lang: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${HEAD_MARK}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${BODY_MARK}
</main>
</body>
</html>
`;
}

/** Runs `social-directory render`; returns the exit code. */
export async function runRender(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      template: { type: 'string' },
      script: { type: 'string' },
      'page-url': { type: 'string' },
      lang: { type: 'string' },
      title: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError('render takes one manifest: social-directory render <public.json> -o careers.html');
  if (values.output === undefined) throw new CliError('render needs -o <file>: where to write the page.');
  const pageUrl = pageUrlOption(values['page-url']);
  const template = values.template === undefined ? undefined : readTextFile(values.template);
  if (template !== undefined && !template.includes(BODY_MARK)) {
    throw new CliError(`${values.template} has no ${BODY_MARK} line: put it where the directory goes.`);
  }
  const loaded = await loadValidManifest(source);
  const visible = forAudience(loaded.manifest, 'public');
  if (visible.people.length === 0) {
    throw new CliError(
      `no one in ${source} is public: a careers page would be empty. Add "visibility": "public" to the people who agreed.`,
      1,
    );
  }
  const lang = values.lang ?? /<html[^>]*\slang="([^"]+)"/i.exec(template ?? '')?.[1] ?? 'en';
  const page = template ?? defaultTemplate(values.title ?? `${visible.organization.name} – people`, lang);

  // Loaded only by this command: lit and the elements have no place in the others' start-up.
  // The path is computed so the CLI bundle leaves the module to dist/ssr.js, next to it.
  const ssrModule = new URL('./ssr.js', import.meta.url).href;
  const { renderDirectoryHtml } = (await import(ssrModule)) as typeof import('../../ssr.js');
  const directory = renderDirectoryHtml(visible, { lang });
  const jsonld = serializeJsonLd(
    toJsonLd(visible, { audience: 'public', ...(pageUrl === undefined ? {} : { pageUrl }) }),
  );
  const script =
    safeUrl(values.script ?? 'social-directory-hydrate.min.js', 'https://page.invalid/') === undefined
      ? undefined
      : (values.script ?? 'social-directory-hydrate.min.js');
  if (script === undefined) throw new CliError(`--script must be a URL (got "${values.script}").`);
  const head = `<script type="application/ld+json" data-social-directory>${jsonld}</script>
<script type="module" src="${escapeHtml(script)}"></script>`;
  const html = page.includes(HEAD_MARK)
    ? page.replace(HEAD_MARK, () => head).replace(BODY_MARK, () => directory)
    : page.replace(/<\/head>/i, () => `${head}\n</head>`).replace(BODY_MARK, () => directory);
  writeOutputFile(
    values.output,
    html,
    [source, ...(values.template === undefined ? [] : [values.template])],
    values.force === true,
  );
  const removed = loaded.manifest.people.length - visible.people.length;
  io.out(
    `Wrote ${values.output}: ${visible.people.length} public ${visible.people.length === 1 ? 'person' : 'people'} in its HTML${removed > 0 ? ` (${removed} internal left out)` : ''}; it loads ${script}.\n`,
  );
  return 0;
}
