/*
 * Shared by the tab pages: start the Teams JavaScript library when the page runs inside Teams (or not, in a
 * plain browser), apply the Teams theme (default, dark, high contrast) and follow theme changes.
 */
(function () {
  'use strict';

  var THEMES = { default: 'theme-default', dark: 'theme-dark', contrast: 'theme-contrast' };

  function applyTheme(name) {
    var wanted = THEMES[name] || THEMES.default;
    Object.keys(THEMES).forEach(function (key) {
      document.body.classList.remove(THEMES[key]);
    });
    document.body.classList.add(wanted);
    document.body.setAttribute('data-theme', THEMES[name] ? name : 'default');
  }

  function pageData() {
    var element = document.getElementById('tab-data');
    try {
      return element ? JSON.parse(element.textContent || '{}') : {};
    } catch {
      return {};
    }
  }

  /** Resolves to the Teams context, or null outside Teams (no host answers within the time limit). */
  function initTeams(timeoutMs) {
    var teams = window.microsoftTeams;
    if (!teams || !teams.app) return Promise.resolve(null);
    var timeout = new Promise(function (resolve) {
      window.setTimeout(function () {
        resolve(null);
      }, timeoutMs || 3000);
    });
    var started = teams.app
      .initialize()
      .then(function () {
        return teams.app.getContext();
      })
      .then(function (context) {
        applyTheme(context && context.app ? context.app.theme : 'default');
        teams.app.registerOnThemeChangeHandler(applyTheme);
        return context;
      })
      .catch(function () {
        return null;
      });
    return Promise.race([started, timeout]);
  }

  window.batsfjordTab = { applyTheme: applyTheme, initTeams: initTeams, pageData: pageData };
})();
