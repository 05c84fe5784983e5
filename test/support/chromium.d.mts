/** Types of chromium.mjs, which the TypeScript configs (vitest.config.ts) import. */
export function chromiumPath(): string;
export const chromiumFlags: string[];
