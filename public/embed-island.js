/* The embeds' interaction island (no framework; the chart itself is server-rendered SVG).
   - A click on a mark or a node, or on its line in the list under the chart, selects it: it is ringed in every
     layout, the rest dims (a node's own links stay lit), and its words appear under the chart, announced to
     screen readers. A click on empty chart space or Escape clears the selection. The selection of the view the
     embed was made from (data-selected) is selected when it opens.
   - The embed's content height is posted to the parent page ({ type: 'dateline:height', height, href }),
     which /embed.js uses to size the iframe. */
(function () {
  'use strict';
  var detail = document.getElementById('lt-detail');
  var selected = null;

  function keyOf(el) {
    return el.getAttribute('data-key') || el.getAttribute('data-id');
  }

  function itemFor(key) {
    var items = document.querySelectorAll('.lt-item');
    for (var i = 0; i < items.length; i++) if (items[i].getAttribute('data-key') === key) return items[i];
    return null;
  }

  function select(key) {
    selected = key === selected ? null : key;
    var on = selected !== null;
    // A node's links, and the nodes at their other ends, stay lit.
    var near = {};
    var edges = document.querySelectorAll('.lt-svg .graph-edge');
    for (var e = 0; e < edges.length; e++) {
      var ends = (edges[e].getAttribute('data-ends') || '').split(' ');
      var mine = on && ends.indexOf(selected) >= 0;
      if (mine) near[ends[0]] = near[ends[1]] = true;
      edges[e].classList.toggle('is-lit', mine);
      edges[e].classList.toggle('is-dim', on && !mine);
    }
    var marks = document.querySelectorAll('.lt-svg .tl-mark, .lt-svg .graph-node');
    for (var i = 0; i < marks.length; i++) {
      var k = keyOf(marks[i]);
      marks[i].classList.toggle('is-selected', on && k === selected);
      marks[i].classList.toggle('is-dim', on && k !== selected && !near[k]);
    }
    var items = document.querySelectorAll('.lt-item');
    for (var j = 0; j < items.length; j++) items[j].setAttribute('aria-pressed', String(items[j].getAttribute('data-key') === selected));
    if (!detail) return;
    var item = on ? itemFor(selected) : null;
    detail.textContent = item ? item.textContent : '';
    var links = item && item.parentNode && item.parentNode.querySelector('.lt-links');
    if (links) {
      var span = document.createElement('span');
      span.className = 'lt-links';
      span.textContent = links.textContent;
      detail.appendChild(span);
    }
    var words = item && item.parentNode && item.parentNode.querySelector('.lt-words');
    if (words) {
      // The source's words keep their own direction inside a sentence of the other script.
      var q = document.createElement('q');
      q.dir = 'auto';
      q.className = 'lt-words';
      q.textContent = words.textContent;
      detail.appendChild(q);
    }
    detail.hidden = !item;
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var mark = t.closest('.lt-svg .tl-mark, .lt-svg .graph-node');
    if (mark) return select(keyOf(mark));
    var item = t.closest('.lt-item');
    if (item) return select(item.getAttribute('data-key'));
    if (t.closest('.lt-svg') && selected) select(selected); // empty chart space clears
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && selected) select(selected);
  });
  // The view's selection when the embed was made: selected from the start.
  var initial = detail && detail.getAttribute('data-selected');
  if (initial) select(initial);

  if (window.parent === window) return;
  var last = -1;
  function post() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'dateline:height', height: h, href: location.href }, '*');
  }
  post();
  if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.documentElement);
  else window.addEventListener('resize', post);
})();
