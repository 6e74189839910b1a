// mtkg network viewer: a small canvas force layout with search, colour by type and a
// panel of facts and sources. No libraries, so the exported file works offline.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const canvas = document.getElementById("canvas");
  const ctx = canvas.getContext("2d");
  const $ = (id) => document.getElementById(id);
  const nodes = data.nodes, byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.edges.map((e) => ({ ...e, s: byId.get(e.source), t: byId.get(e.target) }));
  const hidden = new Set();
  let selected = null, matches = new Set();
  let view = { k: 1, x: 0, y: 0 };

  // -- layout: circle by community, then a fixed number of force steps (deterministic) --
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1) + n.community;
    const r = 100 + 8 * Math.sqrt(nodes.length) + 15 * (n.community % 7);
    n.x = r * Math.cos(a); n.y = r * Math.sin(a); n.vx = 0; n.vy = 0;
    n.r = 4 + 2.2 * Math.sqrt(n.degree || 0);
  });
  const steps = Math.max(30, Math.min(400, Math.floor(4e6 / Math.max(1, nodes.length * nodes.length))));
  for (let step = 0, temp = 20; step < steps; step++, temp *= 0.985) {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        const f = 1800 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d - 60) * 0.04;
      e.s.vx += (dx / d) * f; e.s.vy += (dy / d) * f; e.t.vx -= (dx / d) * f; e.t.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.vx -= n.x * 0.03; n.vy -= n.y * 0.03;
      const v = Math.sqrt(n.vx * n.vx + n.vy * n.vy) || 1, m = Math.min(v, temp);
      n.x += (n.vx / v) * m; n.y += (n.vy / v) * m; n.vx = 0; n.vy = 0;
    }
  }

  // -- drawing ---------------------------------------------------------------------------
  function resize() {
    const dpr = window.devicePixelRatio || 1, rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, rect.width * dpr); canvas.height = Math.max(1, rect.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }
  function fit() {
    const rect = canvas.getBoundingClientRect(), vis = nodes.filter(visible);
    if (!vis.length) return;
    const xs = vis.map((n) => n.x), ys = vis.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    view.k = Math.min(3, 0.85 * Math.min(rect.width / (x1 - x0 + 80), rect.height / (y1 - y0 + 80)));
    view.x = rect.width / 2 - view.k * (x0 + x1) / 2; view.y = rect.height / 2 - view.k * (y0 + y1) / 2;
  }
  const visible = (n) => !hidden.has(n.type);
  const colour = (n) => data.palette[n.type] || "#888";
  const neighbours = (n) => new Set(edges.filter((e) => e.s === n || e.t === n).flatMap((e) => [e.s, e.t]));

  function draw() {
    const rect = canvas.getBoundingClientRect();
    ctx.clearRect(0, 0, rect.width, rect.height);
    ctx.save(); ctx.translate(view.x, view.y); ctx.scale(view.k, view.k);
    const near = selected ? neighbours(selected) : null;
    const dim = (n) => (near && !near.has(n)) || (matches.size && !matches.has(n) && !(near && near.has(n)));
    ctx.lineWidth = 1 / view.k;
    for (const e of edges) {
      if (!visible(e.s) || !visible(e.t)) continue;
      const on = selected && (e.s === selected || e.t === selected);
      ctx.strokeStyle = on ? "rgba(40,40,40,.8)" : "rgba(120,120,120," + (near || matches.size ? 0.12 : 0.45) + ")";
      ctx.beginPath(); ctx.moveTo(e.s.x, e.s.y); ctx.lineTo(e.t.x, e.t.y); ctx.stroke();
      if (data.directed) arrow(e);
    }
    let drawn = 0;
    for (const n of nodes) {
      if (!visible(n)) continue;
      drawn++;
      ctx.globalAlpha = dim(n) ? 0.2 : 1;
      ctx.fillStyle = colour(n);
      ctx.beginPath(); ctx.arc(n.x, n.y, n.r / view.k, 0, 2 * Math.PI); ctx.fill();
      if (n === selected || matches.has(n)) { ctx.lineWidth = 3 / view.k; ctx.strokeStyle = "#111"; ctx.stroke(); }
    }
    ctx.globalAlpha = 1; ctx.fillStyle = "#222";
    ctx.font = `${12 / view.k}px system-ui, sans-serif`;
    for (const n of nodes) {
      const show = n === selected || matches.has(n) || (near && near.has(n)) || n.degree * view.k >= 3 || n.degree >= 5 || nodes.length < 40;
      if (visible(n) && show && !(dim(n) && !matches.has(n))) {
        const text = n.label.length > 48 ? n.label.slice(0, 47) + "…" : n.label;
        ctx.fillText(text, n.x + (n.r + 2) / view.k, n.y + 4 / view.k);
      }
    }
    ctx.restore();
    document.body.dataset.drawn = String(drawn);
  }
  function arrow(e) {
    const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const x = e.t.x - (dx / d) * e.t.r / view.k, y = e.t.y - (dy / d) * e.t.r / view.k, s = 6 / view.k;
    ctx.beginPath(); ctx.moveTo(x, y);
    ctx.lineTo(x - (dx / d) * s - (dy / d) * s * 0.5, y - (dy / d) * s + (dx / d) * s * 0.5);
    ctx.lineTo(x - (dx / d) * s + (dy / d) * s * 0.5, y - (dy / d) * s - (dx / d) * s * 0.5);
    ctx.closePath(); ctx.fillStyle = ctx.strokeStyle; ctx.fill();
  }

  // -- legend: colour by type, click to hide a type ----------------------------------------
  const types = [...new Map(nodes.map((n) => [n.type, n.type_label])).entries()];
  for (const [type, label] of types) {
    const li = document.createElement("li");
    li.innerHTML = `<span class="dot" style="background:${data.palette[type] || "#888"}"></span>`;
    li.append(`${label} (${nodes.filter((n) => n.type === type).length})`);
    li.dataset.type = type;
    li.onclick = () => { hidden.has(type) ? hidden.delete(type) : hidden.add(type); li.classList.toggle("off"); draw(); };
    $("legend").append(li);
  }
  $("count").textContent = `${nodes.length} nodes · ${edges.length} edges`;

  // -- search ------------------------------------------------------------------------------
  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  function search(q) {
    const want = fold(q.trim());
    matches = new Set(want ? nodes.filter((n) => fold(n.label).includes(want)) : []);
    const list = $("results");
    list.replaceChildren();
    for (const n of [...matches].slice(0, 50)) {
      const li = document.createElement("li");
      li.className = "match"; li.dataset.id = n.id; li.dataset.type = n.type;
      li.innerHTML = `<span class="dot" style="background:${colour(n)}"></span> `;
      li.append(n.label);
      li.onclick = () => select(n, true);
      list.append(li);
    }
    list.dataset.query = q; list.dataset.count = String(matches.size);
    if (matches.size === 1) select([...matches][0], true); else draw();
  }
  $("search").addEventListener("input", (ev) => search(ev.target.value));

  // -- details panel -------------------------------------------------------------------------
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = text;
    Object.assign(e, attrs || {});
    return e;
  }
  function select(n, centre) {
    selected = n;
    const box = $("details");
    box.replaceChildren();
    if (!n) { draw(); return; }
    box.append(el("h2", n.label));
    const dl = el("dl");
    const rows = [["type", n.type_label + (n.kind ? ` · ${n.kind}` : "")], ["locality", n.locality],
                  ["province", n.province], ["first seen", n.date], ["links", n.degree],
                  ["community", n.community], ...n.facts];
    const seen = new Set();
    for (const [k, v] of rows) {
      if (v === "" || v == null || seen.has(k + v) || v === n.label) continue;
      seen.add(k + v); dl.append(el("dt", k), el("dd", String(v)));
    }
    box.append(dl, el("h3", "Relations"));
    const rel = el("ul");
    for (const e of edges.filter((e) => e.s === n || e.t === n)) {
      const other = e.s === n ? e.t : e.s;
      const li = el("li", (e.s === n ? `${e.label} → ` : `← ${e.label} `));
      li.append(el("a", other.label, { href: "#", onclick: (ev) => { ev.preventDefault(); select(other, true); } }));
      if (e.detail) li.append(` (${e.detail})`);
      if (e.date) li.append(` · ${e.date}`);
      rel.append(li);
    }
    box.append(rel, el("h3", "Sources"));
    const src = el("ul", null, { id: "sources" });
    for (const id of n.sources) {
      const a = data.articles[id] || {}, li = el("li");
      li.append(a.url ? el("a", a.headline || id, { href: a.url, target: "_blank", rel: "noopener" }) : (a.headline || id));
      if (a.published) li.append(` · ${a.published}`);
      src.append(li);
    }
    box.append(src, el("p", n.iri, { className: "hint" }));
    if (centre) {
      const rect = canvas.getBoundingClientRect();
      view.x = rect.width / 2 - view.k * n.x; view.y = rect.height / 2 - view.k * n.y;
    }
    draw();
  }

  // -- pan, zoom, click ----------------------------------------------------------------------
  let drag = null;
  const world = (ev) => { const r = canvas.getBoundingClientRect(); return [(ev.clientX - r.left - view.x) / view.k, (ev.clientY - r.top - view.y) / view.k]; };
  canvas.addEventListener("mousedown", (ev) => { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false }; });
  window.addEventListener("mousemove", (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    view.x = drag.vx + dx; view.y = drag.vy + dy; draw();
  });
  window.addEventListener("mouseup", (ev) => {
    if (drag && !drag.moved && ev.target === canvas) {
      const [x, y] = world(ev);
      let best = null, bestD = Infinity;
      for (const n of nodes.filter(visible)) {
        const d = Math.hypot(n.x - x, n.y - y);
        if (d < (n.r + 6) / view.k && d < bestD) { best = n; bestD = d; }
      }
      select(best, false);
    }
    drag = null;
  });
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const r = canvas.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
    const k = Math.min(20, Math.max(0.05, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = mx - ((mx - view.x) * k) / view.k; view.y = my - ((my - view.y) * k) / view.k; view.k = k;
    draw();
  }, { passive: false });
  window.addEventListener("resize", () => { resize(); draw(); });

  resize(); fit(); draw();
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("search")) { $("search").value = hash.get("search"); search(hash.get("search")); }
  // How many pixels the canvas painted: lets a headless test tell a drawing from a blank page.
  const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
  document.body.dataset.painted = String(painted);
})();
