export interface ChunkSize {
  file: string;
  owner: 'maplibre' | 'atlas';
  kind: 'worker' | 'chunk';
  gzipBytes: number;
}

export interface BundleSizes {
  chunks: ChunkSize[];
  maplibreMainGzipBytes: number;
  maplibreWorkerGzipBytes: number;
  atlasAllGzipBytes: number;
  /** What index.html loads before anything runs: its chunk and static imports; undefined without a manifest. */
  firstLoad?: {
    jsFiles: string[];
    atlasOwnGzipBytes: number;
    maplibreGzipBytes: number;
    cssGzipBytes: number;
  };
  notes: string[];
}

/** Sizes of every built JS chunk in `distDir` and of the first load (needs build.manifest). */
export declare function measureBundle(distDir: string): BundleSizes;
