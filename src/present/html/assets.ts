// The one stylesheet and the one script every HTML report carries inline (their sha256 hashes go
// into the report's Content-Security-Policy). The report reads completely without the script:
// the view and formatting toggles are CSS (:has, :checked, :target); the script only adds a
// severity and text filter and keyboard navigation. Neither ever loads anything.

export const CSS = String.raw`
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --link: #0550ae;
  --ins-bg: #d2f6da; --ins-soft: #effbf2; --ins-line: #1a7f37; --del-bg: #ffe0dd; --del-soft: #fff3f2; --del-line: #cf222e;
  --high: #cf222e; --medium: #9a6700; --low: #0969da; --none: #59636e; --focus: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9aa4af; --line: #3d444d; --panel: #161b22; --link: #58a6ff;
    --ins-bg: #1d4428; --ins-soft: #122419; --ins-line: #56d364; --del-bg: #5d1f24; --del-soft: #2a1317; --del-line: #ff7b72;
    --high: #ff7b72; --medium: #e3b341; --low: #79c0ff; --none: #9aa4af; --focus: #58a6ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
}
.wrap { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--link); text-underline-offset: 2px; }
a.mono { text-underline-offset: 4px; }
a:focus-visible, input:focus-visible + label, button:focus-visible, .chg:focus-visible, summary:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
h1, h2, h3, h4 { line-height: 1.25; margin: 0; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.3rem; }
h3 { font-size: 1.05rem; }
code, .mono { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
.muted { color: var(--muted); }

/* header and inputs */
.top { border-bottom: 1px solid var(--line); padding: 1.25rem 0 1rem; }
.brand { margin: 0 0 .35rem; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
.inputs { display: grid; grid-template-columns: auto 1fr; gap: .2rem .75rem; margin: .85rem 0 0; font-size: .92rem; }
.inputs dt { color: var(--muted); font-weight: 600; }
.inputs dd { margin: 0; overflow-wrap: anywhere; }
.inputs .fmtname { color: var(--muted); }

/* controls: CSS toggles that work without the script */
.controls { background: var(--bg); border-bottom: 1px solid var(--line); padding: .55rem 0; font-size: .92rem; }
.controls .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.25rem; }
.controls fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; }
.controls legend { float: left; margin-right: .35rem; color: var(--muted); font-weight: 600; }
.toggle { display: inline-flex; align-items: center; gap: .35rem; cursor: pointer; }
.toggle input { width: 1.05rem; height: 1.05rem; margin: 0; accent-color: var(--link); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; }
.filters button {
  font: inherit; font-size: .85rem; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 999px; padding: .15rem .65rem; cursor: pointer;
}
.filters button[aria-pressed="false"] { color: var(--muted); text-decoration: line-through; }
.filters input[type="search"] {
  font: inherit; font-size: .9rem; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: .2rem .5rem; width: 14rem; max-width: 100%;
}
.shown, .keys { color: var(--muted); font-size: .85rem; }
.controls:not(:has(.wrap > *)) { display: none; }
.day { margin: 2.5rem 0 0; padding-top: 1rem; border-top: 2px solid var(--line); }
.day + .sec { border-top: 0; margin-top: 0; }
.sec h4 { margin: 1rem 0 .25rem; font-size: 1rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.35rem; }
  .keys { display: none; }
  .controls .wrap { gap: .35rem .9rem; }
  .filters input[type="search"] { width: 11rem; }
}
@media (min-width: 48rem) {
  .controls { position: sticky; top: 0; z-index: 2; }
  [id] { scroll-margin-top: 6.5rem; }
}

/* summary */
main { padding-bottom: 3rem; }
.summary { padding: 1.25rem 0 .5rem; }
.verdict { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .75rem; margin: .6rem 0; font-size: 1.05rem; }
.counts { display: flex; flex-wrap: wrap; gap: .3rem .9rem; margin: 0; padding: 0; list-style: none; }
.counts b { font-variant-numeric: tabular-nums; }
.summary h3 { margin: 1.25rem 0 .5rem; }
.keylist { margin: 0; padding: 0; list-style: none; counter-reset: key; }
.keylist > li { counter-increment: key; display: grid; grid-template-columns: 2rem 1fr; gap: 0 .25rem; padding: .55rem 0; border-top: 1px solid var(--line); }
.keylist > li::before { content: counter(key) "."; color: var(--muted); font-variant-numeric: tabular-nums; padding-top: .1rem; }
.keylist a.sum { font-weight: 600; text-decoration: none; }
.keylist a.sum:hover, .keylist a.sum:focus-visible { text-decoration: underline; }
.keylist .where { color: var(--muted); font-size: .9rem; }
.keylist .diff { margin: .3rem 0 0; }
.notes { margin: .5rem 0; padding-left: 1.25rem; }
.toc { margin: 0; padding: 0; list-style: none; columns: 2 22rem; column-gap: 2rem; }
.toc li { break-inside: avoid; padding: .15rem 0; display: flex; gap: .5rem; align-items: baseline; }

/* badges: words, not colour alone */
.sev, .status, .tag {
  display: inline-block; font-size: .72rem; font-weight: 700; line-height: 1.3; letter-spacing: .05em; text-transform: uppercase;
  border: 1px solid currentColor; border-radius: 999px; padding: .05rem .5rem; white-space: nowrap; background: var(--bg);
}
.sev.sev-high { color: var(--high); } .sev.sev-medium { color: var(--medium); } .sev.sev-low { color: var(--low); } .sev.sev-none { color: var(--none); }
.sev.sev-high { background: var(--high); color: var(--bg); border-color: var(--high); }
.status, .tag { color: var(--muted); font-weight: 600; }

/* sections and changes */
.sec { padding: 1.5rem 0 .5rem; border-top: 1px solid var(--line); margin-top: 1rem; }
.sec > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .6rem; }
.sec > header h2 { flex: 1 1 20rem; }
.path { margin: .3rem 0 0; color: var(--muted); font-size: .88rem; overflow-wrap: anywhere; }
.changes { list-style: none; margin: .75rem 0 0; padding: 0; }
.chg { margin: 0 0 .8rem; padding: .6rem .85rem .7rem; border: 1px solid var(--line); border-left: 5px solid var(--none); border-radius: 6px; }
.chg.sev-high { border-left-color: var(--high); } .chg.sev-medium { border-left-color: var(--medium); } .chg.sev-low { border-left-color: var(--low); }
.chg:target { box-shadow: 0 0 0 3px var(--focus); }
.chg-h { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .5rem; color: var(--fg); }
.chg-h .sum { flex: 1 1 16rem; font-weight: 600; overflow-wrap: anywhere; }
.self { color: var(--muted); text-decoration: none; font-weight: 600; padding: 0 .2rem; }
.self:hover, .self:focus-visible { color: var(--link); text-decoration: underline; }
.diff { margin: .45rem 0 0; white-space: pre-line; overflow-wrap: anywhere; }
.diff.code, .code .diff, pre.diff { white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88rem; }
ins, del { text-decoration-thickness: 2px; border-radius: 3px; padding: 0 .08em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
ins { background: var(--ins-bg); text-decoration-line: underline; text-decoration-color: var(--ins-line); text-underline-offset: 3px; }
del { background: var(--del-bg); text-decoration-line: line-through; text-decoration-color: var(--del-line); }
.adj { margin-left: .2em; }
ins::before, ins::after, del::before, del::after { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
ins::before { content: " [inserted: "; } del::before { content: " [deleted: "; }
ins::after, del::after { content: "] "; }
.sbs { display: grid; grid-template-columns: 1fr; gap: .5rem; margin-top: .45rem; }
.sbs > div { border: 1px solid var(--line); border-radius: 6px; padding: .35rem .6rem; min-width: 0; }
.sbs .diff { margin: .15rem 0 0; }
.side { font-size: .72rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
@media (min-width: 48rem) { .sbs { grid-template-columns: 1fr 1fr; } }
.block { margin: .45rem 0 0; padding: 0; list-style: none; }
.block > li { position: relative; padding: .2rem .5rem .2rem 1.6rem; white-space: pre-line; overflow-wrap: anywhere; border-radius: 4px; margin-bottom: 2px; }
.block > li::before { position: absolute; left: .5rem; font-weight: 700; }
.block.add > li { background: var(--ins-soft); box-shadow: inset 3px 0 0 var(--ins-line); }
.block.add > li::before { content: "+"; color: var(--ins-line); }
.block.del > li { background: var(--del-soft); box-shadow: inset 3px 0 0 var(--del-line); }
.block.del > li::before { content: "\2212"; color: var(--del-line); }
.block.mv > li { background: var(--panel); box-shadow: inset 3px 0 0 var(--line); }
.block.mv > li::before { content: "\2195"; }
.block.code > li { white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88rem; }
.more { color: var(--muted); font-size: .88rem; margin: .3rem 0 0; }
.shared-ref { margin: .35rem 0 0; font-size: .92rem; }
.empty-note { color: var(--muted); }

/* the view: inline by default, side by side on request */
.sbs { display: none; }
body:has(#view-sbs:checked) .inline { display: none; }
body:has(#view-sbs:checked) .sbs { display: grid; }
/* formatting-only changes stay hidden unless asked for, or linked to */
body:not(:has(#show-fmt:checked)) .fmt:not(:target):not(:has(:target)) { display: none; }
/* the script's filters */
.hide-high .chg.sev-high:not(:target), .hide-medium .chg.sev-medium:not(:target), .hide-low .chg.sev-low:not(:target), .chg.nomatch:not(:target), .filtered-out { display: none; }

/* folders */
.pages { width: 100%; border-collapse: collapse; font-size: .92rem; }
.pages th, .pages td { text-align: left; padding: .35rem .5rem; border-top: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
.pages th { color: var(--muted); font-weight: 600; }
.group-pages { margin: .4rem 0 0; font-size: .9rem; overflow-wrap: anywhere; }
.page { border-top: 2px solid var(--line); margin-top: 2rem; padding-top: 1rem; }
.page > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem .6rem; }
.page > header h2 { flex: 1 1 20rem; font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 1.1rem; }
.page .sec { padding-top: 1rem; }
.page .sec h3 { flex: 1 1 20rem; }
@media (max-width: 40rem) { .pages thead { display: none; } .pages tr { display: block; border-top: 1px solid var(--line); padding: .35rem 0; } .pages td { display: inline; border: 0; padding: 0 .5rem 0 0; } .pages td:first-child { display: block; } }

footer { border-top: 1px solid var(--line); padding: 1rem 0 2rem; color: var(--muted); font-size: .85rem; }

@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --panel: #f4f4f4; --link: #000; --ins-bg: #d2f6da; --ins-soft: #effbf2; --del-bg: #ffe0dd; --del-soft: #fff3f2; --high: #b0151e; --medium: #7a5200; --low: #0550ae; --none: #444; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11pt; }
  .controls, .self, .filters, .keys { display: none !important; }
  .chg, .keylist > li, .toc li, .pages tr { break-inside: avoid; }
  .sec > header, .page > header { break-after: avoid; }
  a { text-decoration: none; }
}
`;

export const SCRIPT = String.raw`
(function () {
  "use strict";
  var d = document, root = d.documentElement;
  var bar = d.querySelector(".controls .wrap");
  var all = Array.prototype.slice.call(d.querySelectorAll(".chg"));
  if (!bar || !all.length) return;
  function shown(el) { return el.getClientRects().length > 0; }
  function el(tag, attrs, text) {
    var e = d.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text) e.textContent = text;
    return e;
  }
  var box = el("div", { "class": "filters", role: "group", "aria-label": "Filter changes" });
  var status = el("span", { "class": "shown", "aria-live": "polite" });
  ["high", "medium", "low"].forEach(function (sev) {
    if (!d.querySelector(".chg.sev-" + sev)) return;
    var b = el("button", { type: "button", "aria-pressed": "true" }, sev);
    b.addEventListener("click", function () {
      var on = b.getAttribute("aria-pressed") !== "true";
      b.setAttribute("aria-pressed", on ? "true" : "false");
      root.classList.toggle("hide-" + sev, !on);
      refresh();
    });
    box.appendChild(b);
  });
  var search = el("input", { type: "search", placeholder: "Filter text  ( / )", "aria-label": "Show only changes containing this text" });
  search.addEventListener("input", refresh);
  search.addEventListener("keydown", function (e) { if (e.key === "Escape") { search.value = ""; refresh(); search.blur(); } });
  box.appendChild(search);
  box.appendChild(status);
  bar.appendChild(box);
  bar.appendChild(el("span", { "class": "keys" }, "Keys: j / k next and previous change"));
  d.addEventListener("change", refresh);

  function refresh() {
    var q = search.value.trim().toLowerCase();
    all.forEach(function (c) { c.classList.toggle("nomatch", !!q && c.textContent.toLowerCase().indexOf(q) < 0); });
    var groups = d.querySelectorAll(".sec, .page");
    Array.prototype.forEach.call(groups, function (s) { s.classList.remove("filtered-out"); });
    var n = all.filter(shown).length;
    Array.prototype.forEach.call(groups, function (s) {
      var cs = s.querySelectorAll(".chg");
      if (cs.length && !Array.prototype.some.call(cs, shown)) s.classList.add("filtered-out");
    });
    status.textContent = n + " of " + all.length + " changes shown";
  }
  refresh();

  function move(step) {
    var list = all.filter(shown);
    if (!list.length) return;
    var cur = list.indexOf(d.activeElement && d.activeElement.closest ? d.activeElement.closest(".chg") : null);
    if (cur < 0) {
      var top = 0;
      while (top < list.length && list[top].getBoundingClientRect().top < 80) top++;
      cur = step > 0 ? top - 1 : top;
    }
    var next = list[Math.max(0, Math.min(list.length - 1, cur + step))];
    next.setAttribute("tabindex", "-1");
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "start" });
    if (next.id && history.replaceState) history.replaceState(null, "", "#" + next.id);
  }
  d.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target && e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") return;
    if (e.key === "j" || e.key === "n") { move(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { move(-1); e.preventDefault(); }
    else if (e.key === "/") { search.focus(); e.preventDefault(); }
  });
})();
`;
