/** The URL of the validated catalogue artifact the build emits (vite-plugin-validate.ts). */
declare module 'virtual:atlas-catalogue' {
  const url: string;
  export default url;
}
