/** The low-level writer of @mapbox/shp-write (one geometry type to .shp, .shx and .dbf), which ships no types of its own. */
declare module '@mapbox/shp-write/src/write.js' {
  export default function write(
    rows: readonly Record<string, string | number>[],
    geometryType: 'POINT' | 'POLYLINE' | 'POLYGON',
    geometries: readonly unknown[],
    callback: (error: unknown, files: { shp: DataView; shx: DataView; dbf: DataView; prj: string }) => void,
  ): void;
}
