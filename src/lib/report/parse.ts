/**
 * Splits the report, kept byte-for-byte as received, into sections and paragraphs with
 * stable ids. The newspaper abridgement carries page-break artefacts (line breaks and
 * spaces inside words and numbers: "移远通\n\n信", "382\n\n家"); they are repaired here,
 * in code, so the source file never has to be edited.
 */

/** The report's sections in order: the review of 2023 (its overview and six themes), then the plan for 2024. */
export const SECTION_IDS = [
  'review-summary',
  'review-1',
  'review-2',
  'review-3',
  'review-4',
  'review-5',
  'review-6',
  'plan-guiding',
  'plan-targets',
  'plan-1',
  'plan-2',
  'plan-3',
  'plan-4',
  'plan-5',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export type Part = 'review' | 'plan';

export interface ReportParagraph {
  /** Stable id: `<section>.p<n>`, e.g. `review-1.p1`, `plan-3.p2`. */
  id: string;
  section: SectionId;
  /** Whitespace-normalised text; quotes are checked against this. */
  text: string;
}

export interface ReportSection {
  id: SectionId;
  part: Part;
  /** The heading as printed in the report, or a short editorial title for unheaded themes. */
  title_zh: string;
  title_en: string;
  /** True when the title is printed in the report (the plan's 一 … 五 headings). */
  titleInReport: boolean;
  paragraphs: ReportParagraph[];
}

export interface Report {
  title: string;
  sections: ReportSection[];
  /** Every paragraph by id. */
  paragraphs: Map<string, ReportParagraph>;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2160-\\u217f“”‘’';
const WS_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Normalises whitespace the way every quote in the catalogue is compared: whitespace next
 * to a CJK character (or full-width punctuation) is removed, other runs become one space.
 */
export function normaliseText(raw: string): string {
  return raw.replace(WS_NEXT_TO_CJK, '').replace(/\s+/g, ' ').trim();
}

/** Sentence-final punctuation: a block that does not end in one was cut by a page break. */
const PARAGRAPH_END = /[。！？；]$/;
const PART_HEADING = /^(\d{4})年工作(回顾|安排)$/;
const AREA_HEADING = /^([一二三四五])、/;
const AREA_NUMBER: Record<string, SectionId> = {
  一: 'plan-1',
  二: 'plan-2',
  三: 'plan-3',
  四: 'plan-4',
  五: 'plan-5',
};

const REVIEW_TITLES: Record<string, [string, string]> = {
  'review-summary': ['总体成绩', 'Overview of 2023'],
  'review-1': ['强产业', 'Industry'],
  'review-2': ['促创新', 'Innovation'],
  'review-3': ['抓改革', 'Reform'],
  'review-4': ['优生态', 'Ecology'],
  'review-5': ['提品质', 'Urban and rural quality'],
  'review-6': ['惠民生', 'Livelihoods'],
};
const PLAN_TITLES_EN: Record<string, string> = {
  'plan-guiding': 'Guiding principles',
  'plan-targets': 'Main targets for 2024',
  'plan-1': 'I. Industrial transformation',
  'plan-2': 'II. Innovation ecosystem',
  'plan-3': 'III. Ecology',
  'plan-4': 'IV. Urban and rural development',
  'plan-5': 'V. Livelihoods and public services',
};

/** Joins blocks that a page break cut in the middle of a sentence. */
function logicalBlocks(raw: string): string[] {
  const blocks = raw
    .split(/\n\s*\n/)
    .map(normaliseText)
    .filter((b) => b.length > 0);
  const out: string[] = [];
  let pending = '';
  for (const block of blocks) {
    const isHeading = PART_HEADING.test(block) || AREA_HEADING.test(block) || /政府工作报告/.test(block);
    if (isHeading && pending === '') {
      out.push(block);
      continue;
    }
    pending += block;
    if (PARAGRAPH_END.test(pending)) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Parses the report text into its sections and paragraphs. Throws if the structure is not the expected one. */
export function parseReport(raw: string): Report {
  const blocks = logicalBlocks(raw);
  const title = blocks.shift() ?? '';
  const sections: ReportSection[] = [];
  let part: Part | null = null;
  let reviewTheme = 0;
  let planStage: 'guiding' | 'targets' | 'areas' = 'guiding';
  let current: ReportSection | null = null;

  const open = (id: SectionId, p: Part, zh: string, en: string, inReport: boolean) => {
    current = { id, part: p, title_zh: zh, title_en: en, titleInReport: inReport, paragraphs: [] };
    sections.push(current);
    return current;
  };
  const add = (section: ReportSection, text: string) => {
    section.paragraphs.push({
      id: `${section.id}.p${section.paragraphs.length + 1}`,
      section: section.id,
      text,
    });
  };

  for (const block of blocks) {
    const partMatch = PART_HEADING.exec(block);
    if (partMatch) {
      part = partMatch[2] === '回顾' ? 'review' : 'plan';
      current = null;
      continue;
    }
    const area = AREA_HEADING.exec(block);
    if (part === 'plan' && area && !PARAGRAPH_END.test(block)) {
      const id = AREA_NUMBER[area[1]];
      open(id, 'plan', block, PLAN_TITLES_EN[id], true);
      planStage = 'areas';
      continue;
    }
    if (part === 'review') {
      if (block.startsWith('一年来')) {
        reviewTheme += 1;
        const id = `review-${reviewTheme}` as SectionId;
        const [zh, en] = REVIEW_TITLES[id];
        add(open(id, 'review', zh, en, false), block);
      } else if (current === null) {
        const [zh, en] = REVIEW_TITLES['review-summary'];
        add(open('review-summary', 'review', zh, en, false), block);
      } else {
        add(current, block);
      }
    } else if (part === 'plan') {
      if (planStage === 'guiding') {
        add(open('plan-guiding', 'plan', '指导思想', PLAN_TITLES_EN['plan-guiding'], false), block);
        planStage = 'targets';
      } else if (planStage === 'targets') {
        add(open('plan-targets', 'plan', '主要预期目标', PLAN_TITLES_EN['plan-targets'], false), block);
        planStage = 'areas';
        current = null;
      } else if (current) {
        add(current, block);
      } else {
        throw new Error(`Report: paragraph outside any section: "${block.slice(0, 30)}…"`);
      }
    } else {
      throw new Error(`Report: text before the first part heading: "${block.slice(0, 30)}…"`);
    }
  }

  const paragraphs = new Map<string, ReportParagraph>();
  for (const s of sections) for (const p of s.paragraphs) paragraphs.set(p.id, p);
  return { title, sections, paragraphs };
}
