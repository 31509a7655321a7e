'use strict';
// The truth keeps only what a document shows: a layout says what it prints, this drops the rest.
const { truthDate } = require('./dates');

const clean = (o) => JSON.parse(JSON.stringify(o)); // drops undefined

// shows: { email, phone, url, city, region, workLocation, workDates: 'style'|'year'|'month'|false,
//          eduStart (bool), eduDates, area, studyType, skills: 'all'|'keywords'|'names', summary, sections: [...] }
function truthOf(resume, plan, shows) {
  const dateStyle = shows.dateStyle || plan.dateStyle;
  const d = (iso, mode) => {
    if (!iso || mode === false) return undefined;
    if (mode === 'year') return iso.slice(0, 4);
    if (mode === 'month') return iso.slice(0, 7);
    return truthDate(iso, dateStyle);
  };
  const b = resume.basics;
  const basics = {
    name: b.name,
    label: shows.label === false ? undefined : b.label,
    email: shows.email === false ? undefined : b.email,
    phone: shows.phone === false ? undefined : b.phone,
    url: shows.url === false ? undefined : b.url,
    summary: shows.summary === false ? undefined : b.summary,
    location: b.location && shows.city !== false ? { city: b.location.city, countryCode: b.location.countryCode, region: shows.region ? b.location.region : undefined } : undefined,
  };
  const wd = shows.workDates === undefined ? 'style' : shows.workDates;
  const ed = shows.eduDates === undefined ? 'style' : shows.eduDates;
  const sections = shows.sections || ['work', 'education', 'skills', 'projects', 'volunteer', 'awards', 'certificates', 'languages', 'interests'];
  const t = {
    basics,
    work: resume.work.map((w) => ({
      name: w.name,
      position: w.position,
      location: shows.workLocation ? w.location : undefined,
      startDate: d(w.startDate, wd),
      endDate: d(w.endDate, wd),
      summary: shows.workSummary === false ? undefined : w.summary,
      highlights: plan.withHighlights && shows.highlights !== false ? w.highlights : [],
    })),
    education: resume.education.map((e) => ({
      institution: e.institution,
      area: shows.area === false ? undefined : e.area,
      studyType: shows.studyType === false ? undefined : e.studyType,
      startDate: shows.eduStart === false ? undefined : d(e.startDate, ed),
      endDate: d(e.endDate, ed),
      score: shows.score ? e.score : undefined,
    })),
    skills: shows.skills === 'keywords' ? resume.skills.flatMap((s) => (s.keywords.length ? s.keywords : [s.name]).map((k) => ({ name: k, keywords: [] }))) : resume.skills.map((s) => {
      if (shows.skills === 'names') return { name: s.name, keywords: [] };
      return { name: s.name, keywords: s.keywords };
    }),
  };
  for (const k of ['projects', 'volunteer', 'awards', 'certificates', 'languages', 'interests']) {
    if (sections.includes(k) && (resume[k] || []).length) t[k] = resume[k];
  }
  if (!sections.includes('work')) t.work = [];
  if (!sections.includes('education')) t.education = [];
  if (!sections.includes('skills')) t.skills = [];
  return clean(t);
}

module.exports = { truthOf };
