/*! embed.js v1 — resizes this site's timeline iframes on any host page.
 * Include once, anywhere on the page:
 *   <script async src="https://<this site>/embed.js"></script>
 * Each embedded timeline posts { type: 'source-linked-timeline:height', version: 1, height } when its content
 * height changes; this script sets the height of the iframe that sent it. It only touches iframes whose window
 * sent the message, and only for messages from the origin this script was loaded from.
 */
(function () {
  'use strict';
  var VERSION = 1;
  if (window.__sourceLinkedTimelineEmbed >= VERSION) return;
  window.__sourceLinkedTimelineEmbed = VERSION;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'source-linked-timeline:height' || data.version !== VERSION) return;
    if (origin !== null && event.origin !== origin && event.origin !== 'null') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
})();
