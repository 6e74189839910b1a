// mtkg network viewer. The graph is a graphology graph drawn by sigma.js (WebGL), laid out once
// by graphology's ForceAtlas2 in a web worker, starting from positions grouped by community.
// Search by name, filters by type, province and date, neighbourhood highlight on hover and
// click, and a panel with a node's facts, relations and source articles. The libraries are
// inlined in this page (assets/README.md): it works offline.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const $ = (id) => document.getElementById(id);
  const state = document.body.dataset;  // what the page did, for people debugging and for tests
  const nodes = data.nodes, edges = data.edges;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const DATED = new Set(["event", "directive"]);  // things with a date of their own
  for (const n of nodes) n.links = [];
  edges.forEach((e, i) => {
    e.key = "e" + i; e.s = byId.get(e.source); e.t = byId.get(e.target);
    e.s.links.push(e); if (e.t !== e.s) e.t.links.push(e);
  });
  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
    .replace(/Đ/g, "D").toLowerCase();
  for (const n of nodes) n.folded = fold(n.label);
  const colour = (type) => data.palette[type] || "#888888";

  // -- the graph, with starting positions: communities on a sunflower spiral, each one a disc
  // of its nodes (seeded pseudo-random, so every load lays the network out the same way) ------
  function seeded(a) {
    return function () {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = seeded(7);
  const groups = new Map();
  for (const n of nodes) {
    if (!groups.has(n.community)) groups.set(n.community, []);
    groups.get(n.community).push(n);
  }
  let placed = 0, turn = 0;
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const r = 12 * Math.sqrt(placed + group.length / 2), a = turn++ * Math.PI * (3 - Math.sqrt(5));
    const spread = 10 * Math.sqrt(group.length);
    for (const n of group) {
      const rr = spread * Math.sqrt(random()), t = 2 * Math.PI * random();
      n.x = r * Math.cos(a) + rr * Math.cos(t); n.y = r * Math.sin(a) + rr * Math.sin(t);
    }
    placed += group.length;
  }
  const big = nodes.length > 2000;
  const graph = new graphology.MultiGraph({ type: data.directed ? "directed" : "undirected" });
  for (const n of nodes) {
    graph.addNode(n.id, { x: n.x, y: n.y, label: n.label, color: colour(n.type),
                          size: Math.min(24, (big ? 1.5 : 4) + (big ? 0.9 : 1.3) * Math.sqrt(n.degree || 0)) });
  }
  for (const e of edges) {
    graph.addEdgeWithKey(e.key, e.source, e.target, { size: big ? 0.7 : 1, color: big ? "#c4c4c4" : "#b4b4b4" });
  }
  state.nodes = String(graph.order); state.edges = String(graph.size);
  $("count").textContent = `${nodes.length} nodes · ${edges.length} edges`;

  // -- what is shown: filters, hover, selection, search ---------------------------------------
  const hiddenTypes = new Set();
  let shownNodes = null, shownEdges = null;  // null: everything
  let hovered = null, selected = null, matches = new Set(), near = null;

  function neighbourhood(id) {
    const set = new Set([id]);
    for (const e of byId.get(id).links) { set.add(e.source); set.add(e.target); }
    return set;
  }
  function refocus() {
    const f = hovered || selected;
    near = f ? neighbourhood(f) : null;
    renderer.refresh({ skipIndexation: true });
  }

  let renderer;
  try {
    renderer = new Sigma(graph, $("graph"), {
      defaultEdgeType: data.directed ? "arrow" : "line",
      renderEdgeLabels: false,
      labelFont: "system-ui, sans-serif",
      labelSize: 12,
      labelRenderedSizeThreshold: big ? 5 : 4,
      labelDensity: big ? 0.5 : 1,
      zIndex: true,
      minCameraRatio: 0.002,
      maxCameraRatio: 4,
      nodeReducer(node, attrs) {
        if (shownNodes && !shownNodes.has(node)) return { ...attrs, hidden: true };
        if (near && !near.has(node)) return { ...attrs, color: "#e6e6e6", label: "", zIndex: 0 };
        const out = { ...attrs };
        if (near) { out.zIndex = 1; if (near.size <= 40) out.forceLabel = true; }
        if (matches.has(node) || node === selected || node === hovered) {
          out.highlighted = true; out.forceLabel = true; out.zIndex = 2;
        }
        return out;
      },
      edgeReducer(edge, attrs) {
        if (shownEdges && !shownEdges.has(edge)) return { ...attrs, hidden: true };
        if (near) {
          const f = hovered || selected, [s, t] = graph.extremities(edge);
          if (s !== f && t !== f) return { ...attrs, hidden: true };
          return { ...attrs, color: "#555555", size: big ? 1 : 1.5, zIndex: 1 };
        }
        return attrs;
      },
    });
  } catch (err) {
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = "Trình duyệt không vẽ được đồ thị (cần WebGL). / This browser cannot draw the graph (WebGL is needed): " + err;
    $("graph").append(p);
    state.error = String(err);
    return;
  }
  renderer.on("enterNode", ({ node }) => { hovered = node; state.hovered = node; refocus(); });
  renderer.on("leaveNode", () => { hovered = null; state.hovered = ""; refocus(); });
  renderer.on("clickNode", ({ node }) => select(node, false));
  renderer.on("clickStage", () => select(null, false));

  // -- layout: graphology's ForceAtlas2 iterations, a fixed number of them, run in a web worker
  // (the page stays usable meanwhile; the drawing follows every few iterations), then it stops --
  const FA2 = graphologyLayoutForceAtlas2;
  const iterations = Math.round(Math.max(150, Math.min(1000, 1.5e6 / Math.max(1, nodes.length))));
  // the library's settings for the graph's size (strong gravity keeps small components on screen),
  // and hubs dissuaded (outbound attraction distributed): the directives and movements that
  // thousands of things link to sit in the middle, with the communities around them
  const settings = Object.assign({}, FA2.defaults, FA2.inferSettings(graph),
                                 { barnesHutOptimize: graph.order > 400, outboundAttractionDistribution: true });
  const every = Math.max(1, Math.min(25, Math.round(iterations / 40)));
  const matrices = FA2.graphToByteArrays(graph, null);  // null: every edge weighs 1
  const started = performance.now();
  let done = 0;
  state.layout = "running";
  function show(buffer, count) {
    FA2.assignLayoutChanges(graph, new Float32Array(buffer), null);
    done = count; state.iterations = String(done);
    if (done < iterations) $("status").textContent = `bố trí / layout ${Math.round((100 * done) / iterations)}%`;
    else {
      state.layout = "done"; state.layoutMs = String(Math.round(performance.now() - started));
      $("status").textContent = "";
      renderer.getCamera().animatedReset({ duration: 300 });
    }
  }
  // the worker: the library's code (the inlined script above) and this loop
  function run(FA2, message) {
    const { settings, iterations, every } = message;
    const nodes = new Float32Array(message.nodes), edges = new Float32Array(message.edges);
    for (let i = 1; i <= iterations; i++) {
      FA2.iterate(settings, nodes, edges);
      if (i % every === 0 || i === iterations) {
        const copy = nodes.slice();
        postMessage({ done: i, nodes: copy.buffer }, [copy.buffer]);
      }
    }
  }
  if (!graph.order || !graph.size) show(matrices.nodes.buffer, iterations);
  else {
    const job = { settings, iterations, every, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer };
    try {
      const code = `${$("lib-forceatlas2").textContent};\n${run};\n` +
        "onmessage = (ev) => run(graphologyLayoutForceAtlas2, ev.data);";
      const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
      const worker = new Worker(url);
      URL.revokeObjectURL(url);
      worker.onmessage = (ev) => { show(ev.data.nodes, ev.data.done); if (ev.data.done >= iterations) worker.terminate(); };
      worker.onerror = (ev) => { state.error = "layout worker: " + ev.message; };
      worker.postMessage(job);
    } catch (err) {  // no workers (a locked-down browser): the same iterations, in slices, here
      state.worker = String(err);
      const ns = matrices.nodes, es = matrices.edges;
      (function slice() {
        const stop = Math.min(iterations, done + every);
        for (let i = done; i < stop; i++) FA2.iterate(settings, ns, es);
        show(ns.buffer, stop);
        if (stop < iterations) setTimeout(slice, 0);
      })();
    }
  }

  // -- filters: type (legend), province, dates — as `mtkg export --kinds/--province/--since/--until`
  const counts = new Map();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) || 0) + 1);
  for (const [type, count] of counts) {
    const n = nodes.find((m) => m.type === type);
    const li = document.createElement("li"), label = document.createElement("label"), box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.dataset.type = type;
    box.onchange = () => { box.checked ? hiddenTypes.delete(type) : hiddenTypes.add(type); li.classList.toggle("off", !box.checked); filter(); };
    const dot = document.createElement("span");
    dot.className = "dot"; dot.style.background = colour(type);
    label.append(box, dot, `${data.type_labels_vi[type] || type} / ${n.type_label} (${count})`);
    li.append(label); li.dataset.type = type;
    $("legend").append(li);
  }
  const provinces = new Map();
  for (const n of nodes) if (n.province) provinces.set(n.province, (provinces.get(n.province) || 0) + 1);
  for (const [name, count] of [...provinces].sort((a, b) => a[0].localeCompare(b[0], "vi"))) {
    const o = document.createElement("option");
    o.value = name; o.textContent = `${name} (${count})`;
    $("province").append(o);
  }
  const dates = [...nodes.map((n) => n.date), ...edges.map((e) => e.date)].filter(Boolean).sort();
  for (const id of ["since", "until"]) {
    $(id).min = dates[0] || ""; $(id).max = dates[dates.length - 1] || "";
    $(id).addEventListener("change", filter);
  }
  $("province").addEventListener("change", filter);
  $("clear").onclick = () => {
    hiddenTypes.clear();
    for (const box of $("legend").querySelectorAll("input")) { box.checked = true; box.closest("li").classList.remove("off"); }
    $("province").value = ""; $("since").value = ""; $("until").value = "";
    filter();
  };

  function filter() {
    const since = $("since").value, until = $("until").value, province = $("province").value;
    const inside = (d) => !d || ((!since || d >= since) && (!until || d <= until));
    // the type, and the own date of events and directives
    let keep = new Set(nodes.filter((n) => !hiddenTypes.has(n.type) && (!DATED.has(n.type) || inside(n.date))).map((n) => n.id));
    // a province keeps what lies in it, and what has no province of its own but links to it
    if (province) {
      const within = new Set(nodes.filter((n) => keep.has(n.id) && n.province === province).map((n) => n.id));
      const linked = new Set(within);
      for (const e of edges) {
        for (const [a, b] of [[e.s, e.t], [e.t, e.s]]) {
          if (within.has(a.id) && keep.has(b.id) && !b.province) linked.add(b.id);
        }
      }
      keep = linked;
    }
    const links = new Set();
    for (const e of edges) if (keep.has(e.source) && keep.has(e.target) && inside(e.date)) links.add(e.key);
    // dates drop the things they leave without any link (those that had some)
    if (since || until) {
      const linked = new Set();
      for (const e of edges) if (links.has(e.key)) { linked.add(e.source); linked.add(e.target); }
      for (const id of [...keep]) if (byId.get(id).links.length && !linked.has(id)) keep.delete(id);
    }
    const all = keep.size === nodes.length && links.size === edges.length;
    shownNodes = all ? null : keep; shownEdges = all ? null : links;
    state.drawn = String(keep.size); state.drawnEdges = String(links.size);
    $("count").textContent = all ? `${nodes.length} nodes · ${edges.length} edges`
      : `${keep.size} / ${nodes.length} nodes · ${links.size} / ${edges.length} edges`;
    if (selected && !keep.has(selected)) select(null, false);
    renderer.refresh({ skipIndexation: true });
  }

  // -- search --------------------------------------------------------------------------------
  function search(q) {
    const want = fold(q.trim());
    const found = want ? nodes.filter((n) => n.folded.includes(want) && (!shownNodes || shownNodes.has(n.id))) : [];
    const rank = (n) => (n.folded === want ? 0 : n.folded.startsWith(want) ? 1 : 2);
    found.sort((a, b) => rank(a) - rank(b) || b.degree - a.degree || a.label.localeCompare(b.label, "vi"));
    matches = new Set(found.map((n) => n.id));
    const list = $("results");
    list.replaceChildren();
    for (const n of found.slice(0, 50)) {
      const li = document.createElement("li"), dot = document.createElement("span");
      li.className = "match"; li.dataset.id = n.id; li.dataset.type = n.type;
      dot.className = "dot"; dot.style.background = colour(n.type);
      li.append(dot, n.label);
      li.onclick = () => select(n.id, true);
      list.append(li);
    }
    if (found.length > 50) list.append(el("li", `… ${found.length - 50} nữa / more`, { className: "hint" }));
    list.dataset.query = q; list.dataset.count = String(found.length);
    if (found.length === 1) select(found[0].id, true); else renderer.refresh({ skipIndexation: true });
  }
  $("search").addEventListener("input", (ev) => search(ev.target.value));
  $("search").addEventListener("keydown", (ev) => {
    const first = $("results").querySelector("li.match");
    if (ev.key === "Enter" && first) select(first.dataset.id, true);
  });

  // -- details panel -------------------------------------------------------------------------
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = text;
    Object.assign(e, attrs || {});
    return e;
  }
  function link(id) {
    return el("a", byId.get(id).label, { href: "#", onclick: (ev) => { ev.preventDefault(); select(id, true); } });
  }
  const LIMIT = 200;
  function select(id, centre) {
    selected = id;
    state.selected = id || "";
    const box = $("details");
    box.replaceChildren();
    refocus();
    if (!id) return;
    const n = byId.get(id);
    box.append(el("h2", n.label));
    const dl = el("dl");
    const rows = [["type", n.type_label + (n.kind ? ` · ${n.kind}` : "")], ["locality", n.locality],
                  ["province", n.province], ["first seen", n.date], ["links", n.degree],
                  ["community", n.community], ...n.facts];
    const seen = new Set();
    for (const [k, v] of rows) {
      if (v === "" || v == null || seen.has(k + "\u0000" + v) || v === n.label) continue;
      seen.add(k + "\u0000" + v); dl.append(el("dt", k), el("dd", String(v)));
    }
    box.append(dl, el("h3", `Quan hệ / Relations (${n.links.length})`));
    const rel = el("ul", null, { id: "relations" });
    for (const e of n.links.slice(0, LIMIT)) {
      const out = e.s === n, li = el("li", out ? `${e.label} → ` : `← ${e.label} `);
      li.append(link(out ? e.target : e.source));
      if (e.detail) li.append(` (${e.detail})`);
      if (e.date) li.append(` · ${e.date}`);
      rel.append(li);
    }
    if (n.links.length > LIMIT) rel.append(el("li", `… ${n.links.length - LIMIT} nữa / more`, { className: "hint" }));
    box.append(rel, el("h3", `Nguồn / Sources (${n.sources.length})`));
    const src = el("ul", null, { id: "sources" });
    for (const sid of n.sources.slice(0, LIMIT)) {
      const a = data.articles[sid] || {}, li = el("li");
      li.append(a.url ? el("a", a.headline || sid, { href: a.url, target: "_blank", rel: "noopener" }) : (a.headline || sid));
      if (a.published) li.append(` · ${a.published}`);
      src.append(li);
    }
    if (n.sources.length > LIMIT) src.append(el("li", `… ${n.sources.length - LIMIT} nữa / more`, { className: "hint" }));
    box.append(src, el("p", n.iri, { className: "hint" }));
    box.parentElement.scrollTop = box.offsetTop - box.parentElement.offsetTop;
    if (centre) {
      const d = renderer.getNodeDisplayData(id);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, big ? 0.15 : 0.6) }, { duration: 400 });
    }
  }

  filter();
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("search")) { $("search").value = hash.get("search"); search(hash.get("search")); }
  // where a node is drawn, in page coordinates
  function where(id) {
    const p = renderer.graphToViewport(graph.getNodeAttributes(id)), box = $("graph").getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
  }
  window.mtkgNetwork = { graph, renderer, search, select, filter, where };  // for the console, and tests
})();
