/**
 * Saving generated text (a vCard, a signature, a manifest entry) as a file the browser downloads.
 * @module
 */

/** Starts a download of `content` named `fileName`. */
export function saveFile(content: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by now; the object URL is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
