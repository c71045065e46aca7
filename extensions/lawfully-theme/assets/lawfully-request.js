/* Lawfully data-request form: sends the form as JSON to the app proxy and shows the answer in
   place, in the form's aria-live status and beside each field the server named. Without
   JavaScript the form posts normally and the app answers with a page. */
(function () {
  document.querySelectorAll('form[data-lawfully-request]').forEach(function (form) {
    var status = form.querySelector('[data-status]'), button = form.querySelector('button[type=submit]');

    function say(kind, text) {
      status.className = 'lawfully-request__status' + (kind ? ' is-' + kind : '');
      status.textContent = text || '';
    }
    function clearFields() {
      form.querySelectorAll('[data-field]').forEach(function (el) { el.textContent = ''; });
      form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    }
    // The server answers {error: {message, fields}}; older builds sent {error: message, fields}.
    function fail(body) {
      var err = (body && body.error) || {}, fields = err.fields || body.fields || {}, first;
      say('error', (typeof err === 'string' ? err : err.message) || form.getAttribute('data-error'));
      Object.keys(fields).forEach(function (name) {
        var slot = form.querySelector('[data-field="' + name + '"]'), input = form.elements[name];
        if (slot) slot.textContent = fields[name];
        if (input && input.setAttribute) { input.setAttribute('aria-invalid', 'true'); first = first || input; }
      });
      if (first) first.focus();
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = {};
      new FormData(form).forEach(function (v, k) { body[k] = v; });
      clearFields();
      button.disabled = true;
      say('', form.getAttribute('data-sending'));
      fetch(form.action, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) {
          return r.json().then(function (j) { return { ok: r.ok, body: j || {} }; }, function () { return { ok: false, body: {} }; });
        })
        .then(function (res) {
          button.disabled = false;
          if (!res.ok) return fail(res.body);
          say('success', res.body.message);
          // A complaint is answered in place; a filed request leaves a fresh form (a signed-in
          // customer's email stays, it is the field's default).
          if (res.body.status !== 'answered') form.reset();
        }, function () {
          button.disabled = false;
          say('error', form.getAttribute('data-offline'));
        });
    });
  });
})();
