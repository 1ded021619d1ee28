import { css } from 'lit';

// Why the rules are as they are (here, not in the CSS, which ships as written):
// .row: a fixed height, so the virtualizer's estimate is exact and 100,000 rows stay under its
//   8.2 million px ceiling (rows of 56 px: 5.6 million).
// .chart: nested lists drawn with borders on ::before/::after, the classic CSS org chart: no
//   measurement in script, and the browser lays out only the open levels. It scrolls sideways
//   inside its own box, so a phone page does not.
/** The styles of `<social-org-chart>`. */
export const styles = css`
  .find {
    display: grid;
    gap: 0.25rem;
    margin-block-end: calc(var(--_space) * 0.75);
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .matches {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .matches button {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.25rem 0.6rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .tree {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: auto;
    max-height: var(--social-org-chart-height, 70vh);
    min-height: 8rem;
  }
  .row {
    display: grid;
    grid-template-columns: 1.5rem 2.25rem minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
    box-sizing: border-box;
    width: 100%;
    height: 56px;
    padding-inline: calc(0.5rem + (var(--level) - 1) * 1.25rem) 0.75rem;
    cursor: pointer;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  .row:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .twisty {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    color: var(--_muted);
    transition: transform 0.1s;
  }
  [aria-expanded='true'] > .twisty {
    transform: rotate(90deg);
  }
  .avatar {
    position: relative;
    overflow: hidden;
    display: grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
    font-weight: 600;
    font-size: 0.8rem;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .who {
    min-width: 0;
    display: grid;
  }
  .name {
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .title,
  .count,
  .networks {
    color: var(--_muted);
    font-size: 0.8rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .count {
    text-align: end;
  }
  .chart {
    overflow-x: auto;
    padding-block: calc(var(--_space) * 0.5);
    -webkit-overflow-scrolling: touch;
  }
  .chart ul {
    display: flex;
    justify-content: center;
    margin: 0;
    padding: 1.25rem 0 0;
    list-style: none;
    position: relative;
  }
  .chart > ul {
    padding-top: 0;
    width: max-content;
    min-width: 100%;
  }
  .chart li {
    position: relative;
    padding: 1.25rem 0.4rem 0;
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  .chart li::before,
  .chart li::after {
    content: '';
    position: absolute;
    top: 0;
    width: 50%;
    height: 1.25rem;
    border-top: 1px solid var(--_border);
  }
  .chart li::before {
    right: 50%;
  }
  .chart li::after {
    left: 50%;
    border-left: 1px solid var(--_border);
  }
  .chart li:first-child::before,
  .chart li:last-child::after {
    border-top: 0;
  }
  .chart li:only-child::before,
  .chart li:only-child::after {
    border-top: 0;
  }
  .chart > ul > li {
    padding-top: 0;
  }
  .chart > ul > li::before,
  .chart > ul > li::after {
    display: none;
  }
  .chart ul ul::before {
    content: '';
    position: absolute;
    top: 0;
    left: 50%;
    height: 1.25rem;
    border-left: 1px solid var(--_border);
  }
  .box {
    display: grid;
    grid-template-columns: 2.25rem minmax(0, 1fr);
    gap: 0.15rem 0.5rem;
    align-items: center;
    width: 12.5rem;
    box-sizing: border-box;
    padding: 0.5rem 0.6rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    text-align: start;
  }
  .box .avatar {
    grid-row: span 2;
  }
  .box button.name {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .box button.name:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .box .toggle,
  .more {
    grid-column: 1 / -1;
    font: inherit;
    font-size: 0.8rem;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0.15rem 0;
    cursor: pointer;
    text-align: start;
  }
  .more {
    align-self: center;
    margin-top: 1.25rem;
  }
`;
