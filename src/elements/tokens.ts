import { css } from 'lit';

/**
 * Theme tokens shared by every element: override any `--social-*` custom property on the
 * element or an ancestor. Light and dark follow `prefers-color-scheme` unless the page sets
 * `color-scheme` / the properties itself. Each element has a background of its own, so its text
 * stays readable when the page and the system disagree (a light page on a dark system);
 * `--social-background` matches it to the page.
 */
export const tokens = css`
  :host {
    --_bg: var(--social-background, #ffffff);
    --_surface: var(--social-surface, #f8fafc);
    --_text: var(--social-text, #0f172a);
    --_muted: var(--social-muted, #475569);
    --_border: var(--social-border, #d8dee6);
    --_accent: var(--social-accent, #1d4ed8);
    --_accent-text: var(--social-accent-text, #ffffff);
    --_danger: var(--social-danger, #b91c1c);
    --_radius: var(--social-radius, 0.75rem);
    --_space: var(--social-space, 1rem);
    --_font: var(--social-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: block;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.45;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--social-background, #0f172a);
      --_surface: var(--social-surface, #1e293b);
      --_text: var(--social-text, #e2e8f0);
      --_muted: var(--social-muted, #a3b1c6);
      --_border: var(--social-border, #334155);
      --_accent: var(--social-accent, #93b4fd);
      --_accent-text: var(--social-accent-text, #0f172a);
      --_danger: var(--social-danger, #fca5a5);
    }
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;

/** The load states every element draws through `SocialElement.renderLoaded`: the error box and the saved-copy note. */
export const loadStates = css`
  .load-error {
    padding: var(--_space);
    border: 1px dashed var(--_danger);
    border-radius: var(--_radius);
  }
  .load-error .detail {
    color: var(--_muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .stale {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_accent);
    background: var(--_surface);
    font-size: 0.9rem;
  }
`;

/** Form controls as the elements with forms draw them: buttons, text fields and selects. */
export const controls = css`
  input[type='text'],
  input[type='search'],
  input[type='tel'],
  textarea,
  select {
    font: inherit;
    font-size: 0.95rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.45rem 0.6rem;
    min-height: 2.5rem;
    box-sizing: border-box;
  }
  button {
    font: inherit;
    font-size: 0.9rem;
    min-height: 2.5rem;
    padding: 0.4rem 0.9rem;
    border-radius: calc(var(--_radius) * 0.6);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
`;
