// Entry point of dist/designer.js: window.WorkflowOfficeDesigner, the BPMN modeler with the WorkflowOffice
// properties panel. The API is documented in ../README.md.

import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';

import wo from './wo.json';
import WorkflowOfficeDesignerModule from './designer/index.js';
import { createTranslate, normaliseLanguage, translateModule } from './shared/i18n.js';
import { addMarkers, afterPaint, clearMarker, fit, toCallback } from './shared/markers.js';
import RightToLeftLabels from './shared/rtl-labels.js';
import './styles/designer.css';

const CHANGE_DEBOUNCE_MS = 400;
const PROBLEM_MARKER = 'wo-problem';

function element(tag, className, attributes = {}) {
  const node = document.createElement(tag);
  node.className = className;
  for (const [ name, value ] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  return node;
}

/**
 * Creates a designer inside `host` and returns its handle at once; `handle.ready` settles when the first
 * diagram is imported (it rejects when the XML cannot be read at all).
 */
function create(host, options = {}) {
  if (!host) {
    throw new TypeError('WorkflowOfficeDesigner.create needs a host element.');
  }
  const language = normaliseLanguage(options.language);
  const translate = createTranslate(language);
  const readOnly = !!options.readOnly;
  const direction = language === 'ar' ? 'rtl' : 'ltr';

  const root = element('div', `wo-designer${readOnly ? ' wo-designer-readonly' : ''}`, { dir: direction, lang: language });
  const main = element('div', 'wo-designer-main');
  // The drawing surface stays left-to-right: diagram coordinates, the palette and overlays are laid out in LTR.
  const canvasHost = element('div', 'wo-designer-canvas', { dir: 'ltr' });
  const panelHost = element('div', 'wo-designer-panel');
  const problemsHost = element('div', 'wo-designer-problems', { role: 'region', 'aria-live': 'polite' });
  problemsHost.hidden = true;
  main.append(canvasHost);
  if (!readOnly) {
    main.append(panelHost);
  }
  root.append(main, problemsHost);
  host.replaceChildren(root);

  const workflowOfficeOptions = {
    language,
    activities: options.activities || [],
    roles: options.roles || [],
    templates: options.templates || [],
    forms: options.forms || [],
    requiredItems: options.requiredItems || [],
    events: options.events || [],
    caseStatuses: options.caseStatuses || []
  };

  const common = {
    container: canvasHost,
    moddleExtensions: { wo },
    additionalModules: [ translateModule(language), RightToLeftLabels ]
  };
  const modeler = readOnly
    ? new NavigatedViewer(common)
    : new Modeler({
      ...common,
      propertiesPanel: { parent: panelHost },
      additionalModules: [
        ...common.additionalModules,
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        { workflowOfficeOptions: [ 'value', workflowOfficeOptions ] },
        WorkflowOfficeDesignerModule
      ]
    });

  const canvas = modeler.get('canvas');
  const elementRegistry = modeler.get('elementRegistry');
  const overlays = modeler.get('overlays');
  const eventBus = modeler.get('eventBus');
  const listeners = new Set();
  let changeTimer = null;
  let destroyed = false;

  eventBus.on('commandStack.changed', () => {
    if (!listeners.size) {
      return;
    }
    clearTimeout(changeTimer);
    changeTimer = setTimeout(async () => {
      if (destroyed) {
        return;
      }
      const xml = await getXml();
      for (const listener of listeners) {
        listener(xml);
      }
    }, CHANGE_DEBOUNCE_MS);
  });

  async function getXml() {
    const { xml } = await modeler.saveXML({ format: true });
    return xml;
  }

  async function importXml(xml) {
    clearProblems();
    const { warnings } = await modeler.importXML(xml);
    fitBesidePalette();
    // Let the properties panel subscribe to selection changes before the caller selects an element.
    await afterPaint();
    return { warnings: warnings.map(warning => warning.message) };
  }

  // The palette floats over the left of the canvas and is one or two columns wide depending on the canvas height:
  // fit the diagram into the room to its right, measured, so that no element starts under it.
  function fitBesidePalette() {
    const palette = readOnly ? null : canvasHost.querySelector('.djs-palette');
    const paletteRight = palette ? palette.getBoundingClientRect().right - canvasHost.getBoundingClientRect().left : 0;
    fit(canvas, { left: Math.max(20, Math.ceil(paletteRight) + 24) });
  }

  function selectElement(id) {
    const target = elementRegistry.get(id);
    if (!target) {
      return false;
    }
    modeler.get('selection').select(target);
    if (typeof canvas.scrollToElement === 'function') {
      canvas.scrollToElement(target);
    }
    return true;
  }

  function clearProblems() {
    clearMarker(canvas, elementRegistry, PROBLEM_MARKER);
    overlays.remove({ type: 'wo-problem' });
    problemsHost.replaceChildren();
    problemsHost.hidden = true;
  }

  function showProblems(problems) {
    clearProblems();
    const list = problems || [];
    if (!list.length) {
      return;
    }
    const perElement = new Map();
    for (const problem of list) {
      if (problem.elementId) {
        perElement.set(problem.elementId, (perElement.get(problem.elementId) || 0) + 1);
      }
    }
    addMarkers(canvas, elementRegistry, [ ...perElement.keys() ], PROBLEM_MARKER);
    for (const [ id, count ] of perElement) {
      if (elementRegistry.get(id)) {
        const badge = element('div', 'wo-problem-badge', { title: translate('Problems') });
        badge.textContent = String(count);
        overlays.add(id, 'wo-problem', { position: { top: -10, right: 10 }, html: badge });
      }
    }

    const heading = element('h3', 'wo-designer-problems-title');
    heading.textContent = `${translate('Problems')} (${list.length})`;
    const items = element('ul', 'wo-designer-problems-list');
    for (const problem of list) {
      const item = element('li', 'wo-designer-problem');
      const target = problem.elementId && elementRegistry.get(problem.elementId);
      const name = target && target.businessObject && target.businessObject.name;
      const button = element('button', 'wo-designer-problem-button', { type: 'button' });
      if (problem.elementId) {
        button.dataset.elementId = problem.elementId;
      }
      const where = element('span', 'wo-designer-problem-element', { dir: 'auto' });
      where.textContent = name ? `${name} (${problem.elementId})` : (problem.elementId || '—');
      const message = element('span', 'wo-designer-problem-message', { dir: 'auto' });
      message.textContent = problem.message;
      button.append(where, message);
      button.disabled = !target;
      button.addEventListener('click', () => selectElement(problem.elementId));
      item.append(button);
      items.append(item);
    }
    problemsHost.append(heading, items);
    problemsHost.hidden = false;
  }

  function onChanged(callback, methodName = 'OnDiagramChanged') {
    const listener = toCallback(callback, methodName);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function destroy() {
    destroyed = true;
    clearTimeout(changeTimer);
    listeners.clear();
    modeler.destroy();
    root.remove();
  }

  const ready = options.xml ? importXml(options.xml) : (readOnly ? Promise.resolve({ warnings: [] }) : modeler.createDiagram().then(() => ({ warnings: [] })));

  return { ready, getXml, importXml, onChanged, showProblems, selectElement, destroy, modeler };
}

window.WorkflowOfficeDesigner = { create };
