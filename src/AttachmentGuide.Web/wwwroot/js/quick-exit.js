// Quick exit: leave for a neutral site and replace this history entry, so Back does not return here.
// Without JavaScript the button is still a plain link to the same place.
(function () {
  'use strict';
  function exit(url) {
    document.body.hidden = true;
    window.location.replace(url);
  }

  var link = document.querySelector('[data-quick-exit]');
  if (!link) {
    return;
  }

  link.addEventListener('click', function (event) {
    event.preventDefault();
    exit(link.href);
  });

  // Shift pressed three times in a row within five seconds, as in the GOV.UK pattern; any other key starts again.
  var presses = [];
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 5000; });
    presses.push(now);
    if (presses.length >= 3) {
      exit(link.href);
    }
  });

  // Tells browser tests the listeners are attached, so they wait for this instead of for time.
  document.documentElement.setAttribute('data-quick-exit-ready', '');
}());
