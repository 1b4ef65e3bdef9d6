/** Types of tooling/buildCommandLine.js (plain JavaScript, so bin/bitext.js runs it without tsx). */
export declare const BUILD_DIRECTORY: string;
export declare const COMPILED_INDEX: string;
export declare function isBuildFresh(directory?: string): boolean;
export declare function ensureCommandLineBuild(directory?: string): Promise<string>;
export declare function buildCommandLine(directory?: string): Promise<string>;
