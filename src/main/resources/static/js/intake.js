// The report form's map: tap the place (or use the device's location) to fill the coordinates, the
// district (from /api/v1/geo/locate) and its neighbourhoods, and to look for the same problem nearby.
// Progressive enhancement only: without this file the coordinates and selects are filled by hand.
(function () {
  'use strict';

  var ISTANBUL = [41.015, 28.98];

  function init() {
    var element = document.getElementById('pick-map');
    var form = document.getElementById('intake-form');
    if (!element || !form || !window.L) {
      return;
    }
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    var district = document.getElementById('districtId');
    var category = document.getElementById('serviceCode');
    var located = document.getElementById('located');
    var locateButton = document.getElementById('use-location');
    element.hidden = false;
    var map = L.map(element, { scrollWheelZoom: false, zoomControl: true });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { attribution: element.dataset.tileAttribution || '', maxZoom: 19 }).addTo(map);
    }
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        L.geoJSON(data, { interactive: false, style: { color: '#0b4f8a', weight: 1, fillOpacity: 0.08 } }).addTo(map);
      })
      .catch(function () { /* the map still takes taps without the boundaries */ });
    var marker = null;
    var start = lat.value && lon.value ? [parseFloat(lat.value), parseFloat(lon.value)] : null;
    map.setView(start || ISTANBUL, start ? 16 : 10);
    if (start) {
      marker = L.circleMarker(start, { radius: 9, color: '#1a1a1a', weight: 2, fillColor: '#ffbf47', fillOpacity: 1 }).addTo(map);
    }

    function refreshNearby() {
      if (!window.htmx || !category.value || !lat.value || !lon.value) {
        return;
      }
      window.htmx.ajax('GET', element.dataset.nearby + '?serviceCode=' + encodeURIComponent(category.value)
        + '&lat=' + encodeURIComponent(lat.value) + '&lon=' + encodeURIComponent(lon.value),
        { target: '#nearby', swap: 'outerHTML' });
    }

    function choose(point, zoom) {
      lat.value = point.lat.toFixed(6);
      lon.value = point.lng.toFixed(6);
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.circleMarker(point, { radius: 9, color: '#1a1a1a', weight: 2, fillColor: '#ffbf47', fillOpacity: 1 }).addTo(map);
      }
      if (zoom) {
        map.setView(point, 17);
      }
      fetch(element.dataset.locate + '?lat=' + lat.value + '&lon=' + lon.value, { headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('outside');
          }
          return response.json();
        })
        .then(function (found) {
          located.textContent = found.name;
          if (String(district.value) !== String(found.id)) {
            district.value = String(found.id);
            district.dispatchEvent(new Event('change', { bubbles: true }));
          }
        })
        .catch(function () { located.textContent = located.dataset.outside; });
      refreshNearby();
    }

    map.on('click', function (event) { choose(event.latlng, false); });
    category.addEventListener('change', refreshNearby);
    if (navigator.geolocation && locateButton) {
      locateButton.hidden = false;
      locateButton.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (position) {
          choose(L.latLng(position.coords.latitude, position.coords.longitude), true);
        }, function () { locateButton.disabled = true; }, { enableHighAccuracy: true, timeout: 10000 });
      });
    }
  }

  document.addEventListener('DOMContentLoaded', init);
})();
