'use strict';
// Word documents through pandoc from Markdown, each layout with its own reference document
// (heading styles) and its own way of placing dates (inline, table column, own line).
const fs = require('fs');
const path = require('path');
const { execFileSync, execFile } = require('child_process');
const { documentModel, place } = require('../lib/model');

const md = (s) => String(s).replace(/([\\`*_{}\[\]<>#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
let refDir;
function references(workRoot) {
  if (refDir) return refDir;
  refDir = path.join(workRoot, 'pandoc-references');
  fs.mkdirSync(refDir, { recursive: true });
  const def = path.join(refDir, 'default.docx');
  execFileSync('pandoc', ['-o', def, '--print-default-data-file', 'reference.docx']);
  for (const v of ['serif', 'sans']) execFileSync('python3', [path.join(__dirname, '..', 'make-reference.py'), def, path.join(refDir, v + '.docx'), v]);
  return refDir;
}

function header(b, plan, style) {
  const out = [];
  const contacts = [b.location && place(b.location, null, plan.contactStyle % 2 ? 'city,cc' : 'city,region'), b.phone, b.email, b.url].filter(Boolean).map(md);
  if (style === 'title') { out.push(`# ${md(b.name)}`, ''); } else { out.push(`**${md(b.name)}**`, ''); }
  if (b.label) out.push(`*${md(b.label)}*`, '');
  if (plan.contactStyle >= 2) out.push(contacts.join(' \\| '), ''); else out.push(contacts.join('\\\n'), '');
  return out;
}

function entryMd(e, plan, variant) {
  const out = [];
  if (e.flat) { out.push(e.flat.map(md).join(plan.entryStyle % 2 ? ', ' : ' · '), ''); return out; }
  if (e.label !== undefined) { out.push(`**${md(e.label)}:** ${e.items.map(md).join(', ')}`, ''); return out; }
  const first = plan.entryStyle % 2 ? e.org : e.title;
  const second = plan.entryStyle % 2 ? e.title : e.org;
  if (variant === 'table') {
    // a two-column table per entry: what/where on the left, dates right
    const left = [first && `**${md(first)}**`, second && md(second)].filter(Boolean).join(', ');
    const l = `${left}${e.where ? ' — ' + md(e.where) : ''}`;
    const r = md(e.dates || '');
    const wl = Math.max(l.length, 40) + 2;
    const wr = Math.max(r.length, 12) + 2;
    out.push(`+${'-'.repeat(wl)}+${'-'.repeat(wr - 1)}:+`, `| ${l.padEnd(wl - 2)} | ${r.padEnd(wr - 2)} |`, `+${'-'.repeat(wl)}+${'-'.repeat(wr)}+`, '');
  } else if (variant === 'heading') {
    out.push(`### ${md([first, second].filter(Boolean).join(' — '))}`, '');
    if (e.dates || e.where) out.push(`*${md([e.dates, e.where].filter(Boolean).join(' | '))}*`, '');
  } else {
    const h = [first && `**${md(first)}**`, second && md(second)].filter(Boolean).join(plan.entryStyle >= 2 ? ' at ' : ', ');
    out.push(e.dates ? `${h} (${md(e.dates)})` : h, '');
    if (e.where) out.push(md(e.where), '');
  }
  if (e.text) out.push(md(e.text), '');
  if (e.bullets && e.bullets.length) { for (const b of e.bullets) out.push(`- ${md(b)}`); out.push(''); }
  return out;
}

function markdown(resume, plan, variant) {
  const lines = header(resume.basics, plan, variant === 'bold' ? 'bold' : 'title');
  for (const s of documentModel(resume, plan)) {
    if (variant === 'bold') lines.push(`**${md(s.heading.toUpperCase())}**`, '');
    else lines.push(`${variant === 'table' ? '#' : '##'} ${md(s.heading)}`, '');
    for (const e of s.entries) lines.push(...entryMd(e, plan, variant));
  }
  return lines.join('\n');
}

function pandoc(input, out, ref) {
  return new Promise((resolve, reject) => {
    const p = execFile('pandoc', ['-f', 'markdown-smart', '-t', 'docx', '--reference-doc', ref, '-o', out], (err) => (err ? reject(err) : resolve()));
    p.stdin.end(input);
  });
}

function layouts() {
  const mk = (id, variant, ref, notes) => ({
    id, group: 'docx-pandoc', format: 'docx', renderer: 'pandoc ' + ref + ' reference', columns: 1, notes,
    shows: () => ({ workLocation: true }),
    headingsOf: (plan) => (variant === 'bold' ? Object.fromEntries(Object.entries(plan.headings).map(([k, v]) => [k, v.toUpperCase()])) : plan.headings),
    async render(job) {
      const refs = references(path.join(job.root, '.work'));
      await pandoc(markdown(job.resume, job.plan, variant), job.out + '.docx', path.join(refs, ref + '.docx'));
      return {};
    },
  });
  return [
    mk('docx-pandoc-serif', 'inline', 'serif', 'Heading 2 sections (serif, caps, rule), dates in brackets after the title'),
    mk('docx-pandoc-table', 'table', 'sans', 'Heading 1 sections (sans, small caps, shaded), each entry a two-column table with dates right'),
    mk('docx-pandoc-bold', 'bold', 'sans', 'sections as bold capitalised paragraphs (no heading style), entries as Heading 3 with dates in italics below'),
  ];
}
module.exports = { layouts, markdown };
