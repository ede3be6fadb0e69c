// The upload page: a picture over the size limit is named before it is sent, so the description typed is not
// lost to the server's 413 page. The server checks again whatever this says.
(function () {
  'use strict';
  var input = document.getElementById('Input_File');
  var message = document.getElementById('Input_File-size');
  if (!input || !input.form || !message) {
    return;
  }

  var max = Number(input.getAttribute('data-max-bytes'));
  function fits() {
    var tooLarge = input.files !== null && input.files.length > 0 && input.files[0].size > max;
    message.hidden = !tooLarge;
    if (tooLarge) {
      input.setAttribute('aria-invalid', 'true');
    } else if (!input.closest('.field--error')) {
      input.removeAttribute('aria-invalid');
    }

    return !tooLarge;
  }

  input.addEventListener('change', fits);
  input.form.addEventListener('submit', function (event) {
    if (!fits()) {
      event.preventDefault();
      input.focus();
    }
  });
}());
