import { css } from 'lit';

/**
 * The forms of the signature builder and the profile editor: fieldsets, labels above fields,
 * profile rows, errors next to fields, the primary button, the status lines, the heading with
 * "Not you?" and the loading placeholder. Apart from the tokens, which every element loads: only
 * the pages with a form fetch these.
 */
export const forms = css`
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
  input[type='text'],
  input[type='search'],
  input[type='tel'],
  textarea,
  select {
    width: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .profile {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.3rem 0.6rem;
    align-items: end;
  }
  .profile.with-check {
    grid-template-columns: auto minmax(0, 1fr) auto;
  }
  .profile .error {
    grid-column: 1 / -1;
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
  .notice {
    min-height: 1.4em;
    margin: 0.25rem 0;
    font-size: 0.9rem;
  }
  .notice.failed {
    color: var(--_danger);
  }
  .skeleton {
    height: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
