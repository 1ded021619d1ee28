import { css } from 'lit';

// Why the rules are as they are (comments here, not in the CSS, which ships as written):
// :host sizes: the card is its printed size on screen too (mm and in are CSS physical units,
//   exact in print), so what a person sees is what prints.
// .business-card: fixed colors, not the theme's: a card is printed on white card stock,
//   whatever the screen's color scheme; print-color-adjust keeps the QR code's black exact.
// .bc-qr svg: 20 mm is the smallest a phone reads a code of a vCard from at arm's length.
// .visually-hidden (in the tokens): each glyph's network name, for screen readers and copied text.
/** The styles of `<social-person-card layout="business-card">`. */
export const businessCardStyles = css`
  :host([layout='business-card']) {
    display: block;
    width: 85mm;
    height: 55mm;
  }
  :host([layout='business-card'][card-size='us']) {
    width: 3.5in;
    height: 2in;
  }
  .business-card {
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    overflow: hidden;
    display: grid;
    grid-template-columns: minmax(0, 1fr) 20mm;
    gap: 3mm;
    align-items: center;
    padding: 4.5mm 4.5mm 4.5mm 5mm;
    background: #fff;
    color: #111;
    font-family: var(--_font);
    font-size: 7.5pt;
    line-height: 1.3;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .business-card p {
    margin: 0;
  }
  .bc-organization {
    font-size: 6.5pt;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--social-business-card-accent, #1d4ed8);
    margin-bottom: 1.6mm !important;
  }
  .bc-name {
    font-size: 11pt;
    font-weight: 700;
    line-height: 1.15;
    overflow-wrap: anywhere;
  }
  .bc-pronouns {
    font-size: 7pt;
    font-weight: 400;
    color: #555;
  }
  .bc-title {
    margin-top: 0.6mm !important;
  }
  .bc-department {
    color: #555;
  }
  .bc-lines {
    list-style: none;
    margin: 2mm 0 0;
    padding: 0;
    display: grid;
    gap: 0.5mm;
  }
  .bc-lines li {
    display: flex;
    align-items: center;
    gap: 1.2mm;
    overflow-wrap: anywhere;
  }
  .bc-glyph {
    width: 3mm;
    height: 3mm;
    flex: none;
    fill: #111;
  }
  .bc-qr svg {
    display: block;
    width: 20mm;
    height: 20mm;
  }
  .bc-qr .qr-state {
    font-size: 6pt;
    color: #555;
  }
`;
