import { defineMessages } from '../define';

/**
 * Selections of the report's places by where they lie: the buttons on a place's details, on the
 * planner's feature card and on the ruler's card, and the bar over the list that says what is selected.
 * Radii arrive formatted ("3 km", "500 m").
 */
export const within = defineMessages(
  {
    group: '按位置选出项目',
    radius: '范围',
    selectNear: '选出范围内的项目',
    selectNearHint: (radius: string) => `列出 ${radius} 范围内的全部项目，可下载`,
    selectInside: '选出面内的项目',
    selectInsideHint: '列出位于此面内（或与之相交）的全部项目，可下载',
    near: (radius: string, name: string) => `${name} ${radius} 范围内`,
    inside: (name: string) => `${name}内`,
    count: (n: number) => `${n} 个项目`,
    hidden: (n: number) => `（另有 ${n} 个被筛选隐藏）`,
    clear: '清除选择',
    none: '所选范围内没有项目。',
    rulerPath: '我画的线',
    rulerShape: '我画的范围',
    myFeature: '我的要素',
    nearPoint: '所选地点',
    inList: '在列表中选出，可下载更多格式',
    touching: '相接或在内',
  },
  {
    group: 'Select places by location',
    radius: 'Within',
    selectNear: 'Select places within',
    selectNearHint: (radius: string) => `List every place within ${radius}, ready to download`,
    selectInside: 'Select places inside',
    selectInsideHint: 'List every place inside this area (or touching it), ready to download',
    near: (radius: string, name: string) => `within ${radius} of ${name}`,
    inside: (name: string) => `inside ${name}`,
    count: (n: number) => (n === 1 ? '1 place' : `${n} places`),
    hidden: (n: number) => `(${n} more hidden by filters)`,
    clear: 'clear',
    none: 'No place lies in the selection.',
    rulerPath: 'my drawn path',
    rulerShape: 'my drawn shape',
    myFeature: 'my feature',
    nearPoint: 'the chosen point',
    inList: 'Select in the list, for more download formats',
    touching: 'touching or inside',
  },
);
