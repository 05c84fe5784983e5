export function minifyHtmlTemplate(strings: readonly string[], options?: { svg?: boolean }): string[];
