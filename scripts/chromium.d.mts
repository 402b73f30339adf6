/** Paths tried, in order, after the CHROME_PATH environment variable. */
export declare const chromiumCandidates: readonly string[];
/** The Chromium executable to use, or undefined when none is installed. */
export declare function findChromium(): string | undefined;
/** Flags for headless runs with WebGL through SwiftShader and no background networking. */
export declare const chromiumArgs: readonly string[];
/** Flags that take WebGL away entirely. */
export declare const noWebGLArgs: readonly string[];
