// The coverage map: the districts coloured by the share of their neighbourhoods that met in the last
// 90 days (data-shares: {"kadikoy": 24, ...}), with the same five steps as the legend on the page.
// There are no neighbourhood boundaries; the table beside the map lists every neighbourhood and is
// the view for screen readers and for pages without JavaScript.
(function () {
  'use strict';

  var COLOURS = ['#f2f0ef', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

  function step(percent) {
    if (!percent) {
      return 0;
    }
    return percent < 25 ? 1 : percent < 50 ? 2 : percent < 75 ? 3 : 4;
  }

  function draw(element) {
    var shares = JSON.parse(element.dataset.shares || '{}');
    var highlight = element.dataset.highlight;
    var map = L.map(element, { scrollWheelZoom: false, zoomControl: false });
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
        var target = null;
        var layer = L.geoJSON(data, {
          style: function (feature) {
            var slug = feature.properties.slug;
            var known = Object.prototype.hasOwnProperty.call(shares, slug);
            return {
              color: slug === highlight ? '#8a1c12' : '#1a1a1a',
              weight: slug === highlight ? 3 : 1,
              fillColor: known ? COLOURS[step(shares[slug])] : '#ffffff',
              fillOpacity: known ? 0.8 : 0.2
            };
          },
          onEachFeature: function (feature, shape) {
            var slug = feature.properties.slug;
            var label = feature.properties.name;
            if (Object.prototype.hasOwnProperty.call(shares, slug)) {
              label += ': ' + shares[slug] + ' % ' + (element.dataset.percentLabel || '');
            }
            shape.bindTooltip(label);
            shape.on('click', function () { window.location.href = element.dataset.link + slug; });
            if (slug === highlight) {
              target = shape;
            }
          }
        }).addTo(map);
        map.fitBounds((target || layer).getBounds(), { padding: [8, 8] });
      })
      .catch(function () {
        element.classList.add('map-unavailable');
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.L) {
      return;
    }
    document.querySelectorAll('[data-coverage-map]').forEach(draw);
  });
})();
