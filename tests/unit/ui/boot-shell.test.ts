import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../../src/lib/ui/boot-shell';
import { withBootShell } from '../../../src/lib/ui/vite-plugin-boot-shell';

const page =
  '<!doctype html><html><head></head><body><div id="app"></div><script type="module" src="/src/main.ts"></script></body></html>';

/** The visible text of some markup, tags dropped and entities of the five escapes read back. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the first words written into index.html', () => {
  test('stand in front of the element the atlas mounts into, which stays empty', () => {
    const html = withBootShell(page);
    const shell = html.indexOf('<div id="boot"');
    expect(shell).toBeGreaterThan(html.indexOf('<body>'));
    expect(html.indexOf('<div id="app"></div>')).toBeGreaterThan(shell);
    expect(html.match(/id="boot"/g)).toHaveLength(1);
  });

  test("say the atlas's name and what it holds in Chinese and in English, each marked with its language", () => {
    const html = withBootShell(page);
    const text = textOf(html);
    expect(text).toContain('武进区 2024 政府工作报告地图');
    expect(text).toContain('报告中的地点、项目与数据，每一处都可追溯到原文');
    expect(text).toContain(
      "Wujin 2024 Government Work Report Atlas: The report's places, projects and figures",
    );
    expect(html).toMatch(/<p class="boot-lead" lang="zh-CN">报告中的地点/);
    expect(html).toMatch(/<p class="boot-lead" lang="en">Wujin 2024/);
    // No inline style or script: the page's policy allows neither.
    expect(html.slice(html.indexOf('<div id="boot"'), html.indexOf('<div id="app"'))).not.toMatch(
      /style=|<script/,
    );
  });

  test('a page without the mount point is refused rather than left without its first words', () => {
    expect(() => withBootShell('<body><main></main></body>')).toThrow(/id="app"/);
  });

  test('text is escaped for the space between tags', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });
});
