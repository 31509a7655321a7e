'use strict';
// What our own renderers (TXT, Markdown→DOCX, LaTeX) show, section by section, as plain strings.
const { fmtRange, fmtDate } = require('./dates');

function place(loc, rng, style) {
  if (!loc) return '';
  const st = style || 'city';
  if (st === 'city,cc') return `${loc.city}, ${loc.countryCode}`;
  if (st === 'city,region' && loc.region) return `${loc.city}, ${loc.region}`;
  return loc.city;
}

function sectionEntries(kind, resume, plan) {
  const ds = plan.dateStyle;
  switch (kind) {
    case 'summary': return resume.basics.summary ? [{ text: resume.basics.summary }] : [];
    case 'work':
      return resume.work.map((w) => ({
        title: w.position, org: w.name, where: w.location, dates: fmtRange(w.startDate, w.endDate, ds),
        text: w.summary, bullets: plan.withHighlights ? w.highlights : [],
      }));
    case 'education':
      return resume.education.map((e) => ({
        title: degreeLine(e, plan), org: e.institution, dates: fmtRange(e.startDate, e.endDate, ds),
        text: e.score ? `Grade: ${e.score}` : undefined, bullets: [],
      }));
    case 'skills':
      return plan.skillsStyle === 'flat' || resume.skills.every((s) => !s.keywords.length)
        ? [{ flat: resume.skills.map((s) => s.name) }]
        : resume.skills.map((s) => ({ label: s.name, items: s.keywords }));
    case 'projects': return resume.projects.map((p) => ({ title: p.name, text: p.description, bullets: [] }));
    case 'volunteer': return resume.volunteer.map((v) => ({ title: v.position, org: v.organization, dates: fmtRange(v.startDate, v.endDate, ds), text: v.summary, bullets: [] }));
    case 'awards': return resume.awards.map((a) => ({ title: a.title, org: a.awarder, dates: fmtDate(a.date, ds), bullets: [] }));
    case 'certificates': return resume.certificates.map((c) => ({ title: c.name, org: c.issuer, dates: fmtDate(c.date, ds), bullets: [] }));
    case 'languages': return [{ flat: resume.languages.map((l) => `${l.language} (${l.fluency})`) }];
    case 'interests': return [{ flat: resume.interests.map((i) => i.name) }];
    default: return [];
  }
}

// "BSc Computer Science", "Bachelor of Science in Biology", "Computer Science, B.S.", "M.A. (History)"
function degreeLine(e, plan) {
  if (!e.area) return e.studyType;
  switch (plan.degreeStyle || 0) {
    case 1: return /^(Bachelor|Master|Doctor)/.test(e.studyType) && !/'s degree/.test(e.studyType) ? `${e.studyType} in ${e.area}` : `${e.studyType}, ${e.area}`;
    case 2: return `${e.area}, ${e.studyType}`;
    case 3: return `${e.studyType} (${e.area})`;
    case 4: return `${e.studyType} – ${e.area}`;
    default: return `${e.studyType} ${/^(Bachelor|Master|Doctor)/.test(e.studyType) && !/'s degree/.test(e.studyType) ? 'in ' : ''}${e.area}`;
  }
}

function documentModel(resume, plan) {
  const sections = [];
  for (const kind of plan.sectionOrder) {
    const entries = sectionEntries(kind, resume, plan);
    if (entries.length) sections.push({ kind, heading: plan.headings[kind], entries });
  }
  return sections;
}

module.exports = { documentModel, place, degreeLine };
