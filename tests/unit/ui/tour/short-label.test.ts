import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../../../src/lib/ui/tour/short-label';

describe("the tour's figure labels", () => {
  it('shortens labels by their notes in brackets, never to nothing', () => {
    expect(shortLabel('签约百亿项目(理想汽车三基地、普罗吉创新生物医药、屹创新型储能)')).toBe('签约百亿项目');
    expect(shortLabel('Projects of 10 bn yuan (or 1 bn US dollars) or more to attract')).toBe(
      'Projects of 10 bn yuan or more to attract',
    );
    expect(shortLabel('国家级人才（新增）')).toBe('国家级人才');
    expect(shortLabel('(only a note)')).toBe('(only a note)');
    expect(shortLabel('新增城镇就业')).toBe('新增城镇就业');
  });
});
