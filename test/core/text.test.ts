import { expect } from '@open-wc/testing';
import { foldText } from '../../src/core/text.js';

describe('foldText', () => {
  it('folds case and accents so "Zoë" matches "zoe"', () => {
    expect(foldText('Zoë')).to.equal('zoe');
    expect(foldText('Siobhán Ní Bhriain')).to.equal('siobhan ni bhriain');
    expect(foldText('Nguyễn Thị Ánh')).to.equal('nguyen thi anh');
  });

  it('folds letters Unicode does not decompose', () => {
    expect(foldText('Łukasz Øster Straße Æsir')).to.equal('lukasz oster strasse aesir');
  });

  it('turns punctuation runs into single spaces', () => {
    expect(foldText("  O'Connor -- Fernández-Ruiz  ")).to.equal('o connor fernandez ruiz');
  });
});
