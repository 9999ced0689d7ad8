import { expect } from '@open-wc/testing';
import { groupNameOf, levelNameOf } from '../../src/i18n/lang.js';
import type { EIndexDocument, Level } from '../../src/data/types.js';

const doc = {
  groups: [{ id: 'west', kind: 'municipality', name: { lv: 'Rietumu grupa', en: 'Western group' } }],
} as unknown as EIndexDocument;

describe('group and level names (one helper for every element)', () => {
  it('names a declared group in the reader\'s language and an unknown one by its id', () => {
    expect(groupNameOf(doc, 'west', 'lv')).to.equal('Rietumu grupa');
    expect(groupNameOf(doc, 'west', 'en')).to.equal('Western group');
    expect(groupNameOf(doc, 'east', 'en')).to.equal('east');
  });

  it('names a level by its own name, else by the generic "level N"', () => {
    const generic = (level: number): string => `level ${level}`;
    expect(levelNameOf({ level: 2, name: { lv: 'Vidējs', en: 'Medium' } } as Level, 'en', generic)).to.equal('Medium');
    expect(levelNameOf({ level: 3, name: '' } as unknown as Level, 'en', generic)).to.equal('level 3');
  });
});
