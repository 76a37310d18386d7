// Warns 5 minutes before the session ends; "Stay signed in" renews it. Without JavaScript, drafts still protect forms.
(function () {
  var minutes = parseInt(document.body.getAttribute('data-session-minutes'), 10);
  var dialog = document.getElementById('timeout-warning');
  var stay = document.getElementById('timeout-stay');
  if (!minutes || !dialog || !stay) { return; }
  var warnAfter = Math.max(minutes - 5, 1) * 60 * 1000;
  var endAfter = minutes * 60 * 1000;
  var warnTimer, endTimer, lastFocus;

  function csrf() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warn, warnAfter);
    endTimer = setTimeout(function () { window.location.href = '/sign-in?timed-out'; }, endAfter);
  }

  function warn() {
    lastFocus = document.activeElement;
    dialog.hidden = false;
    dialog.querySelector('[role="alertdialog"]').focus();
  }

  stay.addEventListener('click', function () {
    var body = new URLSearchParams();
    body.append('_csrf', csrf());
    fetch('/keep-alive', { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
      if (response.status === 204) {
        dialog.hidden = true;
        if (lastFocus) { lastFocus.focus(); }
        start();
      } else {
        window.location.href = '/sign-in?timed-out';
      }
    });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !dialog.hidden) { stay.click(); }
  });

  start();
})();
