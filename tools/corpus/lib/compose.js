'use strict';
// Composes one JSON Resume (ISO dates, every field) and the plan of how a layout shows it.
const fs = require('fs');
const path = require('path');
const { fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES, fakerEN_IN, fakerPT_BR, fakerIT, fakerNL, fakerPL } = require('@faker-js/faker');
const V = require('./vocab');
const { pickHeadings } = require('./headings');
const { pickDateStyle } = require('./dates');

const FAKERS = [fakerEN_US, fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES, fakerEN_IN, fakerPT_BR, fakerIT, fakerNL, fakerPL];
const SAMPLE_DIR = process.env.JSONRESUME_SAMPLE_DIR || path.resolve(__dirname, '../../../../shared/jsonresume');
let sampleCache;
function sample() {
  if (!sampleCache) sampleCache = JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'sample.resume.json'), 'utf8'));
  return JSON.parse(JSON.stringify(sampleCache));
}

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
const p2 = (n) => String(n).padStart(2, '0');

function phone(rng, f, cc) {
  const d = (n) => Array.from({ length: n }, () => rng.int(10)).join('');
  const styles = [
    () => `+1 (${rng.range(201, 989)}) ${rng.range(200, 999)}-${d(4)}`,
    () => `(${rng.range(201, 989)}) ${rng.range(200, 999)}-${d(4)}`,
    () => `${rng.range(201, 989)}.${rng.range(200, 999)}.${d(4)}`,
    () => `+44 ${rng.range(20, 79)} ${d(4)} ${d(4)}`,
    () => `0${rng.range(1100, 7999)} ${d(6)}`,
    () => `+49 ${rng.range(30, 179)} ${d(7)}`,
    () => `+33 ${rng.range(1, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `+91 ${rng.range(70000, 99999)} ${d(5)}`,
    () => `+61 4${d(2)} ${d(3)} ${d(3)}`,
    () => `${rng.range(201, 989)}-${rng.range(200, 999)}-${d(4)}`,
    () => `+${rng.range(30, 60)} ${d(3)} ${d(3)} ${d(3)}`,
  ];
  return rng.pick(styles)();
}

function sentence(rng, f, field) {
  const verbs = ['Led', 'Managed', 'Delivered', 'Introduced', 'Coordinated', 'Improved', 'Reduced', 'Trained', 'Built',
    'Supervised', 'Designed', 'Negotiated', 'Organised', 'Launched', 'Streamlined', 'Mentored'];
  const skillWords = Object.values(V.FIELDS[field].skills).flat();
  const t = [
    () => `${rng.pick(verbs)} a team of ${rng.range(3, 40)} ${rng.pick(['staff', 'people', 'colleagues', 'specialists', 'volunteers'])}`,
    () => `${rng.pick(verbs)} ${rng.pick(skillWords)} ${rng.pick(['processes', 'work', 'projects', 'initiatives', 'standards'])} across ${rng.range(2, 12)} ${rng.pick(['sites', 'teams', 'departments', 'regions', 'clients'])}`,
    () => `${rng.pick(['Reduced', 'Cut', 'Lowered'])} ${rng.pick(['costs', 'waiting times', 'errors', 'turnaround', 'waste', 'complaints'])} by ${rng.range(5, 60)}%`,
    () => `${rng.pick(['Increased', 'Grew', 'Raised'])} ${rng.pick(['revenue', 'satisfaction scores', 'throughput', 'enrolment', 'retention'])} by ${rng.range(5, 120)}%`,
    () => f.company.catchPhrase(),
    () => `${rng.pick(verbs)} ${f.company.buzzPhrase()}`,
    () => `Responsible for ${rng.pick(skillWords).toLowerCase()} and ${rng.pick(skillWords).toLowerCase()}`,
  ];
  let s = rng.pick(t)();
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return rng.chance(0.5) ? s + '.' : s;
}

function employer(rng, f) {
  const r = rng.float();
  if (r < 0.45) return rng.pick(V.EMPLOYERS);
  if (r < 0.8) return f.company.name();
  return `${f.location.city()} ${rng.pick(['Hospital', 'Council', 'Logistics', 'Bank', 'Academy', 'Engineering', 'Foods', 'Media', 'Clinic', 'Group'])}`;
}

function isoYm(y, m) { return `${y}-${p2(m)}`; }

function degreeFor(rng, level) { return rng.pick(V.DEGREES[level]); }

// opts: { group, docIndex, useSample }
function compose(rng, opts) {
  const f = rng.pick(FAKERS);
  f.seed(rng.int(2 ** 31));
  const fieldNames = Object.keys(V.FIELDS);
  const field = rng.pick(fieldNames);
  const F = V.FIELDS[field];
  const base = opts.useSample ? sample() : null;

  const first = f.person.firstName();
  const last = f.person.lastName();
  const name = base ? base.basics.name : (rng.chance(0.1) ? `${first} ${String.fromCharCode(65 + rng.int(26))}. ${last}` : `${first} ${last}`);
  const city = rng.pick(V.CITIES);
  const handle = ascii(first).slice(0, rng.chance(0.5) ? 1 : 20) + ascii(last);
  const emailDomain = rng.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'mail.com', 'web.de', 'hotmail.co.uk']);
  const basics = {
    name,
    label: rng.pick(F.titles),
    email: rng.chance(0.96) ? `${handle}${rng.chance(0.3) ? rng.range(1, 99) : ''}@${emailDomain}` : undefined,
    phone: rng.chance(0.9) ? phone(rng, f) : undefined,
    url: rng.chance(0.55) ? rng.pick([`https://${handle}.com`, `https://www.${handle}.dev`, `https://${handle}.me`, `https://${handle}.github.io`, `https://portfolio.${handle}.net`]) : undefined,
    summary: Array.from({ length: rng.range(1, 3) }, () => sentence(rng, f, field)).map((x) => (x.endsWith('.') ? x : x + '.')).join(' '),
    location: rng.chance(0.9) ? { city: city[0], countryCode: city[2], region: city[3] || undefined } : undefined,
    profiles: rng.chance(0.5) ? [{ network: 'LinkedIn', username: handle, url: `https://linkedin.com/in/${handle}` }] : [],
  };
  if (base) {
    basics.email = base.basics.email; basics.phone = base.basics.phone; basics.url = base.basics.url;
    basics.summary = base.basics.summary; basics.label = base.basics.label;
    basics.location = { city: base.basics.location.city, countryCode: base.basics.location.countryCode, region: base.basics.location.region };
  }

  // Work: reverse chronological, the first one often still going.
  const nWork = base ? base.work.length : rng.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
  let y = rng.range(2019, 2026);
  let mo = rng.range(1, 12);
  const work = [];
  for (let i = 0; i < nWork; i++) {
    const current = i === 0 && rng.chance(0.6);
    const endY = y; const endM = mo;
    const lenMonths = rng.range(4, 72);
    let sy = endY; let sm = endM - lenMonths;
    while (sm < 1) { sm += 12; sy -= 1; }
    const w = {
      name: employer(rng, f),
      position: rng.chance(0.85) ? rng.pick(F.titles) : rng.pick(V.FIELDS[rng.pick(fieldNames)].titles),
      location: rng.chance(0.5) ? rng.pick(V.CITIES)[0] : undefined,
      url: rng.chance(0.15) ? `https://www.${ascii(f.company.name()).slice(0, 12)}.com` : undefined,
      startDate: isoYm(sy, sm),
      endDate: current ? undefined : isoYm(endY, endM),
      summary: rng.chance(0.5) ? sentence(rng, f, field) : undefined,
      highlights: Array.from({ length: rng.pick([0, 0, 1, 2, 3, 3, 4, 5]) }, () => sentence(rng, f, field)),
    };
    if (base && base.work[i]) {
      const b = base.work[i];
      w.name = b.name; w.position = b.position; w.summary = b.summary; w.highlights = b.highlights || []; w.url = b.url;
    }
    work.push(w);
    // a gap, then the previous job
    let gy = sy; let gm = sm - rng.range(0, 6);
    while (gm < 1) { gm += 12; gy -= 1; }
    y = gy; mo = gm;
  }

  // Education: usually before the first job, sometimes overlapping (part-time degree).
  const levels = rng.pick([['bachelor'], ['bachelor'], ['bachelor', 'master'], ['other'], ['bachelor', 'master', 'doctorate'], ['other', 'bachelor'], ['master']]);
  const nEdu = base ? base.education.length : levels.length;
  const education = [];
  let ey = y; let emo = rng.pick([5, 6, 7, 12]);
  for (let i = 0; i < nEdu; i++) {
    const level = levels[levels.length - 1 - (i % levels.length)];
    const years = level === 'doctorate' ? rng.range(3, 5) : level === 'master' ? rng.range(1, 2) : level === 'other' ? rng.range(1, 2) : rng.range(3, 4);
    const sy = ey - years;
    const e = {
      institution: rng.pick(V.UNIVERSITIES),
      url: rng.chance(0.1) ? 'https://www.example.edu' : undefined,
      area: rng.chance(0.9) ? rng.pick(F.areas) : undefined,
      studyType: degreeFor(rng, level),
      startDate: rng.chance(0.85) ? isoYm(sy, rng.pick([8, 9, 9, 10, 1])) : undefined,
      endDate: isoYm(ey, emo),
      score: rng.chance(0.25) ? rng.pick(['3.8 GPA', 'First Class Honours', '2:1', 'Magna Cum Laude', '1.3', '16/20', 'Distinction']) : undefined,
      courses: rng.chance(0.2) ? rng.sample(Object.values(F.skills).flat(), 3) : [],
    };
    if (base && base.education[i]) {
      const b = base.education[i];
      e.institution = b.institution; e.area = b.area; e.studyType = b.studyType; e.score = b.score; e.courses = b.courses || [];
      e.startDate = b.startDate && b.startDate.slice(0, 7); e.endDate = b.endDate && b.endDate.slice(0, 7);
    }
    education.push(e);
    ey = sy - rng.range(0, 1);
    emo = rng.pick([5, 6, 7]);
  }

  // Skills: categories with keywords, or a flat list of names.
  const cats = Object.keys(F.skills);
  const flat = rng.chance(0.35);
  let skills;
  if (base) {
    skills = base.skills.map((s) => ({ name: s.name, level: s.level, keywords: s.keywords || [] }));
  } else if (flat) {
    const all = rng.shuffle([...new Set(Object.values(F.skills).flat())]);
    skills = all.slice(0, rng.range(4, 14)).map((n) => ({ name: n, keywords: [] }));
  } else {
    skills = rng.sample(cats, rng.range(1, cats.length)).map((c) => ({
      name: c,
      level: rng.chance(0.3) ? rng.pick(['Advanced', 'Intermediate', 'Expert', 'Master']) : undefined,
      keywords: rng.sample(F.skills[c], rng.range(2, 6)),
    }));
  }

  const resume = {
    basics,
    work,
    education,
    skills,
    volunteer: rng.chance(0.25) ? [{ organization: rng.pick(['Red Cross', 'Local Food Bank', 'Habitat for Humanity', 'Scouts', 'Code Club', 'City Library']),
      position: rng.pick(['Volunteer', 'Coordinator', 'Mentor', 'Treasurer']), startDate: isoYm(rng.range(2010, 2020), rng.range(1, 12)),
      summary: sentence(rng, f, field), highlights: [] }] : [],
    projects: rng.chance(0.3) ? Array.from({ length: rng.range(1, 3) }, () => ({ name: f.commerce.productName(), description: sentence(rng, f, field), highlights: [] })) : [],
    awards: rng.chance(0.3) ? [{ title: rng.pick(V.AWARDS), date: `${rng.range(2008, 2024)}-${p2(rng.range(1, 12))}-01`, awarder: employer(rng, f), summary: '' }] : [],
    certificates: rng.chance(0.25) ? rng.sample(V.CERTS, rng.range(1, 3)).map((c) => ({ name: c, date: `${rng.range(2010, 2024)}-${p2(rng.range(1, 12))}-01`, issuer: rng.pick(['PMI', 'Amazon', 'AICPA', 'Scrum Alliance', 'Axelos', 'CIEH']) })) : [],
    languages: rng.chance(0.5) ? rng.sample(V.LANGUAGES, rng.range(1, 3)).map((l) => ({ language: l, fluency: rng.pick(V.FLUENCY) })) : [],
    interests: rng.chance(0.35) ? rng.sample(V.INTERESTS, rng.range(1, 4)).map((i) => ({ name: i, keywords: [] })) : [],
  };
  if (base) {
    resume.volunteer = base.volunteer || []; resume.projects = base.projects || []; resume.awards = base.awards || [];
    resume.languages = base.languages || []; resume.interests = base.interests || []; resume.certificates = base.certificates || [];
    for (const v of resume.volunteer) { v.startDate = v.startDate && v.startDate.slice(0, 7); v.endDate = v.endDate && v.endDate.slice(0, 7); }
  }
  if (!base && rng.chance(0.2)) basics.summary = undefined;

  const caseStyle = rng.pick(['title', 'title', 'upper', 'title', 'lower']);
  const order = ['work', 'education', 'skills'];
  const extras = ['projects', 'volunteer', 'awards', 'certificates', 'languages', 'interests'];
  const mainOrder = rng.pick([['work', 'education', 'skills'], ['work', 'skills', 'education'], ['education', 'work', 'skills'],
    ['skills', 'work', 'education'], ['work', 'education', 'skills'], ['education', 'skills', 'work']]);
  const extraOrder = rng.shuffle(extras);
  const sectionOrder = [];
  if (basics.summary) sectionOrder.push('summary');
  for (const k of mainOrder) sectionOrder.push(k);
  for (const k of extraOrder) if ((resume[k] || []).length) sectionOrder.splice(rng.range(rng.chance(0.7) ? sectionOrder.length : 1, sectionOrder.length), 0, k);
  void order;

  const plan = {
    field,
    headings: pickHeadings(rng, opts.group, caseStyle),
    caseStyle,
    sectionOrder,
    dateStyle: pickDateStyle(rng),
    skillsStyle: flat && !base ? 'flat' : 'categories',
    withHighlights: rng.chance(0.8),
    degreeStyle: rng.int(5),
    contactStyle: rng.int(4),
    entryStyle: rng.int(4),
    bullet: rng.pick(['- ', '* ', '• ', '· ', '– ', 'o ']),
    sample: !!base,
  };
  return { resume, plan };
}

module.exports = { compose };
