import { css } from 'lit';

// The preview frames get a background of their own: the page's, not the preview's, would show
// through a transparent frame. (Comments here: the CSS ships as written.)
/** The styles of `<social-signature>`, after the shared theme tokens. */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  section {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }
  form,
  fieldset {
    display: grid;
    gap: 0.6rem;
  }
  fieldset {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
  }
  legend {
    padding: 0 0.3rem;
    font-weight: 600;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  label.check {
    display: flex;
    gap: 0.45rem;
    align-items: center;
    color: var(--_text);
    font-size: 0.9rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  input[type='text'],
  input[type='search'],
  input[type='tel'],
  select {
    width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .profile {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: 0.3rem 0.6rem;
    align-items: center;
  }
  .profile .error {
    grid-column: 2 / -1;
  }
  .add {
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
  .add select {
    width: auto;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.85rem;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .people {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.6rem 0 0;
    padding: 0;
    list-style: none;
  }
  .people button {
    text-align: start;
  }
  .people .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.75rem;
  }
  .chosen h2 {
    margin: 0;
  }
  .previews {
    display: grid;
    gap: 0.75rem;
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.3rem;
  }
  figcaption {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  iframe {
    width: 100%;
    height: var(--social-preview-height, 13rem);
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    resize: vertical;
    background: #ffffff;
  }
  iframe.dark {
    background: #121212;
  }
  .length {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.75rem;
    align-items: center;
    font-size: 0.9rem;
  }
  meter {
    width: 12rem;
  }
  .warnings {
    margin: 0.5rem 0;
    padding-inline-start: 1.2rem;
    color: var(--_danger);
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0 0.25rem;
  }
  .notice {
    min-height: 1.4em;
    margin: 0.25rem 0;
    font-size: 0.9rem;
  }
  .notice.failed {
    color: var(--_danger);
  }
  details {
    border-top: 1px solid var(--_border);
    padding: 0.4rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details ol {
    margin: 0.4rem 0;
    padding-inline-start: 1.4rem;
  }
  pre {
    margin: 0.5rem 0;
    padding: 0.75rem;
    max-height: 16rem;
    overflow: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    font-size: 0.8rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .help {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .skeleton {
    height: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
