// The planner's layer styles the style tests draw: one colour, or coloured by land use.
import { palette } from '../../../src/lib/map/style/palette';
import type { UserLayerStyle } from '../../../src/lib/map/style/user-layers-style';

/** A layer in one colour, labelled, shown. */
export const plainStyle = (over: Partial<UserLayerStyle> = {}): UserLayerStyle => ({
  colour: palette.userData,
  categories: null,
  labelField: null,
  labelled: true,
  visible: true,
  ...over,
});

/** A layer coloured by its land use (用地性质): industry, green space and everything else. */
export const landUseStyle = (over: Partial<UserLayerStyle> = {}): UserLayerStyle =>
  plainStyle({
    colour: palette.userDataPine,
    categories: {
      field: '用地性质',
      colours: [
        ['工业用地', palette.userCategory1],
        ['绿地', palette.userCategory2],
      ],
      other: palette.userCategoryOther,
    },
    labelField: '名称',
    ...over,
  });
