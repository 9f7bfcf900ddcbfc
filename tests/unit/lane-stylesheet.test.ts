import { describe, expect, it } from 'vitest';
import { toLaneStylesheet } from '../../src/lib/lane-stylesheet.ts';

describe('toLaneStylesheet()', () => {
  it('gives each lane its colour as --lane-colour, by data-lane', () => {
    expect(
      toLaneStylesheet([
        { id: 'military', label: 'Military', colour: '#b3412f' },
        { id: 'diplomacy', label: 'Diplomacy', colour: '#2F6DB3' },
      ]),
    ).toBe('[data-lane="military"]{--lane-colour:#b3412f}\n[data-lane="diplomacy"]{--lane-colour:#2F6DB3}\n');
  });

  it('writes nothing but a quoted id and a hex colour, whatever it is given', () => {
    const css = toLaneStylesheet([
      { id: 'a"]{}body{display:none}[x="', label: 'A', colour: '#123456' },
      { id: 'b', label: 'B', colour: 'red;}body{display:none' },
    ]);
    expect(css).toBe(
      '[data-lane="a\\22 \\5d \\7b \\7d body\\7b display\\3a none\\7d \\5b x\\3d \\22 "]{--lane-colour:#123456}\n',
    );
  });
});
