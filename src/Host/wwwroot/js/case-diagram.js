// The case file's procedure diagram: the governing version, current step highlighted, completed steps marked.
(function () {
  const host = document.getElementById('case-diagram');
  if (!host || !window.WorkflowOfficeViewer) { return; }
  const state = JSON.parse(host.dataset.state || '{}');
  if (!state.xml) { return; }
  window.WorkflowOfficeViewer.show(host, state).then(function () { host.dataset.ready = 'true'; });
})();
