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
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
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
`;
