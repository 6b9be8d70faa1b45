// helpsite serve: reloads the page after each successful rebuild, and shows the problems of a
// failed one on top of the last good page. Only served by `helpsite serve`, never published.
(function () {
  "use strict";
  var overlay = null;

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function show(status) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "helpsite-problems";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-label", "Build problems");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:1.5rem;" +
      "background:rgba(20,20,24,.94);color:#f2f2f2;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
    var title = document.createElement("h2");
    title.textContent = "The last edit does not build: the page below is the last good version.";
    title.style.cssText = "font:600 16px/1.4 system-ui,sans-serif;margin:0 0 1rem;color:#ffb4ab";
    overlay.appendChild(title);
    status.problems.forEach(function (problem) {
      var block = document.createElement("pre");
      block.className = "helpsite-problem";
      block.textContent = problem.rendered;
      block.style.cssText = "white-space:pre-wrap;margin:0 0 1rem;padding:.75rem;border-left:4px solid #ffb4ab;background:#000";
      overlay.appendChild(block);
    });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "position:absolute;top:1rem;right:1rem;font:inherit;padding:.25rem .75rem";
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  function check() {
    fetch("/_helpsite/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) { if (status.ok) { hide(); } else { show(status); } })
      .catch(function () {});
  }

  var events = new EventSource("/_helpsite/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", check);
  check();
})();
