// A stand-in for the offscreen canvas drawScene makes its glyph sprites on: drawing does nothing, and reading
// the pixels back gives what `paint` writes (RGBA, side × side), so compositing can be checked without a DOM.
export function readableCanvas(paint: (data: Uint8ClampedArray, pixels: number) => void) {
  return () =>
    ({
      getContext: () =>
        new Proxy({} as Record<string, unknown>, {
          get: (t, p: string) =>
            p === 'getImageData'
              ? (_x: number, _y: number, w: number, h: number) => {
                  const data = new Uint8ClampedArray(w * h * 4);
                  paint(data, w * h);
                  return { data };
                }
              : p in t
                ? t[p]
                : () => undefined,
          set: (t, p: string, v) => ((t[p] = v), true),
        }),
      transferToImageBitmap: () => ({}),
    }) as unknown as OffscreenCanvas;
}
