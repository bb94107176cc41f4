/*
 * The guideline reader: search through /api/tab/search without leaving the page, and open the section or rule a
 * deep link names — Teams passes it as the page's subPageId (subEntityId "4.4" or "R4.4.5"), a plain browser as
 * #section-4.4 or #R4.4.5.
 */
(function () {
  'use strict';

  var tab = window.batsfjordTab;
  var data = tab.pageData();

  var RULE_ID = /^(R\d+(\.\d+)+|M\.\d+)$/;

  /** The anchor of a target: a rule's mark ("R4.4.5") or a section's heading ("section-4.4"). */
  function anchorOf(target) {
    return RULE_ID.test(target) ? target : 'section-' + target;
  }

  /** Opens a section ("4.4") or a rule ("R4.4.5"): marks its section, scrolls to it and moves the focus there. */
  function openTarget(target) {
    var anchor = anchorOf(target);
    var element = document.getElementById(anchor);
    var section = element && element.closest('.doc-section');
    if (!element || !section) return false;
    document.querySelectorAll('.doc-section.is-current, .rule-id.is-current').forEach(function (el) {
      el.classList.remove('is-current');
    });
    section.classList.add('is-current');
    if (element !== section.firstElementChild) element.classList.add('is-current');
    if (window.location.hash !== '#' + anchor) window.history.replaceState(null, '', '#' + anchor);
    element.scrollIntoView({ block: RULE_ID.test(target) ? 'center' : 'start' });
    element.focus({ preventScroll: true });
    return true;
  }

  function targetFromHash() {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    var match = /^section-(.+)$/.exec(hash);
    if (match) return match[1];
    return RULE_ID.test(hash) ? hash : null;
  }

  function text(tag, content, className) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (className) el.className = className;
    return el;
  }

  function showResults(hits) {
    var box = document.getElementById('search-results');
    box.textContent = '';
    box.appendChild(text('h3', data.searchResults));
    if (hits.length === 0) {
      box.appendChild(text('p', data.searchNone));
      return;
    }
    var list = document.createElement('ol');
    list.className = 'results';
    hits.forEach(function (hit) {
      var item = document.createElement('li');
      var title = hit.id === 'vedtak' ? hit.title : data.sectionPrefix + ' ' + hit.id + ' ' + hit.title;
      var link = text('a', hit.citation ? title + ' – ' + hit.citation : title);
      link.href = '#' + (hit.anchor || 'section-' + hit.id);
      link.setAttribute('data-section', hit.id);
      if (hit.ruleId) link.setAttribute('data-rule', hit.ruleId);
      item.appendChild(link);
      item.appendChild(text('p', hit.excerpt));
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  function search(query) {
    var url = '/api/tab/search?q=' + encodeURIComponent(query) + '&lang=' + encodeURIComponent(data.lang);
    return fetch(url, { headers: { accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('search failed');
        return response.json();
      })
      .then(function (body) {
        showResults(body.hits || []);
      })
      .catch(function () {
        var box = document.getElementById('search-results');
        box.textContent = '';
        box.appendChild(text('p', data.searchFailed));
      });
  }

  document.getElementById('search-form').addEventListener('submit', function (event) {
    var query = document.getElementById('search-input').value.trim();
    if (!query) return;
    event.preventDefault();
    search(query);
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) return;
    var href = decodeURIComponent(link.getAttribute('href').slice(1));
    var target = /^section-(.+)$/.test(href) ? href.slice('section-'.length) : RULE_ID.test(href) ? href : null;
    if (target && openTarget(target)) event.preventDefault();
  });

  window.addEventListener('hashchange', function () {
    var target = targetFromHash();
    if (target) openTarget(target);
  });

  var fromHash = targetFromHash();
  if (fromHash) openTarget(fromHash);

  tab.initTeams().then(function (context) {
    document.body.setAttribute('data-teams', context ? 'yes' : 'no');
    if (!context) return;
    var locale = context.app && context.app.locale ? String(context.app.locale) : '';
    var params = new URLSearchParams(window.location.search);
    if (!params.has('lang') && /^en\b/i.test(locale)) {
      params.set('lang', 'en');
      window.location.replace('?' + params.toString() + window.location.hash);
      return;
    }
    var subPageId = context.page && context.page.subPageId;
    if (subPageId) openTarget(String(subPageId));
  });
})();
