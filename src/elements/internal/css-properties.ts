import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<`--${string}`, string>>;

/**
 * Sets CSS custom properties on an element through its style object (CSSOM), never through its
 * `style` attribute. lit's `styleMap` writes the attribute on first render, which a page whose
 * Content-Security-Policy has no `'unsafe-inline'` in `style-src` blocks (the careers page and
 * the demo's pages have such a policy); CSSOM changes are not blocked.
 *
 * ```ts
 * html`<div class="row" ${cssProperties({ '--columns': '3' })}></div>`
 * ```
 */
class CssPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() is an element directive: <div ${…}>');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

/** Sets CSS custom properties without the `style` attribute (see {@link CssPropertiesDirective}). */
export const cssProperties = directive(CssPropertiesDirective);
