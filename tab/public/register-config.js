/*
 * Configuration page of the channel tab: Teams asks for it when IT adds "Profiloversikt" to a channel.
 * Saving names the tab and points it at the register page.
 */
(function () {
  'use strict';

  var tab = window.batsfjordTab;
  var data = tab.pageData();

  tab.initTeams().then(function (context) {
    if (!context) return;
    var config = window.microsoftTeams.pages.config;
    config.registerOnSaveHandler(function (saveEvent) {
      config
        .setConfig({ entityId: data.entityId, contentUrl: data.contentUrl, websiteUrl: data.contentUrl, suggestedDisplayName: data.suggestedDisplayName })
        .then(function () {
          saveEvent.notifySuccess();
        })
        .catch(function () {
          saveEvent.notifyFailure('save failed');
        });
    });
    config.setValidityState(true);
  });
})();
