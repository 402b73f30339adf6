import { defineMessages } from '../define';

/**
 * The notices over the map: what went wrong or what happened, said to a visitor. Never the text of
 * an error; input is only ever repeated as a short excerpt (../excerpt.ts).
 */
export const notices = defineMessages(
  {
    dismiss: '关闭提示',
    more: (n: number) => `另有 ${n} 条`,
    fewer: '收起',
    listSeparator: '、',
    linkNotUnderstood: (parts: string, named: number, more: number) =>
      `链接中有无法识别的部分（${parts}${more > 0 ? ` 等 ${named + more} 处` : ''}），这些部分已按默认显示。`,
    linkTooLong: '链接过长，已显示默认视图。',
    tourNoStop: (stop: string) => `导览中没有“${stop}”这一页，已从标题页开始。`,
    basemapFailed: '在线底图无法加载（可能没有网络），已切换回内置底图。',
    mapProblem: '地图的一部分未能显示。若地图看起来不完整，请重新载入页面。',
    exportSaved: (file: string, widthPx: number, heightPx: number) =>
      `已导出图片 ${file}（${widthPx} × ${heightPx} 像素）`,
    exportFailed: '图片未能导出。请重试；若仍不行，可缩小窗口后再试。',
    downloadFailed: '下载未能完成，请重试。',
    fileTooLarge: (file: string, mb: number) => `“${file}”超过 ${mb} MB，无法加载。`,
    fileUnreadable: (file: string) => `“${file}”无法读取。请检查文件后重试。`,
    keepRefused: '此浏览器不允许在本机保存文件；文件仍显示在地图上，但下次打开时不会自动出现。',
    keptUnreadable: '本机保留的“我的数据”文件无法读取，已删除。请重新加载该文件。',
  },
  {
    dismiss: 'Dismiss',
    more: (n: number) => `${n} more`,
    fewer: 'Show fewer',
    listSeparator: ', ',
    linkNotUnderstood: (parts: string, named: number, more: number) =>
      `Parts of the link were not understood (${parts}${more > 0 ? ` and ${more} more` : ''}); the default view is shown for them.`,
    linkTooLong: 'The link is too long; showing the default view.',
    tourNoStop: (stop: string) => `The tour has no stop “${stop}”; starting from the title.`,
    basemapFailed: 'The online basemap could not be loaded (no network?); back to the embedded basemap.',
    mapProblem: 'Part of the map could not be drawn. If the map looks incomplete, reload the page.',
    exportSaved: (file: string, widthPx: number, heightPx: number) =>
      `Saved ${file} (${widthPx} × ${heightPx} px)`,
    exportFailed: 'The image could not be exported. Try again, or with a smaller window.',
    downloadFailed: 'The download could not be made. Please try again.',
    fileTooLarge: (file: string, mb: number) => `“${file}” is larger than ${mb} MB and cannot be loaded.`,
    fileUnreadable: (file: string) => `“${file}” could not be read. Check the file and try again.`,
    keepRefused:
      'This browser does not allow keeping the file on this device; it stays on the map for now but will not come back next time.',
    keptUnreadable:
      'The file kept on this device under “My data” could not be read and was removed. Please load it again.',
  },
);
