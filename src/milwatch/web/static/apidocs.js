// API reference rendered from the OpenAPI schema (no external assets).
"use strict";

(() => {
  const {el, showError} = MW;

  function schemaName(schema) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.type === "array") return "list of " + schemaName(schema.items);
    if (schema.anyOf) return schema.anyOf.map(schemaName).join(" | ");
    return schema.type || "object";
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const box = document.getElementById("endpoints");
    try {
      const spec = await (await fetch("/api/openapi.json")).json();
      for (const [path, methods] of Object.entries(spec.paths)) {
        for (const [method, op] of Object.entries(methods)) {
          const params = (op.parameters || []).map((p) => el("tr", {},
            el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, schemaName(p.schema)),
            el("td", {}, p.required ? "required" : ""), el("td", {}, p.description || "")));
          const ok = op.responses && op.responses["200"];
          const returns = ok && ok.content && ok.content["application/json"]
            ? schemaName(ok.content["application/json"].schema) : "";
          box.append(el("section", {class: "endpoint"},
            el("h2", {}, el("span", {class: "badge method-" + method}, method.toUpperCase()), " ", el("code", {}, path)),
            el("p", {}, op.description || op.summary || ""),
            params.length ? el("table", {class: "grid"}, el("thead", {}, el("tr", {},
              ["parameter", "in", "type", "", "meaning"].map((h) => el("th", {}, h)))), el("tbody", {}, params)) : null,
            returns ? el("p", {class: "muted"}, "returns " + returns) : null));
        }
      }
    } catch (err) {
      showError(box, err);
    }
  });
})();
