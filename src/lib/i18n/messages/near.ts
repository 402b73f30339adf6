import { defineMessages } from '../define';

/**
 * Near me: the projects of the report around a person, a tapped point or a town. Distances
 * arrive formatted ("850 m", "1.2 km"), the same in both languages.
 */
export const near = defineMessages(
  {
    intro: '查看您身边正在建设或计划建设的项目。',
    useLocation: '使用我的位置',
    locating: '正在定位…',
    privacy: '浏览器会询问是否允许定位。位置只在您的手机或电脑上用于计算距离，不会上传。',
    pick: '在地图上选点',
    picking: '请在地图上点一下…',
    cancelPick: '取消选点',
    town: '或选择镇 / 街道',
    townNone: '选择镇 / 街道…',
    changeOrigin: '换一个起点',
    radius: '范围',
    from: '起点',
    device: (accuracy: string) => `我的位置（精度约 ${accuracy}）`,
    mapPoint: '地图上选的点',
    outside: '这个位置不在武进区内（按示意边界判断）。仍列出范围内的报告项目。',
    none: (radius: string) => `${radius} 内没有报告中的项目。可以扩大范围再试。`,
    count: (n: number, radius: string) => `${radius} 内共 ${n} 个项目，由近到远：`,
    choose: '选一个起点，即可列出附近的项目。',
    clear: '清除',
    failUnsupported: '此浏览器无法定位。请在地图上选点，或选择所在的镇 / 街道。',
    failInsecure: '只有通过 https 打开的页面才能定位。请在地图上选点，或选择镇 / 街道。',
    failDenied:
      '定位权限被拒绝。可以在地图上选点，或选择所在的镇 / 街道；如需定位，请在浏览器或微信的设置中允许位置权限后重试。',
    failUnavailable: '暂时无法获取位置。请稍后重试，或在地图上选点、选择镇 / 街道。',
    failTimeout: '定位超时。请重试，或在地图上选点、选择镇 / 街道。',
    failInaccurate: (accuracy: string, limitKm: number) =>
      `定位精度只有约 ${accuracy}（超过 ${limitKm} km），无法判断附近有什么。请在地图上选点，或选择镇 / 街道。`,
    status: (status: string, year: number) => `${status} · ${year}`,
    insideFromFeature: (name: string) => `起点在${name}范围内`,
    insideYou: (name: string) => `您在${name}范围内`,
    nearestEdge: (distance: string) => `距最近处 ${distance}`,
    away: (distance: string) => `距离 ${distance}`,
    download: '下载这些项目（含距离）：',
    downloadCsv: (n: number) => `将这 ${n} 个项目下载为 CSV 表格，含距离列`,
    downloadGeoJson: (n: number) => `将这 ${n} 个项目下载为 GeoJSON（WGS84），含距离`,
  },
  {
    intro: 'See what is being built, or planned, around you.',
    useLocation: 'Use my location',
    locating: 'Locating…',
    privacy:
      'Your browser will ask for permission. The position is only used on this device to measure distances; it is never sent anywhere.',
    pick: 'Pick on the map',
    picking: 'Tap a point on the map…',
    cancelPick: 'Cancel',
    town: 'Or choose a town / subdistrict',
    townNone: 'Choose a town…',
    changeOrigin: 'Start from somewhere else',
    radius: 'Within',
    from: 'From',
    device: (accuracy: string) => `my location (accurate to about ${accuracy})`,
    mapPoint: 'the point picked on the map',
    outside:
      'This point is outside Wujin District (by its schematic outline). Projects of the report within range are still listed.',
    none: (radius: string) => `No project of the report within ${radius}. Try a wider range.`,
    count: (n: number, radius: string) => `${n} projects within ${radius}, nearest first:`,
    choose: 'Choose a starting point to list the projects near it.',
    clear: 'Clear',
    failUnsupported: 'This browser cannot tell where you are. Pick a point on the map, or choose your town.',
    failInsecure:
      'Location works only on pages opened over https. Pick a point on the map, or choose your town.',
    failDenied:
      'Location permission was refused. Pick a point on the map or choose your town; to use your location, allow it in the browser (or WeChat) settings and try again.',
    failUnavailable:
      'Your position is not available right now. Try again, pick a point on the map, or choose your town.',
    failTimeout:
      'Finding your position took too long. Try again, pick a point on the map, or choose your town.',
    failInaccurate: (accuracy: string, limitKm: number) =>
      `Your position is only known to about ${accuracy} (more than ${limitKm} km), too rough to tell what is near. Pick a point on the map, or choose your town.`,
    status: (status: string, year: number) => `${status} · ${year}`,
    insideFromFeature: (name: string) => `The starting point is inside ${name}`,
    insideYou: (name: string) => `You are inside ${name}`,
    nearestEdge: (distance: string) => `${distance} from the nearest point`,
    away: (distance: string) => `${distance} away`,
    download: 'Download these projects (with distances):',
    downloadCsv: (n: number) => `Download these ${n} projects as a CSV table with a distance column`,
    downloadGeoJson: (n: number) => `Download these ${n} projects as GeoJSON (WGS84) with distances`,
  },
);
