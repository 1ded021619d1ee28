import { css } from 'lit';

/** The styles of `<social-contact-finder>`, after the shared theme tokens. */
export const styles = css`
  form {
    display: grid;
    gap: 0.3rem;
    margin-bottom: 0.75rem;
  }
  label {
    font-weight: 600;
  }
  input[type='search'] {
    font-size: 1rem;
    padding: 0.55rem 0.7rem;
    min-height: 2.75rem;
    width: 100%;
  }
  .topics {
    margin-bottom: 0.75rem;
  }
  .topics-label,
  .label {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .topics ul,
  .channels,
  .people {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.3rem 0 0;
    padding: 0;
    list-style: none;
  }
  .chip,
  button[part='button'] {
    font: inherit;
    font-size: 0.85rem;
    padding: 0.3rem 0.75rem;
    min-height: 2rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .chip:hover,
  button[part='button']:hover {
    border-color: var(--_accent);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .status {
    margin: 0.5rem 0;
    color: var(--_muted);
    font-size: 0.9rem;
    min-height: 1.3em;
  }
  .results {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result article,
  .fallback {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.9);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .fallback p {
    margin: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.1rem;
  }
  p {
    margin: 0;
  }
  .first {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.6rem;
    align-items: center;
  }
  .first .channel {
    font-weight: 600;
    font-size: 1rem;
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 1.75rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    font-size: 0.9rem;
  }
  .channel .name::after {
    content: ':';
  }
  .channel svg {
    width: 1.2rem;
    height: 1.2rem;
    fill: currentColor;
    flex: none;
  }
  .owner {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .channels li {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
    margin-inline-end: 0.6rem;
  }
  .instructions {
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_accent);
  }
  .people {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  }
  .reasons {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .more {
    margin-top: 0.75rem;
  }
  .empty {
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton div {
    height: 3rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton div {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
`;
