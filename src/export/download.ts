/**
 * Saves `blob` as `fileName` through the browser's download: a hidden `<a download>` inside `root`
 * (a shadow root keeps it off the page's DOM), clicked, removed. The Blob URL is revoked at once:
 * the download resolved it when the link was followed (URL spec: a blob URL is resolved when parsed).
 */
export function downloadBlob(root: ParentNode & Node, blob: Blob, fileName: string): void {
  const document = root.ownerDocument ?? (root as Document);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    URL.revokeObjectURL(url);
  }
}

/** A file name's part from an id or a period: letters, digits, `.`, `_` and `-` only. */
export function fileNamePart(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'export';
}
