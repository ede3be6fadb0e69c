// The browser editor (/staff/content): a live preview that follows typing, a copy of what was typed kept in this tab
// (so a session that ends mid-edit loses nothing), diagnostics that move the cursor to their line, and a slug proposed
// from the title. Everything works without this file: Preview is a submit button, diagnostics are plain anchors.
(function () {
  'use strict';

  // After a refused save, start from what went wrong (the GOV.UK error summary pattern, as contact.js does).
  var problem = document.querySelector('#conflict, #save-failed, #only-as-draft, #error-summary');
  if (problem) {
    problem.focus();
  }

  var editor = document.querySelector('[data-editor]');
  if (editor) {
    startEditor(editor);
  }

  var newForm = document.querySelector('#Input_Slug');
  if (newForm) {
    proposeSlugs(document.querySelector('#Input_Title'), newForm);
  }

  function startEditor(root) {
    var form = root.querySelector('#editor-form');
    var area = root.querySelector('#editor-preview-area');
    var status = root.querySelector('#live-status');
    var restore = root.querySelector('#editor-restore');
    var key = 'ag-editor:' + root.getAttribute('data-path');
    var previewTimer = 0;
    var copyTimer = 0;
    var inFlight = null;

    // A save just went through: the kept copy is now on disk.
    if (document.querySelector('[data-saved]')) {
      forget();
    }

    offerRestore();

    form.addEventListener('input', function () {
      clearTimeout(copyTimer);
      copyTimer = setTimeout(keepCopy, 300);
      clearTimeout(previewTimer);
      previewTimer = setTimeout(livePreview, 700);
    });
    form.addEventListener('submit', keepCopy);

    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a.diagnostic-line[data-line]');
      if (!link) {
        return;
      }
      event.preventDefault();
      moveTo(Number(link.getAttribute('data-line')), Number(link.getAttribute('data-column') || '1'));
    });

    function values() {
      var kept = {};
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.type === 'hidden' || field.type === 'submit') {
          return;
        }
        kept[field.name] = field.type === 'checkbox' ? field.checked : field.value;
      });
      return kept;
    }

    function keepCopy() {
      try {
        sessionStorage.setItem(key, JSON.stringify(values()));
      } catch (e) {
        // Storage full or refused: the form itself still holds the text.
      }
    }

    function forget() {
      try {
        sessionStorage.removeItem(key);
      } catch (e) {
        // Nothing kept.
      }
    }

    function stored() {
      try {
        return JSON.parse(sessionStorage.getItem(key) || 'null');
      } catch (e) {
        return null;
      }
    }

    function offerRestore() {
      var copy = stored();
      if (!copy || JSON.stringify(copy) === JSON.stringify(values())) {
        return;
      }
      restore.hidden = false;
      restore.querySelector('[data-restore]').addEventListener('click', function () {
        Array.prototype.forEach.call(form.elements, function (field) {
          if (!Object.prototype.hasOwnProperty.call(copy, field.name) || field.type === 'hidden') {
            return;
          }
          if (field.type === 'checkbox') {
            field.checked = copy[field.name] === true;
          } else {
            field.value = copy[field.name];
          }
        });
        restore.hidden = true;
        say('What you typed is back in the form. Save it to keep it.');
        document.querySelector('#Body').focus();
        livePreview();
      });
      restore.querySelector('[data-discard]').addEventListener('click', function () {
        forget();
        restore.hidden = true;
        say('The kept copy was discarded.');
      });
    }

    function livePreview() {
      var url = area.getAttribute('data-live-preview');
      if (!url || !window.fetch) {
        return;
      }
      if (inFlight) {
        inFlight.abort();
      }
      inFlight = window.AbortController ? new AbortController() : null;
      fetch(url, {
        method: 'POST',
        body: new FormData(form),
        credentials: 'same-origin',
        redirect: 'manual',
        signal: inFlight ? inFlight.signal : undefined
      }).then(function (response) {
        if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403 || response.status === 400) {
          say('The preview could not be updated: your session may have ended. What you typed is kept in this tab; sign in again, then open this page to put it back.');
          return null;
        }
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html !== null && html !== undefined) {
          area.innerHTML = html;
          say('Preview updated.');
        }
      }).catch(function () {
        // Aborted by newer typing, or offline: the Preview button still works.
      });
    }

    function say(text) {
      status.textContent = text;
    }

    function moveTo(line, column) {
      var body = document.querySelector('#Body');
      var lines = body.value.split('\n');
      var offset = 0;
      for (var i = 0; i < Math.min(line - 1, lines.length); i++) {
        offset += lines[i].length + 1;
      }
      offset += Math.max(0, Math.min(column - 1, (lines[line - 1] || '').length));
      body.focus();
      body.setSelectionRange(offset, offset);
      // Scroll the textarea so the line is in view: its share of the lines times the text's height.
      body.scrollTop = Math.max(0, (body.scrollHeight * (line - 1) / Math.max(1, lines.length)) - body.clientHeight / 3);
    }
  }

  function proposeSlugs(title, slug) {
    var typedByHand = slug.value.length > 0;
    slug.addEventListener('input', function () {
      typedByHand = slug.value.length > 0;
    });
    title.addEventListener('input', function () {
      if (!typedByHand) {
        slug.value = toSlug(title.value);
      }
    });
  }

  // As the server's ArticleParser.ProposeSlug: accents dropped, lowercase letters and digits, other runs one hyphen.
  function toSlug(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
})();
