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

  /** The safe message of a refused API answer, or `fallback`. */
  function refusalMessage(response, fallback) {
    return response
      .json()
      .then(function (body) {
        return body && body.message ? body.message : fallback;
      })
      .catch(function () {
        return fallback;
      });
  }

  /** Saves a downloaded file (e.g. a CSV export) under `filename`. */
  function saveBlob(blob, filename) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  /**
   * The protected tabs' sign-in: in local mode `load(null)` at once (the server answers this machine without a
   * token); in Teams `load(token)` with the user's SSO token; outside Teams or without a token, `refused(state)`
   * with 'not-in-teams' or 'no-token'.
   */
  function signIn(localMode, load, refused) {
    if (localMode) return Promise.resolve(load(null));
    return initTeams().then(function (context) {
      if (!context) return refused('not-in-teams');
      return window.microsoftTeams.authentication.getAuthToken().then(load, function () {
        return refused('no-token');
      });
    });
  }

  window.batsfjordTab = { applyTheme: applyTheme, initTeams: initTeams, pageData: pageData, refusalMessage: refusalMessage, saveBlob: saveBlob, signIn: signIn };
})();
