// The requests map: app.js draws the map of every [data-map] element; for the one that has a
// data-requests-api this file adds the page's requests as points, read from GET /api/v1/requests.
// Requests of private categories have no point and are left out. Progressive enhancement only: the
// table beside the map lists the same requests. Loaded after Leaflet, before app.js draws its maps.
(function () {
  'use strict';

  if (!window.L) {
    return;
  }

  function addRequests(map, url) {
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { requests: [] }; })
      .then(function (data) {
        data.requests.forEach(function (request) {
          if (request.lat === null || request.lon === null || request.isPrivate) {
            return;
          }
          var marker = L.circleMarker([request.lat, request.lon],
            { radius: 6, color: '#1a1a1a', weight: 2, fillColor: request.status === 'open' ? '#ffbf47' : '#7fb069', fillOpacity: 1 })
            .bindTooltip(request.serviceName)
            .addTo(map);
          marker.on('click', function () { window.location.href = request.url; });
        });
      })
      .catch(function () { /* the table still lists them */ });
  }

  L.Map.addInitHook(function () {
    var url = this.getContainer().dataset.requestsApi;
    if (url) {
      addRequests(this, url);
    }
  });
})();
