// Colours for element states (current/completed steps, diff, problems) are CSS classes added with
// canvas.addMarker, so that pages can restyle them in one place (styles/workflowoffice.css).

/** Adds `marker` to every id that exists in the diagram; returns the ids that were not found. */
export function addMarkers(canvas, elementRegistry, ids, marker) {
  const missing = [];
  for (const id of ids || []) {
    if (elementRegistry.get(id)) {
      canvas.addMarker(id, marker);
    } else {
      missing.push(id);
    }
  }
  return missing;
}

/** Removes `marker` from every element of the diagram. */
export function clearMarker(canvas, elementRegistry, marker) {
  for (const element of elementRegistry.getAll()) {
    if (canvas.hasMarker(element, marker)) {
      canvas.removeMarker(element, marker);
    }
  }
}

/**
 * Fits the whole diagram into the viewport, centred, never enlarged beyond 100 %. `margin.left` keeps room for
 * the modeler's palette, which floats over the left of the canvas.
 */
export function fit(canvas, margin = {}) {
  canvas.resized();
  const { left = 20, right = 20, top = 20, bottom = 20 } = margin;
  const size = canvas.getSize();
  const inner = canvas.viewbox().inner;
  const usableWidth = size.width - left - right;
  const usableHeight = size.height - top - bottom;
  if (!inner.width || !inner.height || usableWidth <= 0 || usableHeight <= 0) {
    canvas.zoom('fit-viewport', 'auto');
    return;
  }
  const scale = Math.min(usableWidth / inner.width, usableHeight / inner.height, 1);
  const width = size.width / scale;
  const height = size.height / scale;
  const x = inner.x - left / scale - (usableWidth / scale - inner.width) / 2;
  const y = inner.y - top / scale - (usableHeight / scale - inner.height) / 2;
  canvas.viewbox({ x, y, width, height });
}

/** Resolves after the browser has painted and run pending effects (the properties panel renders in effects). */
export function afterPaint() {
  return new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A small legend explaining the colours, in the page language. */
export function createLegend(items) {
  const legend = document.createElement('ul');
  legend.className = 'wo-legend';
  for (const { marker, text } of items) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `wo-legend-swatch ${marker}`;
    item.append(swatch, document.createTextNode(text));
    legend.append(item);
  }
  return legend;
}

/** Accepts a function or a Blazor DotNetObjectReference (called through invokeMethodAsync). */
export function toCallback(target, methodName) {
  if (typeof target === 'function') {
    return target;
  }
  if (target && typeof target.invokeMethodAsync === 'function') {
    return (...args) => target.invokeMethodAsync(methodName, ...args);
  }
  throw new TypeError('Expected a function or a DotNetObjectReference.');
}
