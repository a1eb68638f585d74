// Live preview of notification templates: re-renders on the server (the real renderer) as the administrator types.
(function () {
  const areas = document.querySelectorAll('textarea.wo-template-text');
  areas.forEach(function (area) {
    let timer = 0;
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(async function () {
        const target = area.parentElement.querySelector('.wo-template-preview');
        const response = await fetch('/administration/templates/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ event: area.dataset.event, language: area.dataset.language, channel: area.dataset.channel, text: area.value })
        });
        if (!response.ok) { return; }
        const result = await response.json();
        target.replaceChildren();
        if (result.error) {
          const error = document.createElement('div');
          error.className = 'wo-error';
          error.textContent = result.error;
          target.appendChild(error);
          return;
        }
        if (result.subject) {
          const subject = document.createElement('strong');
          subject.textContent = result.subject;
          target.appendChild(subject);
        }
        const body = document.createElement('div');
        if (area.dataset.channel === 'Email') {
          // E-mail bodies are HTML whose values the renderer has escaped; shown in a sandboxed frame.
          const frame = document.createElement('iframe');
          frame.setAttribute('sandbox', '');
          frame.className = 'wo-template-frame';
          frame.srcdoc = result.body;
          body.appendChild(frame);
        } else {
          body.className = 'wo-pre';
          body.textContent = result.body;
        }
        target.appendChild(body);
      }, 350);
    });
  });
})();
