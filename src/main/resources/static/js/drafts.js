// Saves a half-written form to the server every 20 seconds and on change, so a time-out or a closed tab loses nothing.
// One save at a time, in order, so an older snapshot never overwrites a newer one.
(function () {
  var forms = document.querySelectorAll('form[data-draft-key]');
  Array.prototype.forEach.call(forms, function (form) {
    var url = '/drafts/' + encodeURIComponent(form.getAttribute('data-draft-key'));
    var last = snapshot();
    var saving = false;
    var again = false;

    function snapshot() {
      return new URLSearchParams(new FormData(form)).toString();
    }

    function save() {
      var now = snapshot();
      if (now === last) { return; }
      if (saving) { again = true; return; }
      saving = true;
      form.setAttribute('data-draft-state', 'saving');
      fetch(url, { method: 'POST', body: new URLSearchParams(now), credentials: 'same-origin' })
        .then(function (response) {
          // 204 only: a redirect to sign-in is not a saved draft
          if (response.status === 204) { last = now; }
        })
        .catch(function () {})
        .then(function () {
          saving = false;
          if (again) { again = false; save(); }
          if (!saving) { form.setAttribute('data-draft-state', last === snapshot() ? 'saved' : 'unsaved'); }
        });
    }

    form.addEventListener('change', save);
    setInterval(save, 20000);
  });
})();
