/* Junior Planner web view: shows a workshop bundle's proposals in 3D from file://.
   Reads only window.JP_DATA (web/data.js) and the bundle's pictures; fetches nothing.
   window.JP exposes the page's state for the tests and the benchmark. */
(function () {
  "use strict";
  window.JP_STARTED = true;
  var D = window.JP_DATA;
  var $ = function (id) { return document.getElementById(id); };
  var state = { lang: "en", proposal: null, ages: {}, kinds: {}, heat: false, selected: null, flat: false };
  var JP = window.JP = { ready: false, error: "", drawnBlocks: 0, firstDrawMs: null, frames: 0 };
  var three = null; // renderer, scene, camera, controls, root, site, blocks group, heat plane

  // --- words ------------------------------------------------------------------------------------
  function ui(key) {
    var table = (D && D.texts && D.texts.ui[state.lang]) || {};
    return table[key] || (D && D.texts && D.texts.ui.en && D.texts.ui.en[key]) || key;
  }
  function counted(key, n) { // Qt's plural rules: English singular for exactly 1, Chinese one form
    var forms = (D.texts.counted[state.lang] || D.texts.counted.en)[key];
    var form = forms.length > 1 && n !== 1 ? forms[1] : forms[0];
    return form.replace("%n", String(n));
  }
  function named(names) { return (names && (names[state.lang] || names.en)) || ""; }
  function blockName(type) {
    var n = D.block_names[type];
    return (n && (n[state.lang] || n.en)) || type;
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k]; else if (k === "on") e.addEventListener("click", attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  // --- problems ---------------------------------------------------------------------------------
  function fail(what) {
    var box = $("problem");
    var message = D && D.texts ? ui("broken").replace("{what}", ui(what)) : what;
    box.textContent = message;
    box.className = "problem broken";
    JP.error = what;
  }

  // --- filters ----------------------------------------------------------------------------------
  function bandsOf(p) { return p.participants.map(function (c) { return c.age_band; }); }
  function proposalShown(p) {
    var on = Object.keys(state.ages).filter(function (b) { return state.ages[b]; });
    if (!on.length) return true;
    return bandsOf(p).some(function (b) { return state.ages[b]; });
  }
  function blockShown(b) {
    var on = Object.keys(state.kinds).filter(function (k) { return state.kinds[k]; });
    return !on.length || !!state.kinds[b.category];
  }
  function shownProposals() {
    return D.proposals.filter(function (p) { return proposalShown(p) && (!state.proposal || state.proposal === p.id); });
  }

  // --- the words on the page --------------------------------------------------------------------
  function renderTexts() {
    document.documentElement.lang = state.lang === "zh_CN" ? "zh-CN" : "en";
    $("subtitle").textContent = ui("subtitle").replace("{site}", named(D.site.names) || D.site.id);
    $("ages-label").textContent = ui("ages");
    $("kinds-label").textContent = ui("kinds");
    $("heatmap-label").textContent = ui("heatmap");
    $("proposals-label").textContent = ui("proposals_label");
    $("hint").textContent = state.flat ? ui("no_webgl") : ui("tap_hint");
    $("reset").hidden = state.flat;
    $("reset").textContent = ui("reset_view");
    $("footer").textContent = ui("footer");
    var back = document.body.getAttribute("data-back");
    if (back) { $("back").hidden = false; $("back").href = back; }
    var langs = $("languages");
    langs.innerHTML = "";
    D.texts.languages.forEach(function (lang) {
      langs.appendChild(el("button", { type: "button", lang: lang === "zh_CN" ? "zh-CN" : "en",
        "aria-pressed": String(lang === state.lang), "data-lang": lang, text: D.texts.language_names[lang] || lang,
        on: function () { state.lang = lang; renderAll(); } }));
    });
    var ages = $("ages");
    ages.innerHTML = "";
    D.texts.age_bands.forEach(function (band) {
      if (!D.proposals.some(function (p) { return bandsOf(p).indexOf(band) >= 0; })) return;
      ages.appendChild(el("button", { type: "button", "aria-pressed": String(!!state.ages[band]), "data-band": band,
        text: ui("ages_band").replace("{band}", band),
        on: function () { state.ages[band] = !state.ages[band]; renderAll(); } }));
    });
    var kinds = $("kinds");
    kinds.innerHTML = "";
    var used = {};
    D.proposals.forEach(function (p) { p.blocks.forEach(function (b) { used[b.category] = true; }); });
    Object.keys(D.texts.categories).forEach(function (id) {
      if (!used[id]) return;
      var c = D.texts.categories[id];
      var swatch = el("span", { "class": "swatch", style: "background:" + c.color });
      var button = el("button", { type: "button", "aria-pressed": String(!!state.kinds[id]), "data-kind": id,
        on: function () { state.kinds[id] = !state.kinds[id]; renderAll(); } }, [swatch]);
      button.appendChild(document.createTextNode(named(c.names)));
      kinds.appendChild(button);
    });
  }

  function renderCounts() {
    var shown = shownProposals();
    var blocks = 0, notes = 0, children = {};
    shown.forEach(function (p) {
      blocks += p.blocks.filter(blockShown).length;
      notes += p.notes.length;
      p.participants.forEach(function (c) { children[c.code] = true; });
    });
    var list = $("counts");
    list.innerHTML = "";
    [["n_proposals", shown.length], ["n_blocks", blocks], ["n_notes", notes], ["n_children", Object.keys(children).length]]
      .forEach(function (pair) { list.appendChild(el("li", { "data-count": pair[0], text: counted(pair[0], pair[1]) })); });
  }

  function renderList() {
    var list = $("proposals");
    list.innerHTML = "";
    var all = el("button", { type: "button", "aria-pressed": String(!state.proposal), "data-proposal": "",
      on: function () { state.proposal = null; renderAll(); if (three && JP.ready) frameBlocks(); } },
      [el("span", { "class": "what" }, [el("strong", { text: ui("all_proposals") }),
        el("span", { text: counted("n_proposals", D.proposals.filter(proposalShown).length) })])]);
    list.appendChild(el("li", {}, [all]));
    var any = false;
    D.proposals.forEach(function (p) {
      if (!proposalShown(p)) return;
      any = true;
      var picture = p.pictures.top ? el("img", { src: p.pictures.top, alt: "" }) : null;
      if (picture) picture.addEventListener("error", function () { picture.style.visibility = "hidden"; });
      var bands = Array.from(new Set(bandsOf(p))).join(", ");
      var button = el("button", { type: "button", "aria-pressed": String(state.proposal === p.id), "data-proposal": p.id,
        on: function () { state.proposal = state.proposal === p.id ? null : p.id; renderAll(); if (three && JP.ready) frameBlocks(); } },
        [picture, el("span", { "class": "what" }, [el("strong", { text: p.title || ui("untitled") }),
          el("span", { text: counted("n_blocks", p.blocks.length) + " · " + counted("n_notes", p.notes.length) }),
          el("span", { text: bands ? ui("ages_band").replace("{band}", bands) : "" })])]);
      list.appendChild(el("li", {}, [button]));
    });
    if (!any) list.appendChild(el("li", { "class": "none", text: ui("none_shown") }));
  }

  function renderPictures() {
    var box = $("pictures");
    box.innerHTML = "";
    var p = D.proposals.filter(function (q) { return q.id === state.proposal; })[0];
    if (!p && state.flat) { // no 3D here: every shown proposal's picture from above instead
      D.proposals.filter(proposalShown).forEach(function (q) {
        if (!q.pictures.top) return;
        box.appendChild(el("figure", {}, [el("img", { src: q.pictures.top, alt: q.title || ui("untitled") }),
          el("figcaption", { text: q.title || ui("untitled") })]));
      });
      return;
    }
    if (!p) return;
    [["top", "top_view"], ["child", "child_view"]].forEach(function (view) {
      var src = p.pictures[view[0]];
      if (!src) return;
      var img = el("img", { src: src, alt: ui(view[1]) });
      var figure = el("figure", {}, [img, el("figcaption", { text: ui(view[1]) })]);
      img.addEventListener("error", function () {
        figure.replaceChild(el("div", { "class": "missing", text: ui("picture_missing") }), img);
      });
      box.appendChild(figure);
    });
    if (state.flat) flatNotes(box, p);
  }

  // --- notes ----------------------------------------------------------------------------------
  // the stickers, reasons and words of some notes of proposal p, into box
  function notesInto(box, p, notes) {
    if (!notes.length) { box.appendChild(el("p", { text: ui("no_notes") })); }
    var stickers = {}, reasons = {}, words = [];
    notes.forEach(function (n) {
      if (n.sticker) stickers[n.sticker] = true;
      n.reasons.forEach(function (r) { reasons[r] = true; });
      if (n.text) words.push(n);
    });
    function chips(label, ids, table, kind) {
      if (!ids.length) return;
      box.appendChild(el("h4", { text: ui(label) }));
      box.appendChild(el("ul", { "class": kind }, ids.map(function (id) {
        var entry = table[id] || { names: { en: id } };
        var picture = entry.picture ? el("img", { src: entry.picture, alt: "" }) : null;
        return el("li", { "data-id": id }, [picture, el("span", { text: named(entry.names) || id })]);
      })));
    }
    chips("stickers", Object.keys(stickers), D.texts.stickers, "stickers");
    chips("reasons", Object.keys(reasons), D.texts.reasons, "reasons");
    if (words.length) {
      box.appendChild(el("h4", { text: ui("words") }));
      words.forEach(function (n) {
        var child = p.participants.filter(function (c) { return c.code === n.author; })[0];
        box.appendChild(el("blockquote", { text: n.text }));
        if (child) box.appendChild(el("p", { "class": "who", text: ui("made_by") + ": " + child.code + ", " +
          ui("ages_band").replace("{band}", child.age_band) }));
      });
    }
  }

  // one block's notes, when it is tapped in 3D
  function showInfo(proposalId, uuid) {
    var p = D.proposals.filter(function (q) { return q.id === proposalId; })[0];
    var b = p && p.blocks.filter(function (x) { return x.uuid === uuid; })[0];
    var box = $("info");
    state.selected = b ? { proposal: proposalId, uuid: uuid } : null;
    if (!b) { box.hidden = true; return; }
    box.innerHTML = "";
    box.setAttribute("data-block", uuid);
    box.appendChild(el("button", { type: "button", "class": "close", "aria-label": ui("close"), text: "×",
      on: function () { box.hidden = true; state.selected = null; } }));
    box.appendChild(el("h3", { text: blockName(b.type) }));
    box.appendChild(el("p", { "class": "who", text: (p.title || ui("untitled")) }));
    notesInto(box, p, p.notes.filter(function (n) { return n.block === uuid; }));
    box.hidden = false;
  }

  // without 3D: every block of the chosen proposal that has notes, one card each
  function flatNotes(box, p) {
    var byBlock = {};
    p.notes.forEach(function (n) { (byBlock[n.block || ""] = byBlock[n.block || ""] || []).push(n); });
    Object.keys(byBlock).forEach(function (uuid) {
      var b = p.blocks.filter(function (x) { return x.uuid === uuid; })[0];
      var card = el("div", { "class": "info flat-card", "data-block": uuid });
      card.appendChild(el("h3", { text: b ? blockName(b.type) : ui("ground") }));
      notesInto(card, p, byBlock[uuid]);
      box.appendChild(card);
    });
  }

  // --- 3D ---------------------------------------------------------------------------------------
  function inflate(b64) {
    var bytes = Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).arrayBuffer();
  }

  function decodeMesh(buffer) { // see exchange/web_page.py encode_mesh
    var head = new DataView(buffer);
    if (head.getUint32(0, false) !== 0x4a504d31) throw new Error("not a packed mesh");
    var nv = head.getUint32(4, true), ni = head.getUint32(8, true), at = 12;
    var deltas = new Int32Array(buffer.slice(at, at + 12 * nv)); at += 12 * nv;
    var indexDeltas = new Int32Array(buffer.slice(at, at + 4 * ni)); at += 4 * ni;
    var colours = new Uint8Array(buffer.slice(at, at + 3 * nv));
    var positions = new Float32Array(3 * nv);
    for (var axis = 0; axis < 3; axis++) {
      var sum = 0, base = axis * nv;
      for (var i = 0; i < nv; i++) { sum += deltas[base + i]; positions[3 * i + axis] = sum / 100; }
    }
    var index = new Uint32Array(ni), s = 0;
    for (var j = 0; j < ni; j++) { s += indexDeltas[j]; index[j] = s; }
    var geometry = new THREE.BufferGeometry();
    geometry.setAttribute("position", new THREE.BufferAttribute(positions, 3));
    geometry.setAttribute("color", new THREE.BufferAttribute(colours, 3, true));
    geometry.setIndex(new THREE.BufferAttribute(index, 1));
    geometry.computeVertexNormals();
    geometry.computeBoundingBox();
    return geometry;
  }

  function webglWorks() {
    try {
      var c = document.createElement("canvas");
      return !!(window.WebGLRenderingContext && (c.getContext("webgl2") || c.getContext("webgl")));
    } catch (e) { return false; }
  }

  function setUp3D() {
    var view = $("view");
    var renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    view.appendChild(renderer.domElement);
    var scene = new THREE.Scene();
    scene.background = new THREE.Color(0xdfe9ef);
    scene.add(new THREE.HemisphereLight(0xffffff, 0x8a9a7a, 0.75));
    var sun = new THREE.DirectionalLight(0xffffff, 0.65);
    sun.position.set(-40, 80, 30);
    scene.add(sun);
    var camera = new THREE.PerspectiveCamera(45, 1, 0.2, 4000);
    var controls = new THREE.OrbitControls(camera, renderer.domElement);
    controls.maxPolarAngle = Math.PI * 0.49;
    controls.enableDamping = false;
    var root = new THREE.Group(); // site-local Z up, as in the bundle, turned Y up like the glTF files
    root.rotation.x = -Math.PI / 2;
    scene.add(root);
    var blocks = new THREE.Group();
    root.add(blocks);
    three = { renderer: renderer, scene: scene, camera: camera, controls: controls, root: root, blocks: blocks,
      geometries: {}, materials: {}, box: null, heat: null };
    controls.addEventListener("change", draw);
    window.addEventListener("resize", resize);
    pickOnTap(renderer.domElement);
    resize();
  }

  function resize() {
    if (!three) return;
    var view = $("view");
    var w = Math.max(view.clientWidth, 1), h = Math.max(view.clientHeight, 1);
    three.renderer.setSize(w, h, false);
    three.camera.aspect = w / h;
    three.camera.updateProjectionMatrix();
    draw();
  }

  function draw() {
    if (!three) return;
    three.renderer.render(three.scene, three.camera);
    JP.frames += 1;
  }

  // the camera looks at a box of site-local (Z up) coordinates from the south-east, above
  function frameBox(box) {
    if (!box || box.isEmpty()) return;
    var centre = new THREE.Vector3(), size = new THREE.Vector3();
    box.getCenter(centre); box.getSize(size);
    var radius = Math.max(size.x, size.y, 20) * 0.9;
    var target = new THREE.Vector3(centre.x, centre.z, -centre.y); // Z up -> Y up
    three.controls.target.copy(target);
    three.camera.position.set(target.x + radius * 0.35, target.y + radius * 1.05, target.z + radius * 0.95);
    three.camera.near = radius / 200; three.camera.far = radius * 40;
    three.camera.updateProjectionMatrix();
    three.controls.update();
    draw();
  }
  function frameSite() { frameBox(three.box); }
  function frameBlocks() { // the children's blocks and some ground around them; the whole site if none
    var box = new THREE.Box3();
    three.blocks.children.forEach(function (m) { box.expandByPoint(m.position); });
    if (box.isEmpty()) { frameSite(); return; }
    box.expandByScalar(14);
    frameBox(box);
  }

  function material(type) {
    if (!three.materials.block) three.materials.block = new THREE.MeshLambertMaterial({ vertexColors: true });
    return three.materials.block;
  }

  function placeBlocks() {
    var group = three.blocks;
    while (group.children.length) group.remove(group.children[0]);
    var count = 0;
    shownProposals().forEach(function (p) {
      p.blocks.forEach(function (b) {
        if (!blockShown(b)) return;
        var geometry = three.geometries[b.type];
        var mesh;
        if (geometry) mesh = new THREE.Mesh(geometry, material(b.type));
        else mesh = new THREE.Mesh(new THREE.BoxGeometry(1, 1, 1).translate(0, 0, 0.5),
          new THREE.MeshLambertMaterial({ color: (D.texts.categories[b.category] || {}).color || "#888888" }));
        mesh.position.set(b.position[0], b.position[1], b.position[2]);
        mesh.rotation.z = b.yaw * Math.PI / 180;
        mesh.scale.setScalar(b.scale || 1);
        mesh.userData = { proposal: p.id, uuid: b.uuid };
        group.add(mesh);
        count += 1;
      });
    });
    JP.drawnBlocks = count;
    placeHeatmap();
    draw();
  }

  function placeHeatmap() {
    if (three.heat) { three.root.remove(three.heat); three.heat.material.map.dispose(); three.heat = null; }
    JP.heatCells = 0;
    if (!state.heat || !three.box) return;
    var box = three.box, cell = 4;
    var nx = Math.max(1, Math.ceil((box.max.x - box.min.x) / cell)), ny = Math.max(1, Math.ceil((box.max.y - box.min.y) / cell));
    var grid = new Float32Array(nx * ny), peak = 0;
    D.proposals.filter(proposalShown).forEach(function (p) { // where children put things: proposals per cell
      var seen = {};
      p.blocks.forEach(function (b) {
        if (!blockShown(b)) return;
        var i = Math.floor((b.position[0] - box.min.x) / cell), j = Math.floor((b.position[1] - box.min.y) / cell);
        if (i < 0 || j < 0 || i >= nx || j >= ny || seen[i + "," + j]) return;
        seen[i + "," + j] = true;
        grid[j * nx + i] += 1; peak = Math.max(peak, grid[j * nx + i]);
      });
    });
    var canvas = document.createElement("canvas");
    canvas.width = nx; canvas.height = ny;
    var ctx = canvas.getContext("2d");
    for (var j = 0; j < ny; j++) for (var i = 0; i < nx; i++) {
      var v = grid[j * nx + i];
      if (!v) continue;
      JP.heatCells += 1;
      var t = v / peak;
      ctx.fillStyle = "rgba(" + Math.round(255) + "," + Math.round(200 - 170 * t) + "," + Math.round(40) + "," + (0.3 + 0.4 * t) + ")";
      ctx.fillRect(i, ny - 1 - j, 1, 1);
    }
    var texture = new THREE.CanvasTexture(canvas);
    texture.magFilter = THREE.NearestFilter;
    var plane = new THREE.Mesh(new THREE.PlaneGeometry(nx * cell, ny * cell),
      new THREE.MeshBasicMaterial({ map: texture, transparent: true, depthTest: false, depthWrite: false }));
    plane.position.set(box.min.x + nx * cell / 2, box.min.y + ny * cell / 2, box.max.z + 0.5);
    plane.renderOrder = 10;
    three.heat = plane;
    three.root.add(plane);
  }

  function pickOnTap(canvas) {
    var down = null;
    canvas.addEventListener("pointerdown", function (e) { down = { x: e.clientX, y: e.clientY }; });
    canvas.addEventListener("pointerup", function (e) {
      if (!down || Math.abs(e.clientX - down.x) + Math.abs(e.clientY - down.y) > 8) { down = null; return; }
      down = null;
      var hit = blockAt(e.clientX, e.clientY);
      if (hit) showInfo(hit.proposal, hit.uuid); else { $("info").hidden = true; state.selected = null; }
    });
  }

  function blockAt(clientX, clientY) {
    var rect = three.renderer.domElement.getBoundingClientRect();
    var ndc = new THREE.Vector2((clientX - rect.left) / rect.width * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
    var ray = new THREE.Raycaster();
    ray.setFromCamera(ndc, three.camera);
    var hits = ray.intersectObjects(three.blocks.children, false);
    return hits.length ? hits[0].object.userData : null;
  }

  // where a block is on the screen (for the tests, which tap it as a person would)
  JP.screenPosition = function (uuid) {
    var mesh = three && three.blocks.children.filter(function (m) { return m.userData.uuid === uuid; })[0];
    if (!mesh) return null;
    var box = new THREE.Box3().setFromObject(mesh), centre = new THREE.Vector3();
    box.getCenter(centre);
    centre.project(three.camera);
    var rect = three.renderer.domElement.getBoundingClientRect();
    return { x: rect.left + (centre.x + 1) / 2 * rect.width, y: rect.top + (1 - centre.y) / 2 * rect.height };
  };

  async function load3D() {
    if (!webglWorks()) { // the lists, filters, counts and pictures still work
      state.flat = true;
      $("view").hidden = true;
      document.body.classList.add("flat");
      JP.webgl = false;
      renderAll();
      JP.ready = true;
      return;
    }
    JP.webgl = true;
    setUp3D();
    try {
      var types = Object.keys(D.block_meshes);
      for (var i = 0; i < types.length; i++) {
        three.geometries[types[i]] = decodeMesh(await inflate(D.block_meshes[types[i]]));
      }
      placeBlocks(); // the blocks first, framed on their own extent until the site arrives
      if (D.site_mesh) {
        var site = decodeMesh(await inflate(D.site_mesh));
        three.site = new THREE.Mesh(site, new THREE.MeshLambertMaterial({ vertexColors: true }));
        three.root.add(three.site);
        three.box = site.boundingBox.clone();
      } else {
        three.box = new THREE.Box3().setFromObject(three.blocks);
      }
      placeBlocks();
      frameBlocks();
      JP.firstDrawMs = performance.now();
      JP.ready = true;
    } catch (e) {
      fail("mesh_broken");
      JP.detail = String(e && e.message || e);
    }
  }

  function renderAll() {
    renderTexts();
    renderCounts();
    renderList();
    renderPictures();
    if (state.selected) showInfo(state.selected.proposal, state.selected.uuid);
    if (three && JP.ready) placeBlocks();
  }

  // --- start ------------------------------------------------------------------------------------
  function start() {
    if (!D || !D.proposals || !D.texts) {
      var three_missing = window.JP_LOAD_ERRORS.indexOf("three") >= 0;
      var fallback = window.JP_FALLBACK || {};
      $("problem").textContent = three_missing ? (fallback.three || "web/three.min.js") : (fallback.data || "web/data.js");
      $("problem").className = "problem broken";
      JP.error = three_missing ? "three_missing" : "data_missing";
      return;
    }
    var asked = (location.search.match(/[?&]lang=([A-Za-z_]+)/) || [])[1];
    var preferred = asked || ((navigator.language || "").toLowerCase().indexOf("zh") === 0 ? "zh_CN" : "en");
    state.lang = D.texts.languages.indexOf(preferred) >= 0 ? preferred : D.texts.languages[0];
    $("main").hidden = false;
    $("problem").textContent = "";
    $("problem").className = "problem";
    renderAll();
    $("heatmap").addEventListener("change", function (e) { state.heat = e.target.checked; if (three && JP.ready) placeBlocks(); });
    $("reset").addEventListener("click", function () { if (three) frameSite(); });
    if (typeof THREE === "undefined" || !THREE.OrbitControls) { fail("three_missing"); return; }
    if (typeof DecompressionStream === "undefined") { fail("old_browser"); return; }
    load3D();
  }
  start();
})();
