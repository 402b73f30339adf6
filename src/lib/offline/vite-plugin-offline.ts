/**
 * Installable and offline after one visit: vite-plugin-pwa writes the web app manifest and builds
 * src/sw.ts with the list of every file the build emits (hashed names), so the service worker can
 * precache the page, its code, the catalogue's data and the embedded basemap in one go.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export function offlinePlugin(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    // The page registers the worker itself, after the map's first view (src/lib/offline/register.ts).
    injectRegister: false,
    registerType: 'prompt',
    includeAssets: ['icons/apple-touch-icon.png'],
    manifest: {
      name: '武进区 2024 政府工作报告地图 · Wujin Report Atlas',
      short_name: '武进报告地图',
      description:
        '武进区 2024 年政府工作报告中的地点、项目与数据 · the places and figures of Wujin District’s 2024 work report',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f3f0e8',
      theme_color: '#9c3d10',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // Everything the atlas needs to open: code, styles, the report, figures and every GeoJSON layer.
      globPatterns: ['**/*.{js,css,html,geojson,json,txt,png,svg,webmanifest}'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
    devOptions: { enabled: false },
  });
}
