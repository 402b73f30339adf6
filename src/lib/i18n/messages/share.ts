import { defineMessages } from '../define';

/** Share: the system share sheet where there is one, else the link to copy and its QR code. */
export const share = defineMessages(
  {
    button: '分享',
    buttonLabel: '分享当前视图',
    sheetTitle: '武进区政府工作报告地图',
    title: '分享当前视图',
    scan: '用手机扫码，打开与此处相同的地图视图。',
    qrAlt: '当前视图链接的二维码',
    qrFailed: '二维码未能生成；链接仍可复制。',
    linkLabel: '当前视图的链接',
    copy: '复制链接',
    copied: '已复制',
    manual: '无法自动复制：链接已选中，请长按或按 Ctrl+C 复制。',
    close: '关闭',
    localOnly: '注意：此链接指向这台设备本身，其他手机或电脑打不开。请从大家都能访问的网址打开地图后再分享。',
  },
  {
    button: 'Share',
    buttonLabel: 'Share this view',
    sheetTitle: 'Wujin government work report atlas',
    title: 'Share this view',
    scan: 'Scan with a phone to open the map exactly as it is here.',
    qrAlt: 'QR code of the link to this view',
    qrFailed: 'The QR code could not be made; the link can still be copied.',
    linkLabel: 'Link to this view',
    copy: 'Copy link',
    copied: 'Copied',
    manual: 'Could not copy automatically: the link is selected, press and hold (or Ctrl+C) to copy it.',
    close: 'Close',
    localOnly:
      'Note: this link points at this device itself; other phones and computers cannot open it. Open the atlas from an address everyone can reach, then share.',
  },
);
