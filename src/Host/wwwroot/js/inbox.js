// Live inbox: when the association's tasks change, fetch this page again and swap the task list, keeping filters.
(function () {
  const page = document.querySelector('[data-inbox-events]');
  if (!page || !window.EventSource) { return; }
  const notice = document.getElementById('inbox-live');
  const source = new EventSource(page.dataset.inboxEvents);
  source.addEventListener('ready', function () { page.dataset.live = 'ready'; });
  source.addEventListener('changed', async function () {
    const response = await fetch(window.location.href, { headers: { 'Accept': 'text/html' } });
    if (!response.ok) { return; }
    const html = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = html.getElementById('inbox-list');
    const current = document.getElementById('inbox-list');
    if (fresh && current) {
      current.replaceWith(document.importNode(fresh, true));
      if (notice) { notice.hidden = false; }
    }
  });
  window.addEventListener('beforeunload', function () { source.close(); });
})();
