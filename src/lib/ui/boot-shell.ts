/**
 * The page's first words, written into index.html at build time: the atlas's name and what it
 * holds, in both languages (before the scripts run the page does not know its language), and that
 * the map is on its way. A phone on a slow network shows them as soon as the HTML and the style
 * sheet are in, instead of a blank page until the scripts have downloaded and run; the atlas
 * removes them when it draws itself (Root.svelte).
 */
import { common } from '../i18n/messages/common';
import { load } from '../i18n/messages/load';

/** The id of the element that holds the first words; Root.svelte removes it. */
export const BOOT_SHELL_ID = 'boot';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to stand between HTML tags. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The markup of the first words: a header like the atlas's own and one line per language. */
export function bootShellHtml(): string {
  const zh = common.zh;
  const en = common.en;
  const e = escapeHtml;
  return [
    `<div id="${BOOT_SHELL_ID}" class="boot" role="status">`,
    `<div class="boot-bar"><p class="boot-title" lang="zh-CN"><span>${e(zh.appTitlePlace)}</span> ${e(zh.appTitleWhat)}</p></div>`,
    `<div class="boot-body">`,
    `<p class="boot-lead" lang="zh-CN">${e(zh.appSubtitle)}</p>`,
    `<p class="boot-lead" lang="en">${e(en.appTitlePlace)} ${e(en.appTitleWhat)}: ${e(en.appSubtitle)}</p>`,
    `<p class="boot-wait"><span lang="zh-CN">${e(load.zh.loading)}</span> <span lang="en">${e(load.en.loading)}</span></p>`,
    `</div>`,
    `</div>`,
  ].join('');
}
