#!/usr/bin/env node
'use strict';
// The parser's corpus (ADR 0021): composed JSON Resumes rendered through other people's renderers.
//   node generate.js [--out DIR] [--seed N] [--per-layout N] [--layouts id,id] [--jobs N]
const fs = require('fs');
const path = require('path');
const { Rng, hash } = require('./lib/rng');
const { compose } = require('./lib/compose');
const { truthOf } = require('./lib/truth');

function args(argv) {
  const a = { out: 'target/corpus', seed: 18, perLayout: 80, layouts: null, jobs: 2 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]; const v = argv[i + 1];
    if (k === '--out') { a.out = v; i++; } else if (k === '--seed') { a.seed = +v; i++; } else if (k === '--per-layout') { a.perLayout = +v; i++; } else if (k === '--layouts') { a.layouts = v.split(','); i++; } else if (k === '--jobs') { a.jobs = +v; i++; } else { throw new Error(`unknown argument ${k}`); }
  }
  if (!Number.isInteger(a.seed) || !Number.isInteger(a.perLayout) || a.perLayout < 1) throw new Error('--seed and --per-layout take whole numbers');
  return a;
}

function allLayouts() {
  const mods = ['txt', 'docx', 'latex', 'themes'];
  const out = [];
  for (const m of mods) {
    const file = path.join(__dirname, 'layouts', m + '.js');
    if (fs.existsSync(file)) out.push(...require(file).layouts());
  }
  return out;
}

// Runs fn over items with at most n at once, in order of submission.
async function pool(items, n, fn) {
  let next = 0;
  const workers = Array.from({ length: n }, async () => {
    while (next < items.length) { const i = next++; await fn(items[i], i); }
  });
  await Promise.all(workers);
}

async function main() {
  const a = args(process.argv.slice(2));
  const t0 = Date.now();
  let layouts = allLayouts();
  if (a.layouts) layouts = layouts.filter((l) => a.layouts.includes(l.id));
  if (!layouts.length) throw new Error('no layout selected');
  fs.mkdirSync(a.out, { recursive: true });
  fs.rmSync(path.join(a.out, 'READY'), { force: true });
  const timings = {};
  for (const layout of layouts) {
    const lt = Date.now();
    const dir = path.join(a.out, layout.id);
    for (const sub of ['truth', 'docs', 'meta']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
    if (layout.start) await layout.start();
    const jobs = Array.from({ length: a.perLayout }, (_, i) => i);
    let failed = 0;
    await pool(jobs, layout.jobs || a.jobs, async (i) => {
      const id = 'd' + String(i + 1).padStart(4, '0');
      const seed = hash(`${a.seed}/${layout.id}/${i}`);
      const rng = new Rng(seed);
      const { resume, plan } = compose(rng, { group: layout.group, useSample: i === 0 });
      if (layout.adjust) layout.adjust(resume, plan, rng);
      const job = { id, resume, plan, rng, out: path.join(dir, 'docs', id), workDir: path.join(a.out, '.work', layout.id, id), root: a.out };
      let shown;
      try {
        shown = (await layout.render(job)) || {};
      } catch (e) {
        failed++;
        console.error(`${layout.id}/${id}: ${e.message.split('\n')[0]}`);
        return;
      }
      const shows = { ...layout.shows(resume, plan), ...(shown.shows || {}) };
      const truth = truthOf(resume, plan, shows);
      const meta = {
        headings: shown.headings || onlyShown(layout.headingsOf ? layout.headingsOf(plan) : plan.headings, plan.sectionOrder),
        sectionOrder: shown.sectionOrder || plan.sectionOrder,
        dateStyle: shown.dateStyle || describeDateStyle(plan.dateStyle),
        skillsStyle: plan.skillsStyle,
        field: plan.field,
        sample: plan.sample,
        seed,
      };
      fs.writeFileSync(path.join(dir, 'truth', id + '.json'), JSON.stringify(truth, null, 2));
      fs.writeFileSync(path.join(dir, 'meta', id + '.json'), JSON.stringify(meta, null, 2));
    });
    if (layout.stop) await layout.stop();
    timings[layout.id] = { seconds: (Date.now() - lt) / 1000, docs: a.perLayout - failed, failed };
    console.log(`${layout.id}: ${a.perLayout - failed} documents in ${timings[layout.id].seconds.toFixed(1)} s${failed ? ` (${failed} failed)` : ''}`);
  }
  for (const l of allLayouts()) if (l.shutdown) await l.shutdown();
  const listed = layouts.map((l) => ({ id: l.id, group: l.group, format: l.format, renderer: l.renderer, columns: l.columns, notes: l.notes }));
  const prev = fs.existsSync(path.join(a.out, 'layouts.json')) ? JSON.parse(fs.readFileSync(path.join(a.out, 'layouts.json'))) : [];
  const merged = [...prev.filter((p) => !listed.some((l) => l.id === p.id)), ...listed].sort((x, y) => x.id.localeCompare(y.id));
  fs.writeFileSync(path.join(a.out, 'layouts.json'), JSON.stringify(merged, null, 2));
  fs.rmSync(path.join(a.out, '.work'), { recursive: true, force: true });
  const total = (Date.now() - t0) / 1000;
  // runs that add layouts to an existing corpus keep the earlier layouts' timings
  const genFile = path.join(a.out, 'generation.json');
  const before = fs.existsSync(genFile) ? JSON.parse(fs.readFileSync(genFile, 'utf8')) : { layouts: {}, runs: [] };
  const allTimings = { ...before.layouts, ...timings };
  const runs = [...(before.runs || []), { seed: a.seed, perLayout: a.perLayout, seconds: total, layouts: Object.keys(timings) }];
  fs.writeFileSync(genFile, JSON.stringify({ seed: a.seed, seconds: runs.reduce((x, r) => x + r.seconds, 0), layouts: allTimings, runs }, null, 2));
  console.log(`corpus: ${layouts.length} layouts in ${total.toFixed(0)} s → ${a.out}`);
}

function onlyShown(headings, order) {
  return Object.fromEntries(Object.entries(headings).filter(([k]) => order.includes(k)));
}

function describeDateStyle(ds) {
  return ds ? `${ds.name}|sep=${JSON.stringify(ds.sep)}|present=${ds.present}${ds.since ? '|since' : ''}` : 'theme';
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
