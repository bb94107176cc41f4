/*
 * The guideline owner's view ("Tilbakemeldinger"): get the user's Teams SSO token, fetch the report for the chosen
 * period from the protected API, and fill the tables: answers by topic, failed questions by their closest answer
 * (each with "Legg til som eksempel for …", which posts to the review queue), out-of-scope questions by word.
 */
(function () {
  'use strict';

  var tab = window.batsfjordTab;
  var data = tab.pageData();
  var t = data.text;
  var token = null;
  var report = null;
  var rowSeq = 0;

  function el(tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) node.textContent = String(content);
    if (className) node.className = className;
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function showStatus(message, isError) {
    var status = document.getElementById('status');
    status.textContent = '';
    status.appendChild(el('p', message, isError ? 'message-error' : ''));
    status.hidden = false;
  }

  function formatDate(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return iso;
    return date.toLocaleDateString(data.lang === 'en' ? 'en-GB' : 'nb-NO', { year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  function days() {
    return document.getElementById('period').value;
  }

  function authorised(path, params, init) {
    var headers = (init && init.headers) || {};
    if (token) headers.authorization = 'Bearer ' + token;
    var query = '?lang=' + encodeURIComponent(data.lang) + (params ? '&' + params : '');
    return fetch(path + query, Object.assign({}, init || {}, { headers: headers }));
  }

  function refusal(response) {
    return tab.refusalMessage(response, t.notSignedIn);
  }

  function numberCell(value) {
    return el('td', value, 'number');
  }

  function renderAnswers() {
    var body = document.querySelector('#answers-table tbody');
    body.textContent = '';
    // Answers nobody got or rated in the period are hidden unless asked for: the table shows where the use is.
    var showUnused = document.getElementById('show-unused').checked;
    report.answers.forEach(function (row) {
      if (!showUnused && row.answered.total === 0 && row.up === 0 && row.down === 0) return;
      var tr = document.createElement('tr');
      tr.setAttribute('data-node', row.nodeId);
      var title = el('th', row.title);
      title.scope = 'row';
      tr.appendChild(title);
      tr.appendChild(el('td', row.ruleIds.join(', ')));
      [row.answered.matched, row.answered.chosen, row.answered.menu, row.answered.total, row.up, row.down].forEach(function (n) {
        tr.appendChild(numberCell(n));
      });
      var missing = el('td');
      if (row.missing.length > 0) {
        var list = el('ul', null, 'plain-list');
        row.missing.forEach(function (text) {
          list.appendChild(el('li', text));
        });
        missing.appendChild(list);
      }
      tr.appendChild(missing);
      body.appendChild(tr);
    });
  }

  function nodeSelect(id, selected) {
    var select = el('select');
    select.id = id;
    report.nodes.forEach(function (node) {
      var option = el('option', node.title);
      option.value = node.nodeId;
      if (node.nodeId === selected) option.selected = true;
      select.appendChild(option);
    });
    return select;
  }

  function propose(question, select, result, button) {
    button.disabled = true;
    result.textContent = '';
    var body = JSON.stringify({ text: question.text, nodeId: select.value, lang: question.lang });
    authorised(data.reviewPath, '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
      .then(function (response) {
        if (response.status === 201) {
          var title = select.options[select.selectedIndex].textContent;
          result.textContent = '✓ ' + fill(t.added, { title: title });
          result.className = 'action-result is-ok';
          return;
        }
        return refusal(response).then(function (message) {
          result.textContent = '✖ ' + message;
          result.className = 'action-result is-error';
        });
      })
      .catch(function () {
        result.textContent = '✖ ' + t.addFailed;
        result.className = 'action-result is-error';
      })
      .then(function () {
        button.disabled = false;
      });
  }

  function actionCell(question) {
    rowSeq += 1;
    var id = 'example-node-' + rowSeq;
    var cell = el('td', null, 'action');
    var label = el('label', t.nodeSelect);
    label.htmlFor = id;
    var select = nodeSelect(id, question.nodeIds[0]);
    var button = el('button', t.addExample);
    button.type = 'button';
    button.setAttribute('aria-describedby', 'question-' + rowSeq);
    var result = el('span', null, 'action-result');
    result.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      propose(question, select, result, button);
    });
    cell.appendChild(label);
    cell.appendChild(select);
    cell.appendChild(button);
    cell.appendChild(result);
    return cell;
  }

  function failedTable(group, index) {
    var wrap = el('div', null, 'table-wrap');
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    var captionId = 'failed-caption-' + index;
    wrap.setAttribute('aria-labelledby', captionId);
    var table = el('table');
    table.setAttribute('data-group', group.nodeId || '');
    var caption = el('caption', group.nodeId ? fill(t.failedCaption, { title: group.title }) + ' (' + group.questions.length + ')' : t.failedNoneCaption + ' (' + group.questions.length + ')');
    caption.id = captionId;
    table.appendChild(caption);
    var head = el('thead');
    var headRow = el('tr');
    [t.colQuestion, t.colOutcome, t.colWhen, t.colLang, t.colAction].forEach(function (name) {
      var th = el('th', name);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = el('tbody');
    group.questions.forEach(function (question) {
      var tr = el('tr');
      var text = el('th', question.text);
      text.scope = 'row';
      text.id = 'question-' + (rowSeq + 1);
      text.lang = question.lang;
      if (question.nodesGuessed) text.appendChild(el('span', ' ' + t.guessed, 'note'));
      tr.appendChild(text);
      tr.appendChild(el('td', t.outcomes[question.outcome] || question.outcome));
      tr.appendChild(el('td', formatDate(question.at)));
      tr.appendChild(el('td', t.langs[question.lang] || question.lang));
      tr.appendChild(actionCell(question));
      body.appendChild(tr);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  function renderFailed() {
    var container = document.getElementById('failed-groups');
    container.textContent = '';
    if (report.failed.length === 0) container.appendChild(el('p', t.noRows));
    report.failed.forEach(function (group, index) {
      container.appendChild(failedTable(group, index));
    });
  }

  function renderOutOfScope() {
    var body = document.querySelector('#out-of-scope-table tbody');
    body.textContent = '';
    report.outOfScope.forEach(function (group) {
      var tr = el('tr');
      var word = el('th', group.word || t.noWord);
      word.scope = 'row';
      tr.appendChild(word);
      tr.appendChild(numberCell(group.questions.length));
      var cell = el('td');
      var list = el('ul', null, 'plain-list');
      group.questions.forEach(function (question) {
        var item = el('li', question.text);
        item.lang = question.lang;
        list.appendChild(item);
      });
      cell.appendChild(list);
      tr.appendChild(cell);
      body.appendChild(tr);
    });
    if (report.outOfScope.length === 0) {
      var empty = el('tr');
      var td = el('td', t.noRows);
      td.colSpan = 3;
      empty.appendChild(td);
      body.appendChild(empty);
    }
  }

  function renderSummary() {
    var sum = function (key) {
      return report.answers.reduce(function (total, row) {
        return total + (key === 'total' ? row.answered.total : row[key]);
      }, 0);
    };
    var count = function (groups) {
      return groups.reduce(function (total, group) {
        return total + group.questions.length;
      }, 0);
    };
    document.getElementById('stat-answered').textContent = String(sum('total'));
    document.getElementById('stat-up').textContent = String(sum('up'));
    document.getElementById('stat-down').textContent = String(sum('down'));
    document.getElementById('stat-failed').textContent = String(count(report.failed));
    document.getElementById('stat-out-of-scope').textContent = String(count(report.outOfScope));
    document.getElementById('period-shown').textContent = fill(t.periodShown, { from: formatDate(report.from), to: formatDate(new Date(Date.parse(report.to) - 1).toISOString()) });
  }

  function load() {
    document.body.setAttribute('data-owner', 'loading');
    return authorised(data.apiPath, 'days=' + encodeURIComponent(days())).then(function (response) {
      if (!response.ok) {
        document.getElementById('report').hidden = true;
        document.body.setAttribute('data-owner', 'refused-' + response.status);
        return refusal(response).then(function (message) {
          showStatus(message, true);
        });
      }
      return response.json().then(function (body) {
        report = body.report;
        renderSummary();
        renderAnswers();
        renderFailed();
        renderOutOfScope();
        document.getElementById('status').hidden = true;
        document.getElementById('report').hidden = false;
        document.body.setAttribute('data-owner', 'loaded');
      });
    });
  }

  function downloadCsv(part) {
    authorised(data.csvPath, 'part=' + encodeURIComponent(part) + '&days=' + encodeURIComponent(days())).then(function (response) {
      if (!response.ok) {
        return refusal(response).then(function (message) {
          showStatus(message, true);
        });
      }
      return response.blob().then(function (blob) {
        tab.saveBlob(blob, 'tilbakemeldinger-' + part + '.csv');
      });
    });
  }

  document.getElementById('period').addEventListener('change', load);
  document.getElementById('show-unused').addEventListener('change', function () {
    if (report) renderAnswers();
  });
  document.getElementById('period-form').addEventListener('submit', function (event) {
    event.preventDefault();
  });
  Array.prototype.forEach.call(document.querySelectorAll('button.export'), function (button) {
    button.addEventListener('click', function () {
      downloadCsv(button.getAttribute('data-part'));
    });
  });

  tab.signIn(
    data.localMode,
    function (value) {
      token = value;
      return load();
    },
    function (state) {
      document.body.setAttribute('data-owner', state);
      showStatus(state === 'not-in-teams' ? t.notInTeams : t.notSignedIn, true);
    },
  );
})();
