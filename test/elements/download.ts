// Captures what a download button saves (see src/elements/download.ts): the file name and the blob.
export async function captureDownload(start: () => void): Promise<{ name: string; blob: Blob }> {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return create.call(URL, blob);
  };
  const clicked = new Promise<HTMLAnchorElement>((resolve) => {
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = original;
      resolve(this);
    };
  });
  try {
    start();
    const link = await clicked;
    return { name: link.download, blob: blobs[0]! };
  } finally {
    URL.createObjectURL = create;
  }
}
