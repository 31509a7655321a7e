'use strict';
// Plain-text resumes as people paste them: two variants with their own habits.
const fs = require('fs');
const { documentModel, place } = require('../lib/model');

function contactsCaps(b, plan) {
  const parts = [b.email, b.phone, b.url, b.location && place(b.location, null, plan.contactStyle % 2 ? 'city,cc' : 'city,region')].filter(Boolean);
  if (plan.contactStyle === 3) return parts.join('\n');
  return parts.join(plan.contactStyle === 2 ? '  ·  ' : ' | ');
}

function contactsLabels(b, plan) {
  const L = plan.contactStyle % 2 ? { e: 'Email', p: 'Phone', u: 'Web', l: 'Location' } : { e: 'E-mail', p: 'Tel', u: 'Website', l: 'Address' };
  const out = [];
  if (b.location) out.push(`${L.l}: ${place(b.location, null, 'city,cc')}`);
  if (b.phone) out.push(`${L.p}: ${b.phone}`);
  if (b.email) out.push(`${L.e}: ${b.email}`);
  if (b.url) out.push(`${L.u}: ${b.url}`);
  return out.join('\n');
}

function entryLines(e, plan, variant) {
  const out = [];
  const bullet = plan.bullet;
  if (e.flat) { out.push(e.flat.join(variant === 'caps' ? ', ' : ' • ')); return out; }
  if (e.label !== undefined) { out.push(`${e.label}: ${e.items.join(', ')}`); return out; }
  const head = [e.title, e.org].filter(Boolean);
  const style = plan.entryStyle;
  if (variant === 'caps') {
    // "Position, Company<TAB>Jan 2020 – Present"
    const h = style % 2 ? head.reverse().join(', ') : head.join(', ');
    out.push(e.dates ? `${h}\t${e.dates}` : h);
    if (e.where) out.push(e.where);
  } else {
    // dates on their own line, before or after; "Company — Position"
    const h = head.join(style % 2 ? ' — ' : ' at ');
    if (style >= 2 && e.dates) out.push(e.dates);
    out.push(e.where ? `${h} (${e.where})` : h);
    if (style < 2 && e.dates) out.push(e.dates);
  }
  if (e.text) out.push(e.text);
  for (const b of e.bullets || []) out.push(bullet + b);
  return out;
}

function renderTxt(resume, plan, variant) {
  const b = resume.basics;
  const lines = [];
  lines.push(variant === 'caps' ? b.name.toUpperCase() : b.name);
  if (b.label) lines.push(b.label);
  lines.push(variant === 'caps' ? contactsCaps(b, plan) : contactsLabels(b, plan));
  lines.push('');
  for (const s of documentModel(resume, plan)) {
    if (variant === 'caps') {
      const h = s.heading.toUpperCase();
      lines.push(h, (plan.entryStyle % 2 ? '=' : '-').repeat(h.length));
    } else {
      lines.push(plan.contactStyle % 2 ? `${s.heading}:` : s.heading);
    }
    for (const e of s.entries) { lines.push(...entryLines(e, plan, variant)); if (!e.flat && e.label === undefined) lines.push(''); }
    lines.push('');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

function layouts() {
  const mk = (id, variant, notes) => ({
    id, group: 'txt-plain', format: 'txt', renderer: 'tools/corpus txt', columns: 1, notes,
    shows: (resume, plan) => ({ workLocation: true, highlights: true }),
    headingsOf: (plan) => (variant === 'caps' ? Object.fromEntries(Object.entries(plan.headings).map(([k, v]) => [k, v.toUpperCase()])) : plan.headings),
    async render(job) { fs.writeFileSync(job.out + '.txt', renderTxt(job.resume, job.plan, variant)); return { ext: 'txt' }; },
  });
  return [
    mk('txt-caps', 'caps', 'CAPS headings underlined, tab before dates, contacts on one line'),
    mk('txt-labels', 'labels', '"Label: value" contacts, headings as typed, dates on their own line'),
  ];
}
module.exports = { layouts, renderTxt };
