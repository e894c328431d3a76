// reportedly: the only script. Clicking a quote opens its chain in the side list and flashes it.
// It reads ids the server made safe and never writes HTML.
document.addEventListener("click", function (ev) {
  var q = ev.target.closest && ev.target.closest(".quote[id^='q-']");
  if (!q) return;
  var item = document.getElementById("att-" + q.id.slice(2));
  if (!item) return;
  var d = item.querySelector("details");
  if (d) d.open = true;
  item.classList.add("flash");
  setTimeout(function () { item.classList.remove("flash"); }, 1500);
});
