import { defineMessages } from '../define.ts';

/**
 * A figure of the report with its unit and qualifier. Chinese keeps the number as the report
 * writes it (3240亿元, 第三); English reads the same figure scaled to its base unit (324 bn yuan,
 * No. 3). Both forms arrive formatted; each language takes the one its readers expect.
 */
export const units = defineMessages(
  {
    aboveGdp: '高于GDP增幅',
    amount: (asWritten: string, _scaled: string) => asWritten,
    rank: (numeral: string, _digits: string) => `第${numeral}`,
    rankFirsts: (numeral: string, _digits: string) => `${numeral}项第一`,
    exact: (amount: string) => amount,
    approx: (amount: string) => `${amount}左右`,
    about: (amount: string) => `约${amount}`,
    // The report writes both 超 and 突破; 超 is the shorter form of the same meaning.
    over: (amount: string) => `超${amount}`,
    atLeast: (amount: string) => `${amount}以上`,
    nearly: (amount: string) => `近${amount}`,
  },
  {
    aboveGdp: 'above GDP growth',
    amount: (_asWritten: string, scaled: string) => scaled,
    rank: (_numeral: string, digits: string) => `No. ${digits}`,
    rankFirsts: (_numeral: string, digits: string) => `first in ${digits} rankings`,
    exact: (amount: string) => amount,
    // English has no natural pair for 约 and 左右: both read "about". The data keeps them apart.
    approx: (amount: string) => `about ${amount}`,
    about: (amount: string) => `about ${amount}`,
    over: (amount: string) => `over ${amount}`,
    atLeast: (amount: string) => `≥ ${amount}`,
    nearly: (amount: string) => `nearly ${amount}`,
  },
);
