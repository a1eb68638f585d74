// The designer page: bpmn-js through WorkflowOfficeDesigner, live validation by the engine (server side), import
// and export of .bpmn files. The page is rendered on the server; saving and submitting are ordinary form posts
// that carry the diagram in a hidden textarea, updated with every validated edit.
(function () {
  'use strict';

  function start() {
    const host = document.getElementById('wo-designer');
    const form = document.getElementById('wo-designer-form');
    if (!host || !form || !window.WorkflowOfficeDesigner) {
      return;
    }

    const textarea = document.getElementById('wo-bpmn');
    const submit = document.getElementById('wo-submit');
    const save = form.querySelector('[data-testid=save]');
    const summary = document.getElementById('wo-problem-summary');
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    const readOnly = host.dataset.readonly === 'true';
    const handle = window.WorkflowOfficeDesigner.create(host, {
      xml: textarea.value,
      language: host.dataset.language,
      activities: JSON.parse(host.dataset.activities || '[]'),
      roles: JSON.parse(host.dataset.roles || '[]'),
      events: JSON.parse(host.dataset.events || '[]'),
      caseStatuses: JSON.parse(host.dataset.caseStatuses || '[]'),
      readOnly
    });
    let generation = 0;

    async function validate(xml) {
      const mine = ++generation;
      const response = await fetch(host.dataset.validateUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/xml', 'RequestVerificationToken': token },
        body: xml
      });
      if (!response.ok || mine !== generation) {
        return;
      }

      const result = await response.json();
      handle.showProblems(result.problems.map(p => ({ elementId: p.elementId || null, message: p.message })));
      summary.dataset.count = String(result.problems.length);
      summary.textContent = result.problems.length === 0 ? host.dataset.noProblems : host.dataset.hasProblems + ' ' + result.problems.length;
      summary.classList.toggle('wo-has-problems', result.problems.length > 0);
      if (submit) {
        submit.disabled = readOnly || result.problems.length > 0;
      }
      if (save) {
        save.disabled = false;
      }
      document.body.dataset.validated = String(mine);
    }

    handle.ready.then(async () => {
      await validate(textarea.value);
      document.body.dataset.ready = 'true';
    });
    // The canvas reports an edit after a short debounce; until then the textarea is stale and the diagram may have
    // problems, so neither saving nor submitting is possible in between (validation enables them again).
    if (handle.modeler && !readOnly) {
      handle.modeler.on('commandStack.changed', () => {
        if (submit) {
          submit.disabled = true;
        }
        if (save) {
          save.disabled = true;
        }
        summary.dataset.count = '';
      });
    }
    handle.onChanged(async xml => {
      textarea.value = xml;
      await validate(xml);
    });
    window.woDesigner = handle;

    const importer = document.getElementById('wo-import');
    if (importer) {
      importer.addEventListener('change', async () => {
        const file = importer.files && importer.files[0];
        if (!file) {
          return;
        }
        await handle.importXml(await file.text());
        textarea.value = await handle.getXml();
        importer.value = '';
        await validate(textarea.value);
      });
    }

    document.getElementById('wo-export').addEventListener('click', async () => {
      const blob = new Blob([await handle.getXml()], { type: 'application/xml' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = host.dataset.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(link.href);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
