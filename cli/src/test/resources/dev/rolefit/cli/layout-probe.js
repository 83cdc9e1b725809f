// Injected into a copy of a report (the report itself runs no script): measures the laid-out page
// and writes what overflows or is clipped into <pre id="layout-probe">, for --dump-dom to read.
(function () {
  var problems = [];
  var checked = 0;
  var page = document.documentElement.clientWidth;
  function name(e) {
    var cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().replace(/\s+/g, '.') : '';
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
  }
  var all = document.querySelectorAll('main *');
  for (var i = 0; i < all.length; i++) {
    var e = all[i];
    var tag = e.tagName.toLowerCase();
    if (tag === 'text') {
      // An SVG label must sit inside its picture's viewBox, or the SVG clips it.
      var vb = e.ownerSVGElement.viewBox.baseVal;
      var b = e.getBBox();
      checked++;
      if (vb && vb.width > 0 && (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5)) {
        problems.push('svg text outside its viewBox: ' + name(e));
      }
      continue;
    }
    if (e.closest('svg')) {
      continue;
    }
    var r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) {
      continue;
    }
    checked++;
    if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
      problems.push('overflows its box (' + e.scrollWidth + ' > ' + e.clientWidth + '): ' + name(e));
    }
    if (r.left < -0.5 || r.right > page + 0.5) {
      problems.push('off the page: ' + name(e));
    }
    for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      var st = getComputedStyle(a);
      if (st.overflowX !== 'visible' || st.overflowY !== 'visible') {
        var ar = a.getBoundingClientRect();
        if (r.left < ar.left - 0.5 || r.right > ar.right + 0.5 || r.top < ar.top - 0.5 || r.bottom > ar.bottom + 0.5) {
          problems.push('clipped by ' + name(a) + ': ' + name(e));
        }
        break;
      }
    }
  }
  var out = document.createElement('pre');
  out.id = 'layout-probe';
  out.setAttribute('data-checked', String(checked));
  out.textContent = JSON.stringify(problems);
  document.body.appendChild(out);
})();
