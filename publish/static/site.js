/* The latest ratings table: sort by any column, filter by region and grade. Plain JavaScript
   that runs from file:// (no modules, no requests). The filters are kept in the address
   (index.html#region=North%20East&grade=good), so a filtered view can be shared. */
(function () {
  "use strict";
  var table = document.getElementById("ratings");
  if (!table) { return; }
  var body = table.tBodies[0];
  var region = document.getElementById("filter-region");
  var grade = document.getElementById("filter-grade");
  var shown = document.getElementById("shown");

  function key(row, col, type) {
    var cell = row.cells[col];
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent.trim(); }
    return type === "rank" ? parseFloat(v) : v.toLowerCase();
  }

  function sortBy(th) {
    var col = th.cellIndex, type = th.getAttribute("data-type");
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, col, type), y = key(b, col, type);
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
      return key(a, 0, "text") < key(b, 0, "text") ? -1 : 1;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
  }

  function filter() {
    var r = region.value, g = grade.value, n = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var ok = (!r || row.getAttribute("data-region") === r) && (!g || row.getAttribute("data-grade") === g);
      row.className = ok ? "" : "hidden";
      if (ok) { n += 1; }
    });
    shown.textContent = n + (n === 1 ? " authority" : " authorities");
    var hash = [];
    if (r) { hash.push("region=" + encodeURIComponent(r)); }
    if (g) { hash.push("grade=" + encodeURIComponent(g)); }
    if (history.replaceState) {
      try { history.replaceState(null, "", hash.length ? "#" + hash.join("&") : location.pathname); } catch (e) { /* file:// in some browsers */ }
    }
  }

  function fromHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var kv = part.split("="), v = decodeURIComponent(kv[1] || "");
      if (kv[0] === "region") { region.value = v; }
      if (kv[0] === "grade") { grade.value = v; }
    });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var b = th.querySelector("button");
    if (b) { b.addEventListener("click", function () { sortBy(th); }); }
  });
  region.addEventListener("change", filter);
  grade.addEventListener("change", filter);
  fromHash();
  filter();
  document.body.setAttribute("data-ready", "yes");
}());
