/* ctl site: the search page. Finds organisations by the rules of `ctl search` (ctl_cli/text.py and
   cache/index.py): the query folded as text.fold folds (window.CTL_INDEX.fold holds every character
   the product folds otherwise than lower-casing; it is generated from the product's own fold at build
   time), legal forms and minor words left out, each word found at the start of a word of a name, an
   alias or a former name; filters by type, cluster, province and basis; the pending cluster left out
   unless named or "all" is ticked. No request is made: the index is a script beside this one. */
(function () {
  "use strict";
  var INDEX = window.CTL_INDEX;
  var LABELS = JSON.parse(document.getElementById("ctl-labels").textContent);
  var LEGAL = new RegExp(INDEX.legal, "g");
  var MINOR = new Set(INDEX.minor);
  var LETTER = /[\p{L}\p{N}]/u;
  var MARK = /\p{M}/u;

  function accent(code) {
    return INDEX.accents.some(function (r) { return code >= r[0] && code <= r[1]; });
  }

  function fold(s) {
    var out = "";
    for (var ch of s.normalize("NFKC")) {
      var code = ch.codePointAt(0);
      if (code < 128) {
        out += /[0-9A-Za-z]/.test(ch) ? ch.toLowerCase() : " ";
      } else if (Object.prototype.hasOwnProperty.call(INDEX.fold, ch)) {
        out += INDEX.fold[ch];
      } else if (accent(code)) {
        continue;
      } else if (LETTER.test(ch)) {
        out += ch.toLowerCase();
      } else {
        out += MARK.test(ch) ? ch : " ";
      }
    }
    return out.split(" ").filter(Boolean).join(" ");
  }

  function searchWords(text) {
    var words = fold(text).replace(LEGAL, " ").split(" ").filter(function (w) { return w && !MINOR.has(w); });
    return Array.from(new Set(words));
  }

  /* The organisations found, as `ctl search --format json` lists them: {error} when the text has no
     letter or digit, or only legal forms. q: {text, type, cluster, province, basis, all}. */
  function search(q) {
    var words = [];
    if (q.text && q.text.trim()) {
      if (!fold(q.text)) return { error: LABELS.no_word };
      words = searchWords(q.text);
      if (!words.length) return { error: LABELS.legal_only };
    }
    var hidden = new Set();
    if (!q.all) {
      Object.keys(INDEX.status).forEach(function (id) {
        if (INDEX.status[id] !== "recognised" && id !== q.cluster) hidden.add(id);
      });
    }
    var found = INDEX.orgs.filter(function (o) {
      var shown = o[5].filter(function (m) { return !hidden.has(m[0]); });
      if (!shown.length) return false;
      if (q.type && o[2] !== q.type) return false;
      if (q.province && o[3] !== q.province) return false;
      if ((q.cluster || q.basis) && !shown.some(function (m) {
        return (!q.cluster || m[0] === q.cluster) && (!q.basis || m[1] === q.basis);
      })) return false;
      return words.every(function (w) { return o[4].indexOf(" " + w) >= 0; });
    });
    return {
      orgs: found.map(function (o) {
        return { id: o[0], name: o[1], type: o[2], province: o[3],
                 clusters: o[5].filter(function (m) { return !hidden.has(m[0]); }) };
      })
    };
  }
  window.ctlSearch = search;
  window.ctlFold = fold;

  var form = document.getElementById("search");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  var fields = ["q", "type", "cluster", "province", "basis"];

  function query() {
    return {
      text: form.q.value, type: form.type.value, cluster: form.cluster.value,
      province: form.province.value, basis: form.basis.value, all: form.all.checked
    };
  }

  function show() {
    var found = search(query());
    list.textContent = "";
    if (found.error) { status.textContent = found.error; return; }
    var n = found.orgs.length;
    status.textContent = n ? (n === 1 ? LABELS.one : LABELS.other).replace("{n}", n) : LABELS.none;
    found.orgs.forEach(function (o) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = LABELS.org.replace("{id}", o.id);
      a.textContent = o.name;
      li.appendChild(a);
      var info = [LABELS.types[o.type] || o.type];
      if (o.province) info.push(o.province);
      var clusters = o.clusters.map(function (m) {
        var name = LABELS.clusters[m[0]] || m[0];
        return INDEX.status[m[0]] === "recognised" ? name : name + " (" + LABELS.pending + ")";
      });
      var p = document.createElement("span");
      p.className = "meta";
      p.textContent = " — " + info.join(", ") + " · " + clusters.join("; ");
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (f) { if (params.has(f)) form[f].value = params.get(f); });
  form.all.checked = params.get("all") === "1";
  form.addEventListener("input", show);
  form.addEventListener("change", show);
  form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
  show();
})();
