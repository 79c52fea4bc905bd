// Searches the build-time index of /<lang>/search-index.json in the browser. No dependencies.
// Terms are split the way the index was built: lowercased words and numbers, and for Han text
// every character and every pair of neighbouring characters, so 营商 finds 营商环境.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var index = null;

  function isHan(ch) {
    var c = ch.codePointAt(0);
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
  }

  // Query terms: words, and Han runs as pairs (a single Han character stands alone).
  function queryTerms(text) {
    var terms = [], word = "", run = [];
    function flushWord() { word = word.replace(/\.+$/, ""); if (word) terms.push(word); word = ""; }
    function flushRun() {
      if (run.length === 1) terms.push(run[0]);
      for (var i = 1; i < run.length; i++) terms.push(run[i - 1] + run[i]);
      run = [];
    }
    Array.from(text.toLowerCase()).forEach(function (ch) {
      if (isHan(ch)) { flushWord(); run.push(ch); }
      else if (/[\p{L}\p{N}]/u.test(ch) || (ch === "." && word)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    });
    flushWord(); flushRun();
    return terms;
  }

  function search(text) {
    var terms = queryTerms(text);
    if (!terms.length) return [];
    var hits = null;
    terms.forEach(function (term) {
      var docs = index.terms[term] || [];
      hits = hits === null ? docs.slice() : hits.filter(function (d) { return docs.indexOf(d) >= 0; });
    });
    var query = text.trim().toLowerCase();
    return (hits || []).map(function (d) { return index.docs[d]; }).sort(function (a, b) {
      return (b.t.toLowerCase().indexOf(query) >= 0) - (a.t.toLowerCase().indexOf(query) >= 0);
    });
  }

  function show(results) {
    list.textContent = "";
    results.slice(0, 50).forEach(function (doc) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = doc.u;
      link.textContent = doc.t;
      item.appendChild(link);
      if (doc.s) {
        var summary = document.createElement("p");
        summary.textContent = doc.s;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    status.textContent = results.length
      ? form.dataset.results.replace("{count}", results.length)
      : form.dataset.noResults;
  }

  function run() {
    if (!input.value.trim()) { list.textContent = ""; status.textContent = ""; return; }
    if (index) { show(search(input.value)); return; }
    fetch(form.dataset.index).then(function (r) { return r.json(); }).then(function (data) {
      index = data;
      show(search(input.value));
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", run);
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
