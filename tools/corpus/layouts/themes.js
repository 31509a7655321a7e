'use strict';
// JSON Resume themes from npm (MIT/ISC), rendered with the theme's own render(resume) and printed by
// one long-lived Chromium. Their heading words are swapped for the document's drawn heading words in
// the page before printing; what the page does not show is dropped from the truth.
const fs = require('fs');
const { acquire, release, shutdown } = require('../lib/browser');

try { require('moment').suppressDeprecationWarnings = true; } catch (e) { /* only some themes bring moment */ }

// work/edu dates: 'month' | 'year' | false (the theme prints no usable date)
const THEMES = [
  { id: 'theme-stackoverflow', pkg: 'jsonresume-theme-stackoverflow', group: 'html-stackoverflow', columns: 1, work: 'month', edu: 'month', notes: 'one column, skills as tags at the top, dates before the title' },
  { id: 'theme-even', pkg: 'jsonresume-theme-even', esm: true, group: 'html-even', columns: 1, work: 'month', edu: 'month', notes: 'one column, durations after dates ("1 yr")' },
  { id: 'theme-caffeine', pkg: 'jsonresume-theme-caffeine', group: 'html-caffeine', columns: 2, work: 'month', edu: 'month', notes: 'header band, skills in a side column, MM/YYYY dates' },
  { id: 'theme-macchiato', pkg: 'jsonresume-theme-macchiato', group: 'html-caffeine', columns: 2, work: 'month', edu: 'month', notes: 'caffeine derivative, skills column first' },
  { id: 'theme-elegant', pkg: 'jsonresume-theme-elegant', group: 'html-sidebar', columns: 2, work: 'month', edu: 'month', notes: 'bootstrap sidebar with contacts, timeline-like cards, durations' },
  { id: 'theme-kendall', pkg: 'jsonresume-theme-kendall', group: 'html-sidebar', columns: 2, work: 'month', edu: 'year', notes: 'bootstrap, main column + right column with contacts and education, education years stacked' },
  // jsonresume-theme-class was tried and left out: it clips skill names in fixed-width floats ("Bloomber").
  { id: 'theme-flat', pkg: 'jsonresume-theme-flat', group: 'html-classic', columns: 1, work: 'month', edu: 'month', notes: 'ISO dates with day, label column left of sections' },
  { id: 'theme-spartan', pkg: 'jsonresume-theme-spartan', group: 'html-classic', columns: 1, work: 'month', edu: 'year', notes: 'long month names, education years only' },
  { id: 'theme-onepage', pkg: 'jsonresume-theme-onepage', group: 'html-compact', columns: 1, work: 'month', edu: 'month', notes: 'compact one page, headings in a left gutter' },
  { id: 'theme-onepage-plus', pkg: 'jsonresume-theme-onepage-plus', group: 'html-compact', columns: 1, work: 'month', edu: 'month', notes: 'onepage with positions, "Company | Position"' },
  { id: 'theme-short', pkg: 'jsonresume-theme-short', group: 'html-compact', columns: 1, work: 'month', edu: 'month', notes: 'short one page, position and dates on one line' },
  { id: 'theme-paper', pkg: 'jsonresume-theme-paper', group: 'html-compact', columns: 2, work: 'month', edu: 'month', notes: 'contact block with labels, "Dec, 2013 to Dec, 2014"' },
];

// Heading words the themes print by default, per section kind (matched case-insensitively).
const DEFAULTS = {
  summary: ['about', 'about me', 'summary', 'profile', 'objective', 'professional summary'],
  work: ['work', 'work experience', 'experience', 'employment', 'professional experience', 'work history', 'employment history'],
  education: ['education'],
  skills: ['skills', 'professional skills summary', 'technical skills', 'skill', 'skills & expertise', 'expertise'],
  projects: ['projects', 'project'],
  volunteer: ['volunteer', 'volunteering', 'volunteer experience', 'volunteer work'],
  awards: ['awards', 'award', 'honors', 'honors & awards'],
  certificates: ['certificates', 'certifications', 'certificate'],
  languages: ['languages', 'language'],
  interests: ['interests', 'hobbies'],
  publications: ['publications'],
  references: ['references'],
};

const loaded = {};
async function theme(t) {
  if (!loaded[t.id]) {
    let m = t.esm ? await import(t.pkg) : require(t.pkg);
    if (!m.render && m.default) m = m.default;
    loaded[t.id] = m;
  }
  return loaded[t.id];
}

// The themes want full ISO dates; flat skills lists are skills without keywords.
function themeInput(resume, plan) {
  const r = JSON.parse(JSON.stringify(resume));
  const full = (d) => (d && d.length === 7 ? d + '-01' : d);
  for (const list of [r.work, r.education, r.volunteer, r.projects]) for (const e of list || []) { e.startDate = full(e.startDate); e.endDate = full(e.endDate); }
  if (!plan.withHighlights) for (const w of r.work) w.highlights = [];
  // older themes read the 0.x schema: company, website, gpa
  for (const w of r.work) { w.company = w.name; if (w.url) w.website = w.url; }
  for (const e of r.education) if (e.score) e.gpa = e.score;
  if (r.basics.url) r.basics.website = r.basics.url;
  if (!plan.sectionOrder.includes('summary')) delete r.basics.summary;
  r.basics.profiles = r.basics.profiles || [];
  r.basics.location = r.basics.location || {};
  return r;
}

// Some themes run Markdown and then escape its output: un-escape the simple tags so the page shows text.
const unescapeTags = (html) => html.replace(/&lt;(\/?)(p|em|strong|ul|ol|li|br ?\/?)&gt;/g, '<$1$2>').replace(/&amp;lt;(\/?)(p|em|strong)&amp;gt;/g, '');

async function pageFacts(page, headings) {
  return page.evaluate((DEFAULTS, headings) => {
    const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const kindOf = {};
    for (const [k, words] of Object.entries(DEFAULTS)) for (const w of words) kindOf[w] = k;
    const found = [];
    const all = document.body.querySelectorAll('h1,h2,h3,h4,h5,h6,span,div,p,strong,b,td,th,dt,section > header,label');
    for (const el of all) {
      if (el.closest('li, ul, ol')) continue;
      // the element's own text (a count or an icon beside it may be a child)
      const texts = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim());
      if (!texts.length) continue;
      const own = norm(texts.map((n) => n.textContent).join(' '));
      const kind = kindOf[own];
      if (!kind || !headings[kind]) continue;
      texts[0].textContent = texts[0].textContent.replace(/\S.*\S|\S/, headings[kind]);
      for (const extra of texts.slice(1)) extra.textContent = '';
      found.push({ el, kind });
    }
    const order = [];
    const shown = {};
    for (const { el, kind } of found) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden') continue;
      if (!shown[kind]) { shown[kind] = el.innerText.replace(/\s+/g, ' ').trim(); order.push(kind); }
    }
    return { text: document.body.innerText, headings: shown, order };
  }, DEFAULTS, headings);
}

// What of the resume the page shows, judged on its text.
function showsFromText(text, resume, t) {
  const T = text.toLowerCase().replace(/\s+/g, ' ');
  const has = (s) => !!s && T.includes(String(s).toLowerCase().replace(/\s+/g, ' ').trim());
  const digits = text.replace(/\D/g, '');
  const b = resume.basics;
  const shows = {
    email: has(b.email),
    phone: !!b.phone && (has(b.phone) || digits.includes(b.phone.replace(/\D/g, ''))),
    url: !!b.url && (has(b.url) || has(b.url.replace(/^https?:\/\//, '')) || has(b.url.replace(/^https?:\/\/(www\.)?/, ''))),
    city: !!b.location && has(b.location.city),
    label: has(b.label),
    summary: has(b.summary),
    workDates: t.work, eduDates: t.edu,
    workLocation: resume.work.every((w) => !w.location || has(w.location)),
    workSummary: resume.work.every((w) => !w.summary || has(w.summary)),
    highlights: resume.work.every((w) => (w.highlights || []).every(has)),
    area: resume.education.every((e) => !e.area || has(e.area)),
    studyType: resume.education.every((e) => !e.studyType || has(e.studyType)),
    score: resume.education.every((e) => !e.score || has(e.score)),
  };
  const names = resume.skills.every((s) => has(s.name));
  const kws = resume.skills.every((s) => s.keywords.every(has));
  shows.skills = names && kws ? 'all' : kws ? 'keywords' : names ? 'names' : 'none';
  return shows;
}

function checkEntries(text, resume) {
  // entries whose employer or school the page does not show are a renderer's choice we must not hide
  const T = text.toLowerCase().replace(/\s+/g, ' ');
  const miss = [...resume.work.map((w) => w.name), ...resume.education.map((e) => e.institution)].filter((n) => !T.includes(n.toLowerCase()));
  if (miss.length) throw new Error(`page does not show ${miss.join(', ')}`);
}

function layouts() {
  return THEMES.map((t) => ({
    id: t.id, group: t.group, format: 'pdf', renderer: `${t.pkg} (npm) + Chromium`, columns: t.columns, notes: t.notes, jobs: 2,
    shows: () => ({}),
    async render(job) {
      const m = await theme(t);
      const input = themeInput(job.resume, job.plan);
      let html = m.render(input);
      if (html && html.then) html = await html;
      html = unescapeTags(html);
      const page = await acquire();
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: 20000 });
        const facts = await pageFacts(page, job.plan.headings);
        if (process.env.CORPUS_DEBUG_TEXT) fs.writeFileSync(job.out + '.txt', facts.text);
        checkEntries(facts.text, job.resume);
        const shows = showsFromText(facts.text, job.resume, t);
        // extra sections count as shown when their heading is on the page (older themes skip some)
        const extras = ['projects', 'volunteer', 'awards', 'certificates', 'languages', 'interests'].filter((k) => facts.order.includes(k));
        shows.sections = ['work', 'education', ...(shows.skills === 'none' ? [] : ['skills']), ...extras];
        await page.pdf({ path: job.out + '.pdf', format: job.rng.chance(0.5) ? 'A4' : 'Letter', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
        return { shows, headings: facts.headings, sectionOrder: facts.order, dateStyle: `theme ${t.pkg} (work: ${t.work || 'none'}, education: ${t.edu || 'none'})` };
      } finally {
        release(page);
      }
    },
  })).concat([]).map((l, i) => (i === 0 ? { ...l, shutdown } : l));
}
module.exports = { layouts, THEMES };
