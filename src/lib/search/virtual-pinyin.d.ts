/** The build-time pinyin table served by vite-plugin-search-index.ts. */
declare module 'virtual:atlas-pinyin' {
  const table: Readonly<Record<string, readonly string[]>>;
  export default table;
}
