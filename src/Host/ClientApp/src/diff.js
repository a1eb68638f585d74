// Entry point of dist/diff.js: window.WorkflowOfficeDiff, the published and the proposed procedure side by side
// for the board review. The change list is computed by the engine on the server; this only colours element ids.
// The API is documented in ../README.md.

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import wo from './wo.json';
import { normaliseLanguage, translateModule } from './shared/i18n.js';
import { addMarkers, createLegend, fit } from './shared/markers.js';
import RightToLeftLabels from './shared/rtl-labels.js';
import './styles/viewer.css';

const LEGEND = {
  ar: { added: 'مضاف', removed: 'محذوف', changed: 'معدّل' },
  en: { added: 'Added', removed: 'Removed', changed: 'Changed' }
};

async function createSide(host, xml, language, legendItems) {
  const root = document.createElement('div');
  root.className = 'wo-viewer wo-diff-side';
  root.setAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  root.setAttribute('lang', language);
  const canvasHost = document.createElement('div');
  canvasHost.className = 'wo-viewer-canvas';
  canvasHost.setAttribute('dir', 'ltr');
  root.append(canvasHost, createLegend(legendItems));
  host.replaceChildren(root);

  const viewer = new NavigatedViewer({
    container: canvasHost,
    moddleExtensions: { wo },
    additionalModules: [ translateModule(language), RightToLeftLabels ]
  });
  const { warnings } = await viewer.importXML(xml);
  return { root, viewer, warnings: warnings.map(warning => warning.message) };
}

/**
 * Shows `oldXml` in `leftHost` and `newXml` in `rightHost`: removed ids red on the left, added ids green on the
 * right, changed ids amber on both. Panning or zooming one side moves the other, so the same region stays in view.
 */
async function show(leftHost, rightHost, options = {}) {
  if (!leftHost || !rightHost) {
    throw new TypeError('WorkflowOfficeDiff.show needs a left and a right host element.');
  }
  const language = normaliseLanguage(options.language);
  const text = LEGEND[language];
  const [ left, right ] = await Promise.all([
    createSide(leftHost, options.oldXml, language,
      [ { marker: 'wo-removed', text: text.removed }, { marker: 'wo-changed', text: text.changed } ]),
    createSide(rightHost, options.newXml, language,
      [ { marker: 'wo-added', text: text.added }, { marker: 'wo-changed', text: text.changed } ])
  ]);

  const mark = (side, ids, marker) =>
    addMarkers(side.viewer.get('canvas'), side.viewer.get('elementRegistry'), ids, marker);
  mark(left, options.removed, 'wo-removed');
  mark(left, options.changed, 'wo-changed');
  mark(right, options.added, 'wo-added');
  mark(right, options.changed, 'wo-changed');

  const leftCanvas = left.viewer.get('canvas');
  const rightCanvas = right.viewer.get('canvas');
  fit(leftCanvas);
  fit(rightCanvas);
  // Both sides start with the same view, the one that shows the larger diagram whole, so that positions and
  // sizes compare at a glance.
  const leftBox = leftCanvas.viewbox();
  const rightBox = rightCanvas.viewbox();
  const { x, y, width, height } = leftBox.width >= rightBox.width ? leftBox : rightBox;
  leftCanvas.viewbox({ x, y, width, height });
  rightCanvas.viewbox({ x, y, width, height });

  let syncing = false;
  const follow = (from, to) => from.viewer.get('eventBus').on('canvas.viewbox.changed', event => {
    if (syncing) {
      return;
    }
    syncing = true;
    try {
      const { x, y, width, height } = event.viewbox;
      to.viewer.get('canvas').viewbox({ x, y, width, height });
    } finally {
      syncing = false;
    }
  });
  follow(left, right);
  follow(right, left);

  return {
    warnings: { old: left.warnings, new: right.warnings },
    destroy() {
      left.viewer.destroy();
      right.viewer.destroy();
      left.root.remove();
      right.root.remove();
    },
    left: left.viewer,
    right: right.viewer
  };
}

window.WorkflowOfficeDiff = { show };
