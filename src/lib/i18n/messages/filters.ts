import { defineMessages } from '../define';

/** The layers and filters panel (图层筛选 / Layers). */
export const filters = defineMessages(
  {
    layers: '图层',
    status: '进展',
    reportYear: '报告年份',
    bothYears: '全部',
    year2023: '2023 已完成',
    year2024: '2024 计划',
    since: '报告之后',
    updatesOnly: '有后续进展',
    updatesOnlyNote: '只显示有报告发布后公开信息的地点',
    shown: (visible: number, total: number) => `地图上显示 ${visible} / ${total} 处`,
    basemapExport: '底图与导出',
    myData: '我的数据',
  },
  {
    layers: 'Layers',
    status: 'Status',
    reportYear: 'Report year',
    bothYears: 'Both years',
    year2023: '2023 results',
    year2024: '2024 plans',
    since: 'Since the report',
    updatesOnly: 'Has updates since the report',
    updatesOnlyNote: 'Only places with public information from after the report',
    shown: (visible: number, total: number) => `${visible} of ${total} places shown`,
    basemapExport: 'Basemap & export',
    myData: 'My data',
  },
);
