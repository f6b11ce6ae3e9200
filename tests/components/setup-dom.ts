// jsdom has no canvas: getContext answers null (the canvas layer then draws nothing) instead of logging
// "not implemented" on every render.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}
export {};
