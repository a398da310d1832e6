// Keyboard navigation: "/" focuses search, j/k move through the current list, Enter opens, g goes home.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-nav] > li"));
  var sel = -1;
  function select(i) {
    if (!items.length) return;
    if (sel >= 0) items[sel].classList.remove("sel");
    sel = Math.max(0, Math.min(items.length - 1, i));
    items[sel].classList.add("sel");
    var link = items[sel].querySelector("a");
    if (link) link.focus({ preventScroll: true });
    items[sel].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/") { e.preventDefault(); var q = document.getElementById("q"); if (q) q.focus(); }
    else if (e.key === "j") select(sel + 1);
    else if (e.key === "k") select(sel - 1);
    else if (e.key === "g") location.href = "/";
  });
  // A cited span arrives as #c-START-END: scroll it into view.
  var mark = document.querySelector("mark[data-cited]");
  if (mark) mark.scrollIntoView({ block: "center" });
})();
