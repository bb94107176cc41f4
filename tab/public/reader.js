/*
 * The guideline reader: search through /api/tab/search without leaving the page, and open the section a deep
 * link names — Teams passes it as the page's subPageId (subEntityId), a plain browser as #section-4.4.
 */
(function () {
  'use strict';

  var tab = window.batsfjordTab;
  var data = tab.pageData();

  function sectionHeading(id) {
    return document.getElementById('section-' + id);
  }

  function openSection(id) {
    var heading = sectionHeading(id);
    if (!heading) return false;
    document.querySelectorAll('.doc-section.is-current').forEach(function (el) {
      el.classList.remove('is-current');
    });
    heading.parentElement.classList.add('is-current');
    if (window.location.hash !== '#section-' + id) window.history.replaceState(null, '', '#section-' + id);
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    return true;
  }

  function sectionFromHash() {
    var match = /^#section-(.+)$/.exec(window.location.hash);
    return match ? decodeURIComponent(match[1]) : null;
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
      var link = text('a', hit.id === 'vedtak' ? hit.title : data.sectionPrefix + ' ' + hit.id + ' ' + hit.title);
      link.href = '#section-' + hit.id;
      link.setAttribute('data-section', hit.id);
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
    var link = event.target.closest ? event.target.closest('a[href^="#section-"]') : null;
    if (!link) return;
    var id = link.getAttribute('href').slice('#section-'.length);
    if (openSection(id)) event.preventDefault();
  });

  window.addEventListener('hashchange', function () {
    var id = sectionFromHash();
    if (id) openSection(id);
  });

  var fromHash = sectionFromHash();
  if (fromHash) openSection(fromHash);

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
    if (subPageId) openSection(String(subPageId));
  });
})();
