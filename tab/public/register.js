/*
 * IT's profile register: get the user's Teams SSO token, fetch the rows from the protected API, and show them
 * with filters, search and a CSV download. Without Teams or with a refused token, say so plainly.
 */
(function () {
  'use strict';

  var tab = window.batsfjordTab;
  var data = tab.pageData();
  var entries = [];
  var token = null;

  function el(tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) node.textContent = content;
    if (className) node.className = className;
    return node;
  }

  function showStatus(message, isError) {
    var status = document.getElementById('status');
    status.textContent = '';
    var p = el('p', message, isError ? 'message-error' : '');
    status.appendChild(p);
    status.hidden = false;
  }

  function formatDate(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return iso;
    return date.toLocaleDateString(data.lang === 'en' ? 'en-GB' : 'nb-NO', { year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  function stateLabel(state) {
    return data.states[state] || state;
  }

  function matches(entry, text, state, platform) {
    if (state && entry.state !== state) return false;
    if (platform && entry.platform !== platform) return false;
    if (!text) return true;
    var haystack = [entry.profileName, entry.platform, entry.unit, entry.headOfUnit, entry.submittedBy, entry.url || ''].join(' ').toLowerCase();
    return haystack.indexOf(text.toLowerCase()) !== -1;
  }

  function historyCell(entry) {
    var details = document.createElement('details');
    details.appendChild(el('summary', data.historyToggle + ' (' + entry.history.length + ')'));
    var list = document.createElement('ol');
    entry.history.forEach(function (event) {
      var line = formatDate(event.at) + ' – ' + stateLabel(event.state) + ' (' + event.by + ')' + (event.note ? ': ' + event.note : '');
      list.appendChild(el('li', line));
    });
    details.appendChild(list);
    return details;
  }

  function render() {
    var text = document.getElementById('filter-text').value.trim();
    var state = document.getElementById('filter-state').value;
    var platform = document.getElementById('filter-platform').value;
    var shown = entries.filter(function (entry) {
      return matches(entry, text, state, platform);
    });
    var body = document.querySelector('#register-table tbody');
    body.textContent = '';
    shown.forEach(function (entry) {
      var row = document.createElement('tr');
      row.setAttribute('data-id', entry.id);
      var profile = document.createElement('th');
      profile.scope = 'row';
      if (entry.url && /^https:\/\//.test(entry.url)) {
        var link = el('a', entry.profileName);
        link.href = entry.url;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        profile.appendChild(link);
      } else {
        profile.textContent = entry.profileName;
      }
      row.appendChild(profile);
      row.appendChild(el('td', entry.platform));
      row.appendChild(el('td', entry.unit));
      var stateCell = el('td');
      stateCell.appendChild(el('span', stateLabel(entry.state), 'state state-' + entry.state));
      row.appendChild(stateCell);
      row.appendChild(el('td', entry.headOfUnit));
      row.appendChild(el('td', formatDate(entry.submittedAt)));
      row.appendChild(el('td', formatDate(entry.updatedAt)));
      var history = el('td');
      history.appendChild(historyCell(entry));
      row.appendChild(history);
      body.appendChild(row);
    });
    document.getElementById('row-count').textContent =
      shown.length === 0 ? data.noRows : data.rowsShown.replace('{shown}', String(shown.length)).replace('{total}', String(entries.length));
  }

  function fillPlatforms() {
    var select = document.getElementById('filter-platform');
    var seen = {};
    entries.forEach(function (entry) {
      if (seen[entry.platform]) return;
      seen[entry.platform] = true;
      var option = el('option', entry.platform);
      option.value = entry.platform;
      select.appendChild(option);
    });
  }

  function authorised(path) {
    var headers = token ? { authorization: 'Bearer ' + token } : {};
    return fetch(path + '?lang=' + encodeURIComponent(data.lang), { headers: headers });
  }

  function refusal(response) {
    return tab.refusalMessage(response, data.notSignedIn);
  }

  function downloadCsv() {
    authorised(data.csvPath).then(function (response) {
      if (!response.ok) {
        return refusal(response).then(function (message) {
          showStatus(message, true);
        });
      }
      return response.blob().then(function (blob) {
        tab.saveBlob(blob, 'profiloversikt.csv');
      });
    });
  }

  function load() {
    return authorised(data.apiPath).then(function (response) {
      if (!response.ok) {
        document.body.setAttribute('data-register', 'refused-' + response.status);
        return refusal(response).then(function (message) {
          showStatus(message, true);
        });
      }
      return response.json().then(function (body) {
        entries = body.entries || [];
        fillPlatforms();
        document.getElementById('status').hidden = true;
        document.getElementById('register').hidden = false;
        render();
        document.body.setAttribute('data-register', 'loaded');
      });
    });
  }

  ['filter-text', 'filter-state', 'filter-platform'].forEach(function (id) {
    document.getElementById(id).addEventListener('input', render);
  });
  document.getElementById('filter-form').addEventListener('submit', function (event) {
    event.preventDefault();
  });
  document.getElementById('export-csv').addEventListener('click', downloadCsv);

  tab.signIn(
    data.localMode,
    function (value) {
      token = value;
      return load();
    },
    function (state) {
      document.body.setAttribute('data-register', state);
      showStatus(state === 'not-in-teams' ? data.notInTeams : data.notSignedIn, true);
    },
  );
})();
