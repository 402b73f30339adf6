import { defineMessages } from '../define';

const n = (value: number): string => value.toLocaleString('en-US');
const deg = (value: number): string => value.toFixed(2);

/**
 * Reading a planner's own files (My data): what was loaded, what was converted or left out, and
 * every reason a file is refused. File names are echoed as the reader gave them (already shortened).
 */
export const importMessages = defineMessages(
  {
    choose: '加载文件…',
    chooseHint:
      'GeoJSON、Shapefile（.zip，或 .shp .dbf .prj .cpg 一起选）、KML/KMZ、GPX、CSV/TXT、XLSX、DXF，可一次选多个。也可以把文件拖到地图上。文件只在本机打开，不会上传，也不进入链接。',
    crs: '经纬度数据的坐标系',
    crsWgs84: 'WGS84（GPS、天地图、OSM）',
    crsGcj02: 'GCJ-02（高德、腾讯）',
    crsBd09: 'BD-09（百度）',
    reading: (name: string) => `正在读取“${name}”…`,
    cancel: '取消',
    cancelled: (name: string) => `已取消读取“${name}”。`,
    summary: (points: number, lines: number, areas: number) =>
      `点 ${n(points)}、线 ${n(lines)}、面 ${n(areas)}`,
    skipped: (count: number) => `（${n(count)} 个要素无几何，未显示）`,
    converted: (from: string) => `，已由 ${from} 转换为 WGS84`,
    remove: '移除',
    keep: '在本机保留此文件，下次打开地图时自动显示（只存在此浏览器中）',
    layers: '我的图层',
    show: (name: string) => `显示“${name}”`,
    table: '属性表',
    tableOf: (name: string) => `“${name}”的属性表`,
    tableFilter: '筛选',
    tableRows: (shown: number, total: number) =>
      shown === total ? `共 ${n(total)} 个要素` : `${n(shown)} / ${n(total)} 个要素`,
    tableMore: (count: number) => `另有 ${n(count)} 行未列出，请用筛选缩小范围。`,
    tableName: '名称',
    tableSortBy: (column: string) => `按“${column}”排序`,
    tableClose: '关闭属性表',
    tableZoom: (name: string) => `缩放至“${name}”`,
    noName: '（无名称）',
    legend: (name: string) => `我的数据：${name}`,

    tooLarge: (file: string, mb: number) => `“${file}”超过 ${n(mb)} MB，无法加载。`,
    tooMany: (file: string, max: number) =>
      `“${file}”的要素超过 ${n(max)} 个，地图会变慢。请先精简或拆分数据。`,
    unknownFormat: (file: string) =>
      `无法识别“${file}”的格式。可以加载 GeoJSON、Shapefile、KML/KMZ、GPX、CSV/TXT、XLSX 和 DXF 文件。`,
    notJson: (file: string) => `“${file}”不是有效的 JSON 文件。`,
    notGeoJson: (file: string) => `“${file}”不是 GeoJSON：需要 FeatureCollection、Feature 或几何对象。`,
    notFeature: (file: string, index: number) => `“${file}”的第 ${n(index)} 个要素不是 Feature。`,
    unknownGeometry: (file: string, index: number, type: string) =>
      `“${file}”的第 ${n(index)} 个要素的几何类型“${type}”无法识别。`,
    badCoordinates: (file: string, index: number) =>
      `“${file}”的第 ${n(index)} 个要素的坐标不完整或不是数字。`,
    noFeatures: (file: string) => `“${file}”中没有可显示的要素。`,
    unsupportedCrs: (file: string, crs: string) =>
      `“${file}”声明的坐标系“${crs}”本图无法转换。请先转换为经纬度（WGS84 或 CGCS2000）或 CGCS2000 高斯-克吕格坐标再加载。`,
    projectedUnknown: (file: string, x: number, y: number) =>
      `“${file}”的坐标（${n(x)}, ${n(y)}）是投影坐标（米），但没有声明坐标系，按 CGCS2000 高斯-克吕格 3 度带换算后也不在本图范围内。请在文件中声明坐标系（如 .prj），或先转换为经纬度。`,
    swappedDegrees: (file: string) =>
      `“${file}”的经度和纬度似乎互换了（纬度约 120°、经度约 31°）。请交换两列或两个坐标后再加载。`,
    outOfRange: (file: string, x: number, y: number) =>
      `“${file}”的坐标（${x}, ${y}）超出经纬度范围（经度 −180°–180°，纬度 −90°–90°），也不像投影坐标。`,
    outside: (file: string, w: number, e: number, s: number, north: number) =>
      `“${file}”的数据位于经度 ${deg(w)}–${deg(e)}、纬度 ${deg(s)}–${deg(north)}，全部在武进及周边地区之外，未添加任何内容。`,
    partlyOutside: (file: string, outside: number, total: number) =>
      `“${file}”的 ${n(total)} 个要素中有 ${n(outside)} 个位于武进及周边地区之外，地图到不了那里；其余要素照常显示。`,
    degenerateRings: (file: string, rings: number, features: number) =>
      `“${file}”中 ${n(features)} 个要素的 ${n(rings)} 个环少于 4 个点（无法成面），已删去。`,
    rowsWithoutCoordinates: (file: string, rows: number) =>
      `“${file}”中 ${n(rows)} 行没有可用的坐标，未显示。`,
    shapefileNoShp: (file: string) => `“${file}”缺少同名的 .shp 文件（几何在 .shp 中）。`,
    shapefileBroken: (file: string) => `“${file}”不是可读的 Shapefile（.shp 或 .dbf 已损坏）。`,
    zipEmpty: (file: string) => `压缩包“${file}”中没有可加载的文件（Shapefile、KML、GeoJSON 等）。`,
    zipBroken: (file: string) => `“${file}”不是可读的压缩包。`,
    xmlBroken: (file: string) => `“${file}”不是有效的 KML/GPX 文件。`,
    tableNoColumns: (file: string) =>
      `“${file}”中找不到坐标列：需要“经度/纬度”“lon/lat”（或 lng、longitude/latitude）或“X/Y”列。`,
    tableBroken: (file: string) => `“${file}”不是可读的表格。`,
    dxfBroken: (file: string) => `“${file}”不是可读的 DXF 文件。`,
    unreadable: (file: string) => `“${file}”无法读取。`,
    busy: '另一个文件正在读取，请稍候或先取消。',
  },
  {
    choose: 'Load files…',
    chooseHint:
      'GeoJSON, Shapefile (.zip, or .shp .dbf .prj .cpg chosen together), KML/KMZ, GPX, CSV/TXT, XLSX, DXF; several at once. You can also drop files on the map. They are opened on this device only: never uploaded, never in a link.',
    crs: 'Coordinates of longitude/latitude data',
    crsWgs84: 'WGS84 (GPS, Tianditu, OSM)',
    crsGcj02: 'GCJ-02 (Amap, Tencent)',
    crsBd09: 'BD-09 (Baidu)',
    reading: (name) => `Reading “${name}”…`,
    cancel: 'Cancel',
    cancelled: (name) => `Reading “${name}” was cancelled.`,
    summary: (points, lines, areas) => `${n(points)} points, ${n(lines)} lines, ${n(areas)} areas`,
    skipped: (count) => ` (${n(count)} without geometry, not shown)`,
    converted: (from) => `, converted to WGS84 from ${from}`,
    remove: 'Remove',
    keep: 'Keep this file on this device and show it again next time (stored in this browser only)',
    layers: 'My layers',
    show: (name) => `Show “${name}”`,
    table: 'Attributes',
    tableOf: (name) => `Attributes of “${name}”`,
    tableFilter: 'Filter',
    tableRows: (shown, total) =>
      shown === total ? `${n(total)} features` : `${n(shown)} of ${n(total)} features`,
    tableMore: (count) => `${n(count)} more rows not listed; narrow them with the filter.`,
    tableName: 'Name',
    tableSortBy: (column) => `Sort by “${column}”`,
    tableClose: 'Close the attribute table',
    tableZoom: (name) => `Zoom to “${name}”`,
    noName: '(no name)',
    legend: (name) => `My data: ${name}`,

    tooLarge: (file, mb) => `“${file}” is larger than ${n(mb)} MB and cannot be loaded.`,
    tooMany: (file, max) =>
      `“${file}” has more than ${n(max)} features, too many for a smooth map. Thin or split it first.`,
    unknownFormat: (file) =>
      `The format of “${file}” is not one the atlas reads: GeoJSON, Shapefile, KML/KMZ, GPX, CSV/TXT, XLSX and DXF are.`,
    notJson: (file) => `“${file}” is not valid JSON.`,
    notGeoJson: (file) => `“${file}” is not GeoJSON: a FeatureCollection, a Feature or a geometry is needed.`,
    notFeature: (file, index) => `Feature ${n(index)} of “${file}” is not a Feature.`,
    unknownGeometry: (file, index, type) =>
      `Feature ${n(index)} of “${file}” has an unknown geometry type “${type}”.`,
    badCoordinates: (file, index) =>
      `Feature ${n(index)} of “${file}” has missing or non-numeric coordinates.`,
    noFeatures: (file) => `“${file}” has no feature that can be drawn.`,
    unsupportedCrs: (file, crs) =>
      `“${file}” declares the coordinate system “${crs}”, which this atlas cannot convert. Convert it to longitude/latitude (WGS84 or CGCS2000) or CGCS2000 Gauss–Krüger first.`,
    projectedUnknown: (file, x, y) =>
      `The coordinates of “${file}” (${n(x)}, ${n(y)}) are projected (metres) and declare no coordinate system; read as CGCS2000 3-degree Gauss–Krüger they would lie outside this atlas. Declare the system in the file (a .prj, say) or convert it to longitude/latitude first.`,
    swappedDegrees: (file) =>
      `The longitudes and latitudes of “${file}” seem swapped (latitudes near 120°, longitudes near 31°). Swap the two columns or coordinates and load it again.`,
    outOfRange: (file, x, y) =>
      `The coordinates of “${file}” (${x}, ${y}) are outside the range of degrees (longitude −180° to 180°, latitude −90° to 90°) and do not look like projected metres either.`,
    outside: (file, w, e, s, north) =>
      `“${file}” lies at longitude ${deg(w)}–${deg(e)}, latitude ${deg(s)}–${deg(north)}, wholly outside Wujin's region (the district and the cities round it); nothing was added.`,
    partlyOutside: (file, outside, total) =>
      `${n(outside)} of the ${n(total)} features of “${file}” lie outside Wujin's region, where the map does not reach; the others are shown.`,
    degenerateRings: (file, rings, features) =>
      `${n(rings)} rings with fewer than 4 positions (no area) were dropped from ${n(features)} features of “${file}”.`,
    rowsWithoutCoordinates: (file, rows) =>
      `${n(rows)} rows of “${file}” have no usable coordinates and are not shown.`,
    shapefileNoShp: (file) => `“${file}” needs the .shp file of the same name (it holds the geometry).`,
    shapefileBroken: (file) => `“${file}” is not a readable Shapefile (its .shp or .dbf is damaged).`,
    zipEmpty: (file) => `The archive “${file}” holds nothing the atlas can load (Shapefile, KML, GeoJSON…).`,
    zipBroken: (file) => `“${file}” is not a readable archive.`,
    xmlBroken: (file) => `“${file}” is not a valid KML or GPX file.`,
    tableNoColumns: (file) =>
      `“${file}” has no coordinate columns: 经度/纬度, lon/lat (or lng, longitude/latitude) or X/Y are needed.`,
    tableBroken: (file) => `“${file}” is not a readable table.`,
    dxfBroken: (file) => `“${file}” is not a readable DXF file.`,
    unreadable: (file) => `“${file}” could not be read.`,
    busy: 'Another file is being read; wait or cancel it first.',
  },
);
