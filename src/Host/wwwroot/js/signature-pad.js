// Signature pad for the attestation (STEP-4): draw with mouse, pen or finger; the PNG goes in the hidden field.
(function () {
  document.querySelectorAll('canvas.wo-signature').forEach(function (canvas) {
    const target = document.getElementById(canvas.dataset.target);
    const context = canvas.getContext('2d');
    context.lineWidth = 2.2;
    context.lineCap = 'round';
    context.strokeStyle = '#1d2b27';
    let drawing = false;
    function point(event) {
      const box = canvas.getBoundingClientRect();
      return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
    }
    canvas.addEventListener('pointerdown', function (event) {
      drawing = true;
      canvas.setPointerCapture(event.pointerId);
      const p = point(event);
      context.beginPath();
      context.moveTo(p.x, p.y);
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) { return; }
      const p = point(event);
      context.lineTo(p.x, p.y);
      context.stroke();
    });
    function finish() {
      if (!drawing) { return; }
      drawing = false;
      target.value = canvas.toDataURL('image/png');
    }
    canvas.addEventListener('pointerup', finish);
    canvas.addEventListener('pointerleave', finish);
    const clear = canvas.parentElement.querySelector('.wo-signature-clear');
    if (clear) {
      clear.addEventListener('click', function () { context.clearRect(0, 0, canvas.width, canvas.height); target.value = ''; });
    }
  });
})();
