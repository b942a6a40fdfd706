// Saves each answer the moment it is given, without a page load. The page works without this script:
// then the answers of a screen are saved when the family presses Next or Back.
// Also: the shared tablet's safety (the checklist closes after a while without a tap, "start over"
// clears what this device kept), and the staff page's copy button.
(function () {
  'use strict';
  var KEPT = 'otm-answers:';

  function forgetKeptAnswers() {
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var k = window.localStorage.key(i);
        if (k && k.indexOf(KEPT) === 0) {
          window.localStorage.removeItem(k);
        }
      }
    } catch (e) {
      // Nothing kept.
    }
  }

  // A page shown again from the browser's memory (Back) is asked for anew, so the server decides.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });

  // The start page is where the next family begins: nothing of the last one stays on this device, and a
  // form half filled in and left alone is emptied after the same idle time as a checklist.
  var startForm = document.querySelector('form[action="/start"]');
  if (startForm) {
    forgetKeptAnswers();
    var startIdle = parseInt(startForm.getAttribute('data-idle-ms'), 10) || 600000;
    var lastTap = Date.now();
    ['pointerdown', 'keydown', 'touchstart', 'input'].forEach(function (name) {
      document.addEventListener(name, function () {
        lastTap = Date.now();
      }, { passive: true, capture: true });
    });
    window.setInterval(function () {
      var typed = Array.prototype.some.call(startForm.querySelectorAll('input[type=text]'), function (field) {
        return field.value !== '';
      });
      if ((typed || document.querySelector('.errors')) && Date.now() - lastTap >= startIdle) {
        var lang = startForm.querySelector('input[name=lang]');
        window.location.replace('/' + (lang && lang.value === 'es' ? '?lang=es' : ''));
      }
    }, 1000);
  }

  var idle = document.getElementById('idle');
  var endForm = document.getElementById('end-form');
  if (idle && endForm) {
    var idleMs = parseInt(idle.getAttribute('data-idle-ms'), 10) || 600000;
    var warnMs = Math.min(60000, Math.floor(idleMs / 2));
    var aliveUrl = idle.getAttribute('data-alive');
    var endCsrf = endForm.querySelector('input[name=csrf]').value;
    var keep = document.getElementById('idle-keep');
    var last = Date.now();
    var lastPing = Date.now();
    var warned = false;
    var ending = false;
    var handoutWindow = null;
    var handoutLink = document.getElementById('handout-link');

    var ping = function () {
      lastPing = Date.now();
      if (!window.fetch || !window.URLSearchParams) {
        return;
      }
      var body = new URLSearchParams();
      body.set('csrf', endCsrf);
      window.fetch(aliveUrl, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
        if (response.status === 401) {
          window.location.reload();
        }
      }, function () {
        // Offline: the next tap tries again.
      });
    };
    var hide = function () {
      warned = false;
      idle.hidden = true;
    };
    var activity = function () {
      last = Date.now();
      if (warned) {
        hide();
      }
      // The server closes the checklist after the same time without a request: a tap that sends
      // nothing (a scroll, a reading pause broken) tells it the family is still there.
      if (Date.now() - lastPing > 60000) {
        ping();
      }
    };
    var endNow = function () {
      if (ending) {
        return;
      }
      ending = true;
      if (handoutWindow) {
        try {
          handoutWindow.close();
        } catch (e) {
          // Already closed.
        }
      }
      forgetKeptAnswers();
      endForm.submit();
    };
    ['pointerdown', 'keydown', 'touchstart', 'scroll', 'input', 'change'].forEach(function (name) {
      document.addEventListener(name, activity, { passive: true, capture: true });
    });
    if (keep) {
      keep.addEventListener('click', function () {
        hide();
        ping();
      });
    }
    endForm.addEventListener('submit', function () {
      ending = true;
      if (handoutWindow) {
        try {
          handoutWindow.close();
        } catch (e) {
          // Already closed.
        }
      }
      forgetKeptAnswers();
    });
    if (handoutLink) {
      // Opened from here, so that "start over" and the timer can close it too.
      handoutLink.addEventListener('click', function (event) {
        var opened = window.open(handoutLink.href, '_blank');
        if (opened) {
          handoutWindow = opened;
          event.preventDefault();
        }
      });
    }
    window.setInterval(function () {
      var quiet = Date.now() - last;
      if (quiet >= idleMs) {
        endNow();
      } else if (quiet >= idleMs - warnMs && !warned) {
        warned = true;
        idle.hidden = false;
        if (keep) {
          keep.focus();
        }
      }
    }, 500);
  }

  var copy = document.querySelector('button[data-copy]');
  if (copy) {
    var field = document.getElementById(copy.getAttribute('data-copy'));
    var copyStatus = document.querySelector('.copy-status');
    copy.hidden = false;
    copy.addEventListener('click', function () {
      var done = function () {
        if (copyStatus) {
          copyStatus.textContent = copy.getAttribute('data-copied');
        }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          field.select();
        });
      } else {
        field.select();
        try {
          if (document.execCommand('copy')) {
            done();
          }
        } catch (e) {
          // The link is selected: Ctrl+C copies it.
        }
      }
    });
  }
}());

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
      if (response.status === 401) {
        // The checklist is no longer open on this device (the server was restarted, or it was left too
        // long): the answers stay kept here, and the reload asks for the birth date, then sends them.
        window.location.reload();
        return;
      }
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
