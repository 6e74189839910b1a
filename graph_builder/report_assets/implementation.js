// Sorting and filtering of the matrix, on the page's own DOM (no data copy, no library).
// The state is also written to <body data-…> so that a headless browser can read it.
"use strict";
(function () {
  const table = document.getElementById("matrix");
  const tbody = table.tBodies[0];
  const heads = Array.from(table.tHead.rows[0].cells);
  const fold = (s) => s.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const byProvince = document.getElementById("filter-province");
  const byDirective = document.getElementById("filter-directive");

  function cellValue(row, index) {
    const cell = row.cells[index];
    return cell.hasAttribute("data-empty") ? null : cell.dataset.value || "";
  }

  function sortBy(index) {
    const head = heads[index];
    const dir = head.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    heads.forEach((h) => h.removeAttribute("aria-sort"));
    head.setAttribute("aria-sort", dir);
    const sign = dir === "ascending" ? 1 : -1;
    const rows = Array.from(tbody.rows);
    rows.sort((a, b) => {
      const x = cellValue(a, index), y = cellValue(b, index);
      if (x === null || y === null) return (x === null) - (y === null);   // empty cells last
      return sign * x.localeCompare(y, "vi", { numeric: true })
        || a.dataset.locality.localeCompare(b.dataset.locality, "vi");
    });
    rows.forEach((r) => tbody.appendChild(r));
    document.body.dataset.sortedBy = head.innerText.trim();
    document.body.dataset.sortDirection = dir;
  }

  function filter() {
    const p = fold(byProvince.value.trim());
    const d = fold(byDirective.value.trim());
    const shownDocs = new Set();
    heads.forEach((h) => {
      if (!h.dataset.doc) return;
      const show = !d || fold(h.dataset.names).includes(d);
      h.hidden = !show;
      if (show) shownDocs.add(h.dataset.doc);
    });
    let rowsShown = 0;
    const shownLocalities = new Set();
    for (const row of tbody.rows) {
      let show = !p || fold(row.dataset.province).includes(p) || fold(row.dataset.locality).includes(p);
      let any = false;
      for (const cell of row.cells) {
        if (!cell.dataset.doc) continue;
        cell.hidden = !shownDocs.has(cell.dataset.doc);
        if (!cell.hidden && !cell.hasAttribute("data-empty")) any = true;
      }
      show = show && any;
      row.hidden = !show;
      if (show) { rowsShown++; shownLocalities.add(row.dataset.locality); }
    }
    let evidenceShown = 0;
    for (const li of document.querySelectorAll("#evidence > li")) {
      li.hidden = !(shownLocalities.has(li.dataset.locality) && shownDocs.has(li.dataset.doc));
      if (!li.hidden) evidenceShown++;
    }
    document.body.dataset.rows = rowsShown;
    document.body.dataset.columns = shownDocs.size;
    document.body.dataset.evidence = evidenceShown;
    document.getElementById("shown").textContent =
      `${rowsShown} localities × ${shownDocs.size} directives, ${evidenceShown} pieces of evidence`;
  }

  heads.forEach((h, i) => h.querySelector("button").addEventListener("click", () => sortBy(i)));
  document.getElementById("filters").addEventListener("submit", (e) => e.preventDefault());
  byProvince.addEventListener("input", filter);
  byDirective.addEventListener("input", filter);
  filter();
})();
