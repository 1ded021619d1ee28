/**
 * `index.html` of `social-directory signatures`: one static page to check everyone's signature
 * before rolling them out. No script: each signature is its own file shown in a sandboxed,
 * lazily loaded frame (10,000 signatures inline would be ~50 MB of page), with its problems
 * beside it; people with problems are listed first in the summary. Every text from the
 * manifest goes through `escapeHtml`.
 * @module
 */
import { escapeHtml } from '../../core/index.js';
import { GMAIL_SIGNATURE_LIMIT } from '../../core/signature.js';
import { problemLabel, type PersonSignature, type SignatureProblemCode, type SignaturesRun } from './signatures.js';

const e = escapeHtml;
const href = (stem: string, extension: string) => e(`${encodeURIComponent(stem)}.${extension}`);
const anchor = (stem: string) => `p-${e(encodeURIComponent(stem))}`;
const count = (n: number) => n.toLocaleString('en');

function section({ person, stem, html, problems }: PersonSignature): string {
  const issues =
    problems.length === 0
      ? '<p class="ok">No problems.</p>'
      : `<ul class="problems">${problems.map((p) => `<li><strong>${e(problemLabel(p.code))}</strong>: ${e(p.message)}</li>`).join('')}</ul>`;
  const length = `${count(html.length)} of ${count(GMAIL_SIGNATURE_LIMIT)} characters`;
  return `<section id="${anchor(stem)}"${problems.length > 0 ? ' class="has-problems"' : ''}>
<h2>${e(person.name)}</h2>
<p class="meta"><code>${e(person.id)}</code> · ${e(person.email ?? '')} · ${length} · <a href="${href(stem, 'html')}">.html</a> <a href="${href(stem, 'txt')}">.txt</a> <a href="${href(stem, 'vcf')}">.vcf</a></p>
${issues}
<iframe src="${href(stem, 'html')}" loading="lazy" sandbox="" title="${e(`Signature of ${person.name}`)}"></iframe>
</section>`;
}

/** Renders the preview page of a signatures run. */
export function renderSignaturesIndex(run: SignaturesRun, generated: Date): string {
  const withProblems = run.signatures.filter((s) => s.problems.length > 0);
  const byCode = new Map<SignatureProblemCode, number>();
  for (const { problems } of run.signatures) {
    for (const code of new Set(problems.map((p) => p.code))) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  const kinds = (['too-long', 'field-left-out', 'unsafe-url', 'no-icon-host'] as const)
    .map((code) => `<tr><th scope="row">${e(problemLabel(code))}</th><td>${count(byCode.get(code) ?? 0)}</td></tr>`)
    .join('');
  const problemList =
    withProblems.length === 0
      ? '<p>No signature has a problem.</p>'
      : `<ul class="index">${withProblems
          .map(
            (s) =>
              `<li><a href="#${anchor(s.stem)}">${e(s.person.name)}</a>: ${e([...new Set(s.problems.map((p) => problemLabel(p.code)))].join(', '))}</li>`,
          )
          .join('')}</ul>`;
  const skipped = [
    run.withoutEmail.length > 0
      ? `<p>No email, so no signature (${count(run.withoutEmail.length)}): ${run.withoutEmail.map((p) => `${e(p.name)} <code>${e(p.id)}</code>`).join(', ')}.</p>`
      : '',
    run.leftOut.length > 0
      ? `<p>Left out of the manifest as invalid (${count(run.leftOut.length)}): ${run.leftOut.map((w) => `<code>${e(w.at)}</code> ${e(w.message)}`).join('; ')}.</p>`
      : '',
  ].join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(run.organization)}: email signatures</title>
<style>
  :root { color-scheme: light dark; --border: #9ca3af66; --problem: #b91c1c; }
  @media (prefers-color-scheme: dark) { :root { --problem: #fca5a5; } }
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  table { border-collapse: collapse; } th, td { padding: .25rem .75rem; border: 1px solid var(--border); text-align: left; }
  td { text-align: right; font-variant-numeric: tabular-nums; }
  section { border-top: 1px solid var(--border); padding: 1rem 0; }
  h2 { margin: 0; font-size: 1.1rem; } .meta { margin: .25rem 0; }
  .problems { color: var(--problem); margin: .25rem 0; } .ok { margin: .25rem 0; }
  iframe { width: 100%; height: 14rem; border: 1px solid var(--border); background: #fff; resize: vertical; }
</style>
</head>
<body>
<h1>${e(run.organization)}: email signatures</h1>
<p class="summary">${count(run.signatures.length)} signatures, layout <strong>${e(run.template)}</strong>, fields from ${e(run.fields)}; ${count(withProblems.length)} with problems.</p>
<table><caption>Signatures with each problem</caption><tbody>${kinds}</tbody></table>
${skipped}
<h2>Signatures with problems (${count(withProblems.length)})</h2>
${problemList}
${run.signatures.map(section).join('\n')}
<footer><p>Made by <code>social-directory signatures</code> on ${e(generated.toISOString().slice(0, 10))}. Each frame shows the person's <code>.html</code> file as a mail client would, on white.</p></footer>
</body>
</html>
`;
}
