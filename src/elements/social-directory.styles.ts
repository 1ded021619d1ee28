import { css } from 'lit';

// Card cells (.results > li, .virtual .row > div) are grids so each card fills its cell and the
// cards of a row end at the same line. In a narrow element (a phone, ≤ 40rem) the filters fold
// behind one "Filters (N)" button so the first screen shows people; wider, the panel is
// `display: contents` and the filters sit in the form as they always did. (Comments here: the
// CSS ships as written.)
export const styles = css`
  :host {
    container-type: inline-size;
  }
  .organization {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
    margin-bottom: var(--_space);
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .organization details {
    max-width: 60ch;
  }
  .organization summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .organization ul {
    margin: 0.4rem 0;
    padding-inline-start: 1.2rem;
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem 0.9rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  .filter-panel {
    display: contents;
  }
  .filters-toggle {
    display: none;
  }
  @container (max-width: 40rem) {
    .filters-toggle {
      display: inline-block;
    }
    .filter-panel {
      display: none;
    }
    .filter-panel.open {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem 0.9rem;
      align-items: end;
      flex-basis: 100%;
    }
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  label.search {
    flex: 1 1 16rem;
  }
  input[type='search'] {
    width: 100%;
  }
  select {
    max-width: 14rem;
  }
  label.check {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    min-height: 2.5rem;
    color: var(--_text);
    font-size: 0.9rem;
  }
  .status {
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results > li,
  .virtual .row > div {
    display: grid;
  }
  :host([layout='list']) .results {
    grid-template-columns: 1fr;
  }
  .group {
    grid-column: 1 / -1;
    margin-top: 0.75rem;
  }
  .group h2 {
    margin: 0;
    font-size: 1.1rem;
  }
  .group p {
    margin: 0.2rem 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .group .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    font-size: 0.875rem;
  }
  .group a {
    color: var(--_accent);
  }
  .virtual {
    display: block;
  }
  .virtual .row {
    display: grid;
    grid-template-columns: repeat(var(--columns, 1), minmax(0, 1fr));
    gap: 0.75rem;
    width: 100%;
    padding-bottom: 0.75rem;
    box-sizing: border-box;
  }
  .virtual .group {
    width: 100%;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
    gap: 0.75rem;
    min-height: 24rem;
  }
  .skeleton div,
  .placeholder {
    height: 8rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface), var(--_border), var(--_surface));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton div,
    .placeholder {
      animation: none;
    }
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
