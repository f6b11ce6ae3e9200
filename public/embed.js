/* Dateline embed sizing: include once on a page with Dateline iframes. Each embed posts
   { type: 'dateline:height', height, href } to its parent; this sets the height of the iframe it came from.
   No dependencies, no globals, nothing but the height is read from the message. */
(function () {
  if (window.__datelineEmbed) return;
  window.__datelineEmbed = true;
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.type !== 'dateline:height' || typeof m.height !== 'number' || !isFinite(m.height) || m.height < 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      // Only an iframe whose own address is on the sender's origin.
      var a = document.createElement('a');
      a.href = f.src;
      if (a.protocol + '//' + a.host !== e.origin) return;
      f.style.height = Math.min(Math.ceil(m.height), 20000) + 'px';
      return;
    }
  });
})();
