/**
 * What the tour says at each stop, in the order the report tells it: a title slide, the review of
 * 2023 (its overview and six themes), the targets for 2024, the plan's five areas, an end slide.
 *
 * The texts are short summaries of the report's own paragraphs. A `quote` is shown as the report's
 * words, so its `zh` must be verbatim (whitespace-normalised) from the section named; its `en` is a
 * translation and is labelled as one. Figures are metric ids of data/metrics.json, picked by hand
 * as the section's most telling numbers; places are not listed here: every place the section's
 * paragraphs mention is taken from the catalogue (see stops.ts).
 */
import type { Bilingual } from '../i18n/lang';
import type { SectionId } from '../report/parse';
import { END_STOP_ID, TITLE_STOP_ID } from './ids';

export type StopKind = 'title' | 'section' | 'end';

export interface StopScript {
  /** Stable id, used in links (`tour=review-4`); a section stop takes its section's id. */
  id: string;
  kind: StopKind;
  /** The report section the stop presents. */
  section?: SectionId;
  title: Bilingual;
  text: Bilingual;
  /** The report's words (zh, verbatim from `section`) and an English translation of them. */
  quote?: Bilingual;
  /** Metric ids shown as big figures, most telling first; at most four fit the caption. */
  metrics: readonly string[];
  /** Frame the whole district as well as the places: the stop's figures are district-wide. */
  district?: boolean;
}

export const TOUR_SCRIPT: readonly StopScript[] = [
  {
    id: TITLE_STOP_ID,
    kind: 'title',
    // The zero-width space is where the title may break: after the district's name, not inside a word.
    title: { zh: '武进区\u200b2024年政府工作报告', en: 'Wujin District Government Work Report 2024' },
    text: {
      zh: '地图导览：2023年的成绩、2024年的目标与五项重点工作。报告提到的每一处地点都在地图上。',
      en: 'A guided tour on the map: what 2023 achieved, the targets for 2024 and the five areas of work. Every place the report names is on the map.',
    },
    metrics: [],
    district: true,
  },
  {
    id: 'review-summary',
    kind: 'section',
    section: 'review-summary',
    title: { zh: '2023年总体成绩', en: '2023 at a glance' },
    text: {
      zh: '全区聚焦新能源之都和“两湖”创新区建设，经济社会各领域取得新的成绩。',
      en: 'The district concentrated on new energy and on the Two Lakes Innovation Zone, and every field of its economy and society moved forward.',
    },
    quote: {
      zh: '为常州高质量迈入“GDP万亿之城”提供了有力的支撑',
      en: 'It gave strong support to Changzhou becoming a “trillion-yuan GDP city”.',
    },
    metrics: [
      'gdp-2023',
      'general-budget-revenue-2023',
      'comprehensive-strength-rank-2023',
      'top100-first-places-2023',
    ],
    district: true,
  },
  {
    id: 'review-1',
    kind: 'section',
    section: 'review-1',
    title: { zh: '强产业', en: 'Stronger industry' },
    text: {
      zh: '龙城芯谷启动建设，常州氢湾、合成生物创新产业园相继起航，理想汽车等三个百亿项目签约。',
      en: 'Longcheng Chip Valley was begun, Hydrogen Bay and the synthetic-biology park opened, and three projects of 10 bn yuan each, Li Auto’s among them, were signed.',
    },
    quote: {
      zh: '恒立液压创成全区首家国家级智能制造示范工厂',
      en: 'Hengli Hydraulic became the district’s first national model smart factory.',
    },
    metrics: [
      'industrial-output-2023',
      'nev-industry-output-2023',
      'nev-vehicle-output-2023',
      'nev-vehicle-provincial-share-2023',
    ],
  },
  {
    id: 'review-2',
    kind: 'section',
    section: 'review-2',
    title: { zh: '促创新', en: 'More innovation' },
    text: {
      zh: '南京医科大学常州校区、江苏理工学院新校区顺利推进，中以常州创新园获批省级功能园区，常州细胞港等有序建设。',
      en: 'The Nanjing Medical University and JSUT campuses advanced, the China–Israel park became a provincial functional park, and Changzhou Cell Port took shape.',
    },
    quote: {
      zh: '南京大学未来技术创新研究院建成启用',
      en: 'Nanjing University’s Institute of Future Technology Innovation was completed and opened.',
    },
    metrics: ['high-tech-firms-total-2023', 'high-tech-firms-net-2023', 'talents-attracted-2023'],
  },
  {
    id: 'review-3',
    kind: 'section',
    section: 'review-3',
    title: { zh: '抓改革', en: 'Reform' },
    text: {
      zh: '营商环境举措落地见效，产业投资基金加速壮大；武进(上海)国际创新中心在上海启用，位于本图范围之外。',
      en: 'Measures for business took effect and the district’s investment fund grew; the Wujin (Shanghai) International Innovation Centre opened in Shanghai, beyond this map.',
    },
    quote: { zh: '“A武进”品牌正式发布', en: 'The “A Wujin” brand was launched.' },
    metrics: ['foreign-trade-2023', 'foreign-projects-2023', 'industry-funds-scale-2023'],
    district: true,
  },
  {
    id: 'review-4',
    kind: 'section',
    section: 'review-4',
    title: { zh: '优生态', en: 'A cleaner environment' },
    text: {
      zh: '新一轮太湖综合治理三年行动启动，太湖、滆湖清淤，新沟河、新孟河漕桥河武进段获评全省幸福河道建设示范样板。',
      en: 'A new three-year clean-up of Taihu began, both lakes were dredged, and the Xingou and Xinmeng–Caoqiao rivers became provincial models.',
    },
    quote: {
      zh: '太湖湖心区首次达到Ⅲ类水标准',
      en: 'Central Taihu reached Class III water quality for the first time.',
    },
    metrics: ['gehu-dredging-2023', 'taihu-dredging-2023', 'green-factories-2023'],
  },
  {
    id: 'review-5',
    kind: 'section',
    section: 'review-5',
    title: { zh: '提品质', en: 'Better towns and villages' },
    text: {
      zh: '“两湖”核心区呈现新气象，地铁5号线武进先导段开工，常州南站、常泰铁路等前期工作稳步推进。',
      en: 'The Two Lakes core took shape, work began on Metro Line 5’s Wujin pilot section, and preparations advanced for Changzhou South Station and the Changzhou–Taizhou railway.',
    },
    quote: {
      zh: '沪宁沿江高铁开通,武进站综合交通枢纽投用,武进迈入高铁时代',
      en: 'The Shanghai–Nanjing riverside high-speed railway opened and Wujin Station came into service: Wujin entered the age of high-speed rail.',
    },
    metrics: ['public-parking-spaces-2023', 'pocket-parks-2023', 'modern-rural-houses-2023'],
  },
  {
    id: 'review-6',
    kind: 'section',
    section: 'review-6',
    title: { zh: '惠民生', en: 'Livelihoods' },
    text: {
      zh: '武进中医医院通过“三甲”创建评估，太湖湾露营谷、春秋淹城旅游区获评省级文旅示范与人气目的地。',
      en: 'Wujin’s hospital of Chinese medicine passed its top-grade assessment, and Taihu Bay Camping Valley and Yancheng became provincial showcases for culture and tourism.',
    },
    quote: {
      zh: '武进人民医院南院二期主体封顶',
      en: 'The main structure of phase 2 of Wujin People’s Hospital South Campus was topped out.',
    },
    metrics: ['urban-jobs-new-2023', 'school-places-new-2023', 'charity-subsidies-2023'],
  },
  {
    id: 'plan-targets',
    kind: 'section',
    section: 'plan-targets',
    title: { zh: '2024年主要预期目标', en: 'The main targets for 2024' },
    text: {
      zh: '稳中求进：产出、财政、工业、投资与消费同步增长，居民收入增长高于经济增长。',
      en: 'Steady progress: growth in output, revenue, industry, investment and consumption, with household income growing faster than the economy.',
    },
    quote: { zh: '外资、外贸稳中提质', en: 'Foreign investment and trade to hold steady and improve.' },
    metrics: [
      'gdp-growth-2024-target',
      'general-budget-revenue-growth-2024-target',
      'industrial-value-added-growth-2024-target',
      'disposable-income-growth-2024-target',
    ],
    district: true,
  },
  {
    id: 'plan-1',
    kind: 'section',
    section: 'plan-1',
    title: { zh: '一、深化产业转型', en: '1 · Industrial transformation' },
    text: {
      zh: '保障理想汽车重大项目建设，建好用好龙城芯谷，发挥常州氢湾、合成生物创新产业园的载体作用。',
      en: 'Back the Li Auto project, make the most of Longcheng Chip Valley, and build on Hydrogen Bay and the synthetic-biology park.',
    },
    quote: {
      zh: '全力打造市场化法治化国际化一流营商环境标杆城市',
      en: 'Build a benchmark city with a first-class business environment: market-based, law-based and international.',
    },
    metrics: [
      'projects-10bn-2024-target',
      'projects-3bn-2024-target',
      'projects-1bn-2024-target',
      'foreign-projects-2024-target',
    ],
  },
  {
    id: 'plan-2',
    kind: 'section',
    section: 'plan-2',
    title: { zh: '二、优化创新生态', en: '2 · The innovation ecosystem' },
    text: {
      zh: '中以常州创新园争创国家级改革试点，加快建设龙城芯谷，推进南京大学、南京医科大学和江苏理工学院等院校建设。',
      en: 'The China–Israel park bids to be a national reform pilot, Longcheng Chip Valley speeds up, and the university campuses continue.',
    },
    quote: { zh: '全方位激活创新主体', en: 'Bring innovators to life on every front.' },
    metrics: [
      'high-tech-firms-net-2024-target',
      'high-tech-firms-total-2024-target',
      'specialised-firms-new-rank-2024-target',
    ],
  },
  {
    id: 'plan-3',
    kind: 'section',
    section: 'plan-3',
    title: { zh: '三、扛起生态重任', en: '3 · Ecology' },
    text: {
      zh: '推进太湖、滆湖生态清淤，修复滆湖近岸带，完成洮滆片区水环境综合整治二期，建立环滆湖生态湿地链。',
      en: 'Dredge Taihu and Gehu again, restore Gehu’s shores, finish the second phase of the Tao–Ge water clean-up and build a ring of wetlands around Gehu.',
    },
    quote: { zh: '唱响新时代“太湖美”', en: 'Sing “Beautiful Taihu” for a new era.' },
    metrics: ['charging-piles-2024-target', 'green-factories-2024-target'],
  },
  {
    id: 'plan-4',
    kind: 'section',
    section: 'plan-4',
    title: { zh: '四、统筹城乡建设', en: '4 · Town and country' },
    text: {
      zh: '提速总部经济区、能源中心、常州南站商务区规划建设，加快地铁5号线、腾龙大道智慧快速路，打造长沟河景观。',
      en: 'Speed up the headquarters district, the energy centre and the Changzhou South business district; press on with Metro Line 5 and the Tenglong Avenue expressway; landscape the Changgou River.',
    },
    quote: { zh: '打造拥湖发展新标杆', en: 'Set a new benchmark for growth around the lakes.' },
    metrics: [
      'public-parking-spaces-2024-target',
      'city-parks-2024-target',
      'gas-riser-renovation-2024-target',
    ],
  },
  {
    id: 'plan-5',
    kind: 'section',
    section: 'plan-5',
    title: { zh: '五、站稳人民立场', en: '5 · People’s well-being' },
    text: {
      zh: '建成西园路中小学、武进人民医院南院二期和第四图书馆，稳步推进淹城文博区，办好太湖湾音乐节、西太湖马拉松。',
      en: 'Open the Xiyuan Road schools, phase 2 of the hospital’s South Campus and the No. 4 Library, advance the Yancheng heritage quarter, and stage the Taihu Bay festival and the Xitaihu marathon.',
    },
    quote: { zh: '推动社会保障更加公平、更可持续', en: 'Make social security fairer and more sustainable.' },
    metrics: [
      'job-postings-2024-target',
      'skills-training-2024-target',
      'housing-fund-expansion-2024-target',
    ],
  },
  {
    id: END_STOP_ID,
    kind: 'end',
    title: { zh: '谢谢', en: 'Thank you' },
    text: {
      zh: '扫码在手机上打开这份地图：每一处地点、每一个数字都能追溯到报告原文。',
      en: 'Scan to open the atlas on your phone: every place and every figure leads back to its sentence in the report.',
    },
    metrics: [],
    district: true,
  },
];
