import { defineMessages } from '../define';

/**
 * The presentation: the tour's card, its page controls and its end slide. Loaded with the
 * presentation's own code, not with the first page.
 */
export const tour = defineMessages(
  {
    region: '演示导览',
    controls: '导览翻页',
    previous: '上一页',
    next: '下一页',
    stop: (i: number, title: string) => `第 ${i} 页：${title}`,
    fullscreen: '全屏',
    exitFullscreen: '退出全屏',
    fullscreenUnavailable: '此浏览器不能切换全屏；可用浏览器自身的全屏功能（通常是 F11）。',
    leave: '退出演示',
    otherLang: 'EN',
    otherLangLabel: 'EN · Switch to English',
    quoteFrom: '——报告原文',
    keys: '← → 翻页 · F 全屏 · B 黑屏 · Esc 退出',
    playing: '自动播放中 · 触摸屏幕即可自行浏览',
    scan: '扫码在手机上打开',
    qrAlt: '在手机上打开本地图的二维码',
    qrFailed: '二维码未能生成；请使用下面的链接。',
    blank: '黑屏中，按任意键或点击继续',
  },
  {
    region: 'Presentation',
    controls: 'Tour pages',
    previous: 'Previous',
    next: 'Next',
    stop: (i: number, title: string) => `Page ${i}: ${title}`,
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    fullscreenUnavailable: "This browser cannot switch to full screen; use the browser's own (usually F11).",
    leave: 'Leave the presentation',
    otherLang: '中文',
    otherLangLabel: '中文 · 切换到中文',
    quoteFrom: 'The report, in translation',
    keys: '← → turn pages · F full screen · B blank · Esc leave',
    playing: 'Playing by itself · touch the screen to explore',
    scan: 'Scan to open on your phone',
    qrAlt: 'QR code that opens this atlas on a phone',
    qrFailed: 'The QR code could not be made; use the link below.',
    blank: 'Screen blanked: press any key or click to go on',
  },
);
