// Moves focus to the error summary after a submission with mistakes, so screen reader and
// keyboard users start from the list of what to fix (the GOV.UK pattern).
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
}());
