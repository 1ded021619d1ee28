/** Every href in a tree and the shadow roots inside it. */
export function hrefs(node: ParentNode): string[] {
  const out: string[] = [];
  for (const element of node.querySelectorAll('*')) {
    const href = element.getAttribute('href');
    if (href !== null) out.push(href);
    if (element.shadowRoot) out.push(...hrefs(element.shadowRoot));
  }
  return out;
}
