export declare const TYPED_QUERIES: readonly string[];
export declare const TYPED_KEYSTROKES: readonly string[];
