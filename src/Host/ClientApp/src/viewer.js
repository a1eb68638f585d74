// Entry point of dist/viewer.js: window.WorkflowOfficeViewer, the read-only procedure diagram of a case file with
// the current step(s) highlighted and the completed ones marked. The API is documented in ../README.md.

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import wo from './wo.json';
import { createTranslate, normaliseLanguage, translateModule } from './shared/i18n.js';
import { addMarkers, clearMarker, createLegend, fit } from './shared/markers.js';
import RightToLeftLabels from './shared/rtl-labels.js';
import './styles/viewer.css';

const LEGEND = {
  ar: { current: 'الخطوة الحالية', completed: 'خطوات مكتملة' },
  en: { current: 'Current step', completed: 'Completed steps' }
};

/**
 * Shows `xml` read-only inside `host`; resolves to a handle once the diagram is drawn and fitted.
 */
async function show(host, options = {}) {
  if (!host) {
    throw new TypeError('WorkflowOfficeViewer.show needs a host element.');
  }
  const language = normaliseLanguage(options.language);
  const root = document.createElement('div');
  root.className = 'wo-viewer';
  root.setAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
  root.setAttribute('lang', language);
  const canvasHost = document.createElement('div');
  canvasHost.className = 'wo-viewer-canvas';
  canvasHost.setAttribute('dir', 'ltr');
  root.append(canvasHost, createLegend([
    { marker: 'wo-current', text: LEGEND[language].current },
    { marker: 'wo-completed', text: LEGEND[language].completed }
  ]));
  host.replaceChildren(root);

  const viewer = new NavigatedViewer({
    container: canvasHost,
    moddleExtensions: { wo },
    additionalModules: [ translateModule(language), RightToLeftLabels ]
  });
  const canvas = viewer.get('canvas');
  const elementRegistry = viewer.get('elementRegistry');

  function setState(state = {}) {
    clearMarker(canvas, elementRegistry, 'wo-current');
    clearMarker(canvas, elementRegistry, 'wo-completed');
    const current = new Set(state.current || []);
    // An element both completed and current (a loop back to an earlier step) shows as current.
    addMarkers(canvas, elementRegistry, (state.completed || []).filter(id => !current.has(id)), 'wo-completed');
    addMarkers(canvas, elementRegistry, [ ...current ], 'wo-current');
  }

  const { warnings } = await viewer.importXML(options.xml);
  setState(options);
  fit(canvas);

  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => fit(canvas)) : null;
  if (resizeObserver) {
    resizeObserver.observe(canvasHost);
  }

  return {
    warnings: warnings.map(warning => warning.message),
    setState,
    fit: () => fit(canvas),
    destroy() {
      if (resizeObserver) {
        resizeObserver.disconnect();
      }
      viewer.destroy();
      root.remove();
    },
    viewer,
    translate: createTranslate(language)
  };
}

window.WorkflowOfficeViewer = { show };
