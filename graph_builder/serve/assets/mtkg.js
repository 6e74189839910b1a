// The page around YASGUI: points it at this server, keeps it offline, lists the saved queries.
// A saved query runs through /api/<name>.rq, which binds its parameters on the server (the
// same safe BIND of each value as /api/<name>), then through the editor, so what ran is on screen.
// `#saved=<name>&<param>=<value>&run=1` in the address opens (and runs) a saved query.
"use strict";
(function () {
  const endpoint = new URL("sparql", location.href).href;
  // Read before YASGUI starts: it consumes the address's fragment as its own share link.
  const wanted = new URLSearchParams(location.hash.slice(1));
  if (wanted.has("saved")) history.replaceState(null, "", location.pathname + location.search);

  // The "class" and "property" completers ask lov.linkeddata.es for terms as you type; the
  // page makes no request to other hosts, so only the local ones stay. Typing `schema:` adds
  // its PREFIX line: from this server's own list (schema is https://schema.org/ here), not
  // from the bundled prefix.cc copy.
  Yasqe.defaults.autocompleters.splice(0, Infinity, "variables", "prefixes");
  Yasqe.defaults.prefixCcApi = new URL("prefixes.json", location.href).href;

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    persistenceId: "mtkg",
    yasqe: {
      value: "SELECT ?type (COUNT(?s) AS ?n) WHERE {\n  ?s a ?type\n}\nGROUP BY ?type\nORDER BY DESC(?n)",
    },
  });
  window.mtkgYasgui = yasgui;

  const list = document.getElementById("saved-list");
  const form = document.getElementById("params");
  const fields = document.getElementById("param-fields");
  const error = document.getElementById("params-error");
  const queries = {};
  let current = null;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function tab() {
    return yasgui.getTab() || yasgui.addTab(true);
  }

  function select(name) {
    const q = queries[name];
    if (!q) return;
    current = q;
    for (const li of list.children) li.classList.toggle("selected", li.dataset.name === name);
    tab().setQuery(q.query);
    document.getElementById("params-title").textContent = q.name;
    fields.replaceChildren();
    for (const p of q.required.concat(q.optional)) {
      const id = "param-" + p;
      const label = el("label", { for: id }, p + " ");
      label.appendChild(el("small", {}, q.required.includes(p) ? "required" : "optional"));
      const input = el("input", { id: id, name: p, autocomplete: "off",
                                  placeholder: "a name, or an <IRI>" });
      if (q.required.includes(p)) input.required = true;
      fields.append(label, input);
    }
    if (!q.required.length && !q.optional.length) fields.appendChild(el("p", {}, "No parameters."));
    error.textContent = "";
    form.hidden = false;
  }

  async function runSaved() {
    if (!current) return;
    const params = new URLSearchParams();
    for (const input of fields.querySelectorAll("input")) {
      if (input.value !== "") params.set(input.name, input.value);
    }
    const response = await fetch("api/" + encodeURIComponent(current.name) + ".rq?" + params);
    const text = await response.text();
    if (!response.ok) {
      error.textContent = text;
      return;
    }
    error.textContent = "";
    const t = tab();
    t.setQuery(text);
    await t.query();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    runSaved().catch((e) => { error.textContent = String(e); });
  });

  fetch("api").then((r) => r.json()).then((saved) => {
    for (const q of saved) {
      queries[q.name] = q;
      const li = el("li", { "data-name": q.name });
      const button = el("button", { type: "button", class: "saved-query" }, q.name);
      button.addEventListener("click", () => select(q.name));
      li.append(button, el("p", { class: "summary" }, q.summary),
                el("p", { class: "description" }, q.description));
      const params = q.required.concat(q.optional.map((p) => "[" + p + "]"));
      if (params.length) li.appendChild(el("div", { class: "param-list" }, "parameters: " + params.join(", ")));
      list.appendChild(li);
    }
    document.body.dataset.saved = String(saved.length);
    if (wanted.has("saved")) {
      select(wanted.get("saved"));
      for (const [k, v] of wanted) {
        const input = document.getElementById("param-" + k);
        if (input) input.value = v;
      }
      if (wanted.get("run") === "1") runSaved();
    }
  });
})();
