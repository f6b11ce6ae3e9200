/* Dateline embed sizing: include once on a page with Dateline iframes. Each embed posts
   { type: 'dateline:height', height, href } to its parent; this sets the height of the iframe it came from —
   only a Dateline embed's: an iframe whose address is an /embed/ page of the origin this script was loaded
   from, and only when the message comes from that origin. Other iframes on the page are never resized.
   No dependencies, no globals, nothing but the height is read from the message. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var home = document.createElement('a');
  home.href = script.src;
  var origin = home.protocol + '//' + home.host;
  var key = '__datelineEmbed:' + origin;
  if (window[key]) return;
  window[key] = true;
  window.addEventListener('message', function (e) {
    if (e.origin !== origin) return;
    var m = e.data;
    if (!m || m.type !== 'dateline:height' || typeof m.height !== 'number' || !isFinite(m.height) || m.height < 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var a = document.createElement('a');
      a.href = f.src;
      if (a.protocol + '//' + a.host !== origin || a.pathname.indexOf('/embed/') !== 0) return;
      f.style.height = Math.min(Math.ceil(m.height), 20000) + 'px';
      return;
    }
  });
})();
