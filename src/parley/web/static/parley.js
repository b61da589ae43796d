// Parley dashboard: the little behaviour pages need; everything works without it too.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Filter forms marked data-autosubmit submit when a select changes.
  for (const form of document.querySelectorAll("form[data-autosubmit]")) {
    for (const select of form.querySelectorAll("select")) {
      select.addEventListener("change", () => form.requestSubmit());
    }
  }
  // The as-of control refuses to submit a value that is not a date.
  const asOf = document.getElementById("as-of");
  const form = document.getElementById("as-of-form");
  if (asOf && form) {
    form.addEventListener("submit", (event) => {
      if (asOf.value === "") { asOf.disabled = true; return; }
      if (!asOf.checkValidity()) { event.preventDefault(); asOf.reportValidity(); }
    });
  }
  // Scroll a targeted interval or sentence into the middle of the screen.
  if (location.hash.length > 1) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView({ block: "center" }); }
  }
});
