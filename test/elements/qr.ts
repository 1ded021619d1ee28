// Reads a QR code back the way a phone would: the SVG drawn as pixels, decoded by jsQR.
import type jsQRType from 'jsqr';

/** The bytes of the QR code drawn by `svg` (an element or SVG text), as UTF-8 text; `undefined` if none is found. */
export async function decodeQrSvg(svg: SVGSVGElement | string, pixelsPerModule = 4): Promise<string | undefined> {
  // jsQR is a UMD build: imported as a module it defines self.jsQR.
  await import('jsqr');
  const jsQR = (self as unknown as { jsQR: typeof jsQRType }).jsQR;
  const text = typeof svg === 'string' ? svg : new XMLSerializer().serializeToString(svg);
  const modules = Number(/viewBox="0 0 (\d+)/.exec(text)?.[1]);
  const side = modules * pixelsPerModule;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, side, side);
    const code = jsQR(context.getImageData(0, 0, side, side).data, side, side);
    return code === null ? undefined : new TextDecoder().decode(Uint8Array.from(code.binaryData));
  } finally {
    URL.revokeObjectURL(url);
  }
}
