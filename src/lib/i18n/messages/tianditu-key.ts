import { defineMessages } from '../define';

/** The dialog that asks for the Tianditu key (tk) and review number before Tianditu tiles are fetched. */
export const tiandituKey = defineMessages(
  {
    title: '天地图密钥',
    intro:
      '天地图图块需要开发者密钥（tk），可在天地图开放平台免费申请。密钥只保存在此浏览器中，不会写入链接或导出的图片。',
    key: '密钥（tk）',
    invalid: '密钥应为 32 位十六进制字符。',
    remember: '在此设备上记住（否则关闭页面后忘记）',
    review: '审图号',
    reviewHint: '须与天地图网站上公布的审图号一致；显示在地图和导出图片的版权说明中。',
    use: '使用天地图',
    cancel: '取消',
  },
  {
    title: 'Tianditu key',
    intro:
      'Tianditu tiles need a developer key (tk), free from the Tianditu developer site. The key is kept in this browser only: it never goes into the link or an exported image.',
    key: 'Key (tk)',
    invalid: 'A key is 32 hexadecimal characters.',
    remember: 'Remember on this device (otherwise forgotten when the page closes)',
    review: 'Review number (审图号)',
    reviewHint:
      "Must match the review number Tianditu publishes; it is shown in the map's attribution and in exports.",
    use: 'Use Tianditu',
    cancel: 'Cancel',
  },
);
