// The board review page: published and proposed procedures side by side, coloured by the engine's change list.
(function () {
  'use strict';

  async function start() {
    const diff = document.getElementById('wo-diff');
    if (!diff || !window.WorkflowOfficeDiff) {
      return;
    }

    window.woDiff = await window.WorkflowOfficeDiff.show(document.getElementById('wo-diff-old'), document.getElementById('wo-diff-new'), {
      oldXml: document.getElementById('wo-old-xml').value,
      newXml: document.getElementById('wo-new-xml').value,
      added: JSON.parse(diff.dataset.added),
      removed: JSON.parse(diff.dataset.removed),
      changed: JSON.parse(diff.dataset.changed),
      language: diff.dataset.language
    });
    document.body.dataset.ready = 'true';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
