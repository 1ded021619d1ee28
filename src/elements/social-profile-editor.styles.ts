import { css } from 'lit';

/** The styles of `<social-profile-editor>`, after the shared theme tokens. */
export const styles = css`
  h2 {
    margin: 0;
    font-size: 1.1rem;
  }
  h3 {
    margin: 0 0 0.4rem;
    font-size: 1rem;
  }
  .source {
    margin-bottom: var(--_space);
    padding: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.4rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  textarea {
    resize: vertical;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .hint,
  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .actions .help {
    flex-basis: 100%;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;
