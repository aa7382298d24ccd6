// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  function districtStyle(highlight) {
    return function (feature) {
      var chosen = feature.properties.slug === highlight;
      return {
        color: chosen ? '#8a1c12' : '#0b4f8a',
        weight: chosen ? 3 : 1,
        fillColor: chosen ? '#d9534f' : (feature.properties.side === 'ASIA' ? '#4f8fc0' : '#7fb069'),
        fillOpacity: chosen ? 0.55 : 0.35
      };
    };
  }

  // Points are circles drawn in SVG: no marker images to load, so they show without any tile server.
  // A point with a url leads there when clicked, as the table beside the map does.
  function addPoints(map, json) {
    if (!json) {
      return;
    }
    JSON.parse(json).forEach(function (point) {
      var marker = L.circleMarker([point.lat, point.lon], { radius: 6, color: '#1a1a1a', weight: 2, fillColor: '#ffbf47', fillOpacity: 1 })
        .bindTooltip(point.label)
        .addTo(map);
      if (point.url) {
        marker.on('click', function () { window.location.href = point.url; });
      }
    });
  }

  function initMap(element) {
    if (!window.L || element.dataset.ready) {
      return;
    }
    element.dataset.ready = 'true';
    var map = L.map(element, { scrollWheelZoom: false, attributionControl: true, zoomControl: false });
    L.control.zoom({
      zoomInTitle: element.dataset.zoomIn || 'Zoom in',
      zoomOutTitle: element.dataset.zoomOut || 'Zoom out'
    }).addTo(map);
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { attribution: element.dataset.tileAttribution || '', maxZoom: 18 }).addTo(map);
    }
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
    fetch(element.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var highlight = element.dataset.highlight;
        var target = null;
        var layer = L.geoJSON(data, {
          style: districtStyle(highlight),
          onEachFeature: function (feature, shape) {
            shape.bindTooltip(feature.properties.name);
            shape.on('click', function () {
              window.location.href = element.dataset.link + feature.properties.slug;
            });
            if (feature.properties.slug === highlight) {
              target = shape;
            }
          }
        }).addTo(map);
        map.fitBounds((target || layer).getBounds(), { padding: [8, 8] });
        addPoints(map, element.dataset.points);
      })
      .catch(function () {
        element.classList.add('map-unavailable');
      });
  }

  function loadLeaflet(callback) {
    if (window.L) {
      callback();
      return;
    }
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/webjars/leaflet/dist/leaflet.css';
    document.head.appendChild(css);
    var script = document.createElement('script');
    script.src = '/webjars/leaflet/dist/leaflet.js';
    script.onload = callback;
    document.head.appendChild(script);
  }

  function initMaps(root) {
    var maps = root.querySelectorAll('[data-map]');
    if (maps.length) {
      loadLeaflet(function () { maps.forEach(initMap); });
    }
  }

  document.addEventListener('DOMContentLoaded', function () { initMaps(document); });
  // Content that htmx swaps in (filtered results with their map) gets its map too.
  document.addEventListener('htmx:load', function (event) {
    if (event.detail.elt !== document.body) {
      initMaps(event.detail.elt);
    }
  });
})();
