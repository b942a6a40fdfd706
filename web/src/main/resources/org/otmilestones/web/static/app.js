// Saves each answer the moment it is given, without a page load. The page works without this script:
// then the answers of a screen are saved when the family presses Next or Back.
(function () {
  'use strict';
  var form = document.querySelector('form[data-save]');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var url = form.getAttribute('data-save');
  var csrf = form.querySelector('input[name=csrf]').value;
  var status = form.querySelector('.save-status');
  // Every answer tapped on this screen is kept on the device until the screen is sent with Next or
  // Back: a reload shows it again and sends it again if the server does not show it yet (a reload can
  // overtake an answer still on its way).
  var key = 'otm-answers:' + url + ':' + window.location.pathname;
  var given = {};
  try {
    given = JSON.parse(window.localStorage.getItem(key) || '{}') || {};
  } catch (e) {
    given = {};
  }
  var pending = {};
  function keep() {
    try {
      window.localStorage.setItem(key, JSON.stringify(given));
    } catch (e) {
      // Private mode: answers still go out now, and with the form.
    }
  }
  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }
  Object.keys(given).forEach(function (question) {
    var radios = form.querySelectorAll('input[type=radio]');
    for (var i = 0; i < radios.length; i++) {
      if (radios[i].name === question && radios[i].value === given[question] && !radios[i].checked) {
        radios[i].checked = true;
        pending[question] = given[question];
      }
    }
  });
  var sending = false;
  var timer = null;
  function later() {
    if (!timer) {
      timer = window.setTimeout(function () {
        timer = null;
        send();
      }, 3000);
    }
  }
  function send() {
    var questions = Object.keys(pending);
    if (sending || questions.length === 0) {
      return;
    }
    var question = questions[0];
    var answer = pending[question];
    var body = new URLSearchParams();
    body.set('csrf', csrf);
    body.set('question', question);
    body.set('answer', answer);
    sending = true;
    window.fetch(url, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
      sending = false;
      if (response.status === 204 || (response.status >= 400 && response.status < 500)) {
        // Saved, or refused for good (a finished checklist): either way, not worth sending again.
        if (pending[question] === answer) {
          delete pending[question];
        }
        if (response.status === 204) {
          say(form.getAttribute('data-saved'));
        }
        send();
      } else {
        say(form.getAttribute('data-waiting'));
        later();
      }
    }, function () {
      sending = false;
      say(form.getAttribute('data-waiting'));
      later();
    });
  }
  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.type === 'radio') {
      pending[target.name] = target.value;
      given[target.name] = target.value;
      keep();
      say('');
      send();
    }
  });
  form.addEventListener('submit', function () {
    // The form itself carries every answer of the screen now.
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // Nothing kept.
    }
  });
  send();
}());
