/** The palette as CSS custom properties on :root, made at build time (ui/vite-plugin-boot-shell.ts). */
declare module 'virtual:atlas-palette.css';
