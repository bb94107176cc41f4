/*
 * A stand-in for @microsoft/teams-js in browser tests: the Teams host's answers (context, theme changes, SSO
 * token) come from window.__fakeTeams, set by the test before the page loads. Served in place of
 * /tab/assets/teams-js.js; the pages cannot tell the difference.
 */
(function () {
  'use strict';
  var host = window.__fakeTeams || {};
  var themeHandlers = [];
  window.__fakeTeamsChangeTheme = function (theme) {
    themeHandlers.forEach(function (handler) {
      handler(theme);
    });
  };
  window.microsoftTeams = {
    app: {
      initialize: function () {
        return Promise.resolve();
      },
      getContext: function () {
        return Promise.resolve({
          app: { theme: host.theme || 'default', locale: host.locale || 'nb-NO' },
          page: { id: host.entityId || 'guidelines', subPageId: host.subPageId || '' },
          user: { tenant: { id: 'fake' } },
        });
      },
      registerOnThemeChangeHandler: function (handler) {
        themeHandlers.push(handler);
      },
    },
    authentication: {
      getAuthToken: function () {
        return host.token ? Promise.resolve(host.token) : Promise.reject(new Error('no token'));
      },
    },
    pages: {
      config: {
        registerOnSaveHandler: function () {},
        setValidityState: function () {},
        setConfig: function () {
          return Promise.resolve();
        },
      },
    },
  };
})();
