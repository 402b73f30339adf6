import { defineMessages } from '../define';

/**
 * The planner's ruler: the button, the card with length and area, and the area in the units
 * Chinese planning documents use (平方公里, 公顷, 亩). Numbers arrive formatted ("3.42", "8,450").
 */
export const measure = defineMessages(
  {
    tool: '测量距离和面积',
    title: '测量',
    hintFirst: '在地图上点击，添加第一个点；点在地点或镇街标记上即取其位置。',
    hintNext: '继续点击，添加下一个点。',
    length: '长度',
    perimeter: '周长',
    area: '面积',
    points: (n: number) => `${n} 个点`,
    closed: '闭合为面，计算面积',
    needThree: '至少 3 个点才能计算面积。',
    limit: (max: number) => `最多 ${max} 个点。`,
    undo: '撤销',
    clear: '清除',
    done: '完成',
    keys: 'Backspace 撤销一点，Esc 结束',
    areaKm2: (km2: string, ha: string) => `${km2} 平方公里（${ha} 公顷）`,
    areaHa: (ha: string, mu: string) => `${ha} 公顷（${mu} 亩）`,
    areaM2: (m2: string, mu: string) => `${m2} 平方米（${mu} 亩）`,
    toEdge: (name: string) => `最后一点到“${name}”最近边界`,
    toEdgeInside: (name: string) => `最后一点（在“${name}”内）到其最近边界`,
    toEdgeAdd: '量到边界',
    toEdgeAddLabel: (name: string) => `在“${name}”边界上最近处加一点`,
  },
  {
    tool: 'Measure distance and area',
    title: 'Measure',
    hintFirst: 'Click the map to add the first point; a click on a place or town marker takes its position.',
    hintNext: 'Click again to add the next point.',
    length: 'Length',
    perimeter: 'Perimeter',
    area: 'Area',
    points: (n: number) => `${n} point${n === 1 ? '' : 's'}`,
    closed: 'Close the shape and measure its area',
    needThree: 'An area needs at least 3 points.',
    limit: (max: number) => `At most ${max} points.`,
    undo: 'Undo',
    clear: 'Clear',
    done: 'Done',
    keys: 'Backspace removes a point, Esc ends',
    areaKm2: (km2: string, ha: string) => `${km2} km² (${ha} ha)`,
    // 亩 is a Chinese unit; the English page gives hectares and square metres only.
    areaHa: (ha: string, _mu: string) => `${ha} ha`,
    areaM2: (m2: string, _mu: string) => `${m2} m²`,
    toEdge: (name: string) => `Last point to the nearest edge of ${name}`,
    toEdgeInside: (name: string) => `Last point (inside ${name}) to its nearest edge`,
    toEdgeAdd: 'Measure to the edge',
    toEdgeAddLabel: (name: string) => `Add a point where the edge of ${name} is nearest`,
  },
);
