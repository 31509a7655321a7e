'use strict';
// LaTeX résumés compiled with TeX Live's pdflatex: moderncv's five styles (icons as letters, so no
// font packages are needed), europecv, curve, and a plain article with right-aligned tabular dates.
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const { documentModel, place } = require('../lib/model');

const tex = (s) => String(s == null ? '' : s)
  .replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}')
  .replace(/\^/g, '\\textasciicircum{}').replace(/–/g, '--').replace(/—/g, '---').replace(/[•·]/g, '\\textperiodcentered{}')
  .replace(/'/g, "'");

// tolerated: errors a class raises on today's LaTeX kernel that do not change the page (europecv's hook rule)
const TOLERATED = [/^! LaTeX hooks Error: Sorting rule for 'begindocument' hook applied too late/];

function pdflatex(dir, file) {
  return new Promise((resolve, reject) => {
    execFile('pdflatex', ['-interaction=batchmode', file], { cwd: dir, timeout: 60000 }, () => {
      const logFile = path.join(dir, file.replace(/\.tex$/, '.log'));
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
      const bad = log.split('\n').filter((l) => l.startsWith('!') && !TOLERATED.some((re) => re.test(l)));
      if (bad.length || !fs.existsSync(path.join(dir, file.replace(/\.tex$/, '.pdf')))) reject(new Error('pdflatex: ' + (bad[0] || 'no PDF')));
      else resolve();
    });
  });
}

function splitName(name) {
  const parts = name.split(' ');
  return [parts.slice(0, -1).join(' '), parts[parts.length - 1]];
}

function bullets(list, env = 'itemize') {
  if (!list || !list.length) return '';
  return `\\begin{${env}}\\setlength{\\itemsep}{0pt}\n${list.map((b) => `\\item ${tex(b)}`).join('\n')}\n\\end{${env}}`;
}

// ---- moderncv
function moderncv(resume, plan, style) {
  const b = resume.basics;
  const [first, last] = splitName(b.name);
  const L = [];
  L.push(`\\documentclass[11pt,${plan.entryStyle % 2 ? 'a4paper' : 'letterpaper'},${plan.contactStyle % 2 ? 'sans' : 'roman'}]{moderncv}`);
  L.push(`\\moderncvstyle[nosymbols]{${style}}`, `\\moderncvcolor{${['blue', 'black', 'green', 'grey', 'orange', 'red', 'purple', 'burgundy'][plan.entryStyle * 2 % 8]}}`, '\\moderncvicons{letters}');
  L.push('\\usepackage[utf8]{inputenc}', '\\usepackage[T1]{fontenc}', '\\usepackage{lmodern}', '\\usepackage[scale=0.8]{geometry}');
  L.push(`\\name{${tex(first)}}{${tex(last)}}`);
  if (b.label) L.push(`\\title{${tex(b.label)}}`);
  if (b.location) L.push(`\\address{${tex(b.location.city)}}{${tex(b.location.countryCode)}}{}`);
  if (b.phone) L.push(`\\phone[${plan.contactStyle >= 2 ? 'mobile' : 'fixed'}]{${tex(b.phone)}}`);
  if (b.email) L.push(`\\email{${tex(b.email)}}`);
  if (b.url) L.push(`\\homepage{${tex(b.url.replace(/^https?:\/\//, ''))}}`);
  L.push('\\hyphenpenalty=10000', '\\exhyphenpenalty=10000', '\\begin{document}', '\\sloppy', '\\makecvtitle');
  for (const s of documentModel(resume, plan)) {
    L.push(`\\section{${tex(s.heading)}}`);
    for (const e of s.entries) {
      if (e.flat) { L.push(`\\cvitem{}{${e.flat.map(tex).join(', ')}}`); continue; }
      if (e.label !== undefined) { L.push(`\\cvitem{${tex(e.label)}}{${e.items.map(tex).join(', ')}}`); continue; }
      if (s.kind === 'summary') { L.push(`\\cvitem{}{${tex(e.text)}}`); continue; }
      const desc = [e.text ? tex(e.text) : '', bullets(e.bullets)].filter(Boolean).join('\n');
      L.push(`\\cventry{${tex(e.dates || '')}}{${tex(e.title || '')}}{${tex(e.org || '')}}{${tex(e.where || '')}}{}{${desc}}`);
    }
  }
  L.push('\\end{document}');
  return L.join('\n');
}

// ---- plain article: bold org left, dates right in a tabular*, title in italics below (one-page template habit)
function article(resume, plan) {
  const b = resume.basics;
  const L = [];
  L.push(`\\documentclass[${plan.contactStyle % 2 ? '10pt' : '11pt'},${plan.entryStyle % 2 ? 'a4paper' : 'letterpaper'}]{article}`);
  L.push('\\usepackage[utf8]{inputenc}', '\\usepackage[T1]{fontenc}', '\\usepackage[margin=0.7in]{geometry}', '\\usepackage{enumitem}', '\\usepackage{titlesec}',
    plan.caseStyle === 'upper' ? '\\usepackage{helvet}\\renewcommand{\\familydefault}{\\sfdefault}' : '\\usepackage{lmodern}',
    '\\pagestyle{empty}', '\\setlength{\\parindent}{0pt}', '\\hyphenpenalty=10000', '\\exhyphenpenalty=10000', '\\sloppy',
    '\\titleformat{\\section}{\\large\\bfseries\\scshape}{}{0em}{}[\\titlerule]', '\\titlespacing{\\section}{0pt}{8pt}{4pt}',
    '\\setlist[itemize]{leftmargin=*,itemsep=0pt,topsep=2pt}',
    '\\newcommand{\\entry}[4]{\\begin{tabular*}{\\textwidth}{@{}l@{\\extracolsep{\\fill}}r@{}}\\textbf{#1} & #2\\\\ \\textit{#3} & \\textit{#4}\\end{tabular*}\\par}',
    '\\begin{document}');
  L.push(`\\begin{center}{\\LARGE\\bfseries ${tex(b.name)}}\\\\[2pt]`);
  const contacts = [b.location && place(b.location, null, 'city,cc'), b.phone, b.email, b.url].filter(Boolean).map(tex);
  L.push(`${b.label ? tex(b.label) + '\\\\' : ''}${contacts.join(' $|$ ')}\\end{center}`);
  for (const s of documentModel(resume, plan)) {
    L.push(`\\section*{${tex(s.heading)}}`);
    for (const e of s.entries) {
      if (e.flat) { L.push(`${e.flat.map(tex).join(', ')}\\par`); continue; }
      if (e.label !== undefined) { L.push(`\\textbf{${tex(e.label)}:} ${e.items.map(tex).join(', ')}\\\\`); continue; }
      if (s.kind === 'summary') { L.push(`${tex(e.text)}\\par`); continue; }
      const orgFirst = plan.entryStyle < 2;
      L.push(`\\entry{${tex(orgFirst ? e.org || e.title : e.title || e.org)}}{${tex(e.dates || '')}}{${tex(orgFirst ? (e.org ? e.title : '') : (e.title ? e.org : '') || '')}}{${tex(e.where || '')}}`);
      if (e.text) L.push(`${tex(e.text)}\\par`);
      L.push(bullets(e.bullets));
      L.push('\\smallskip');
    }
  }
  L.push('\\end{document}');
  return L.join('\n');
}

// ---- europecv: label column on the left ("Dates", "Occupation or position held", …)
function europecv(resume, plan) {
  const b = resume.basics;
  const L = [];
  L.push('\\documentclass[english,a4paper,nologo]{europecv}', '\\usepackage[utf8]{inputenc}', '\\usepackage[T1]{fontenc}', '\\usepackage{lmodern}', '\\usepackage[margin=1.8cm]{geometry}');
  L.push(`\\ecvname{${tex(b.name)}}`);
  if (b.location) L.push(`\\ecvaddress{${tex(place(b.location, null, 'city,cc'))}}`);
  if (b.phone) L.push(`\\ecvtelephone{${tex(b.phone)}}`);
  if (b.email) L.push(`\\ecvemail{${tex(b.email)}}`);
  L.push('\\hyphenpenalty=10000', '\\begin{document}', '\\sloppy', '\\begin{europecv}', '\\ecvpersonalinfo[10pt]');
  if (b.label) L.push(`\\ecvitem{\\large\\textbf{Desired employment}}{\\large\\textbf{${tex(b.label)}}}`);
  if (b.url) L.push(`\\ecvitem{Website}{${tex(b.url)}}`);
  for (const s of documentModel(resume, plan)) {
    L.push(`\\ecvsection{${tex(s.heading)}}`);
    for (const e of s.entries) {
      if (e.flat) { L.push(`\\ecvitem{}{${e.flat.map(tex).join(', ')}}`); continue; }
      if (e.label !== undefined) { L.push(`\\ecvitem{${tex(e.label)}}{${e.items.map(tex).join(', ')}}`); continue; }
      if (s.kind === 'summary') { L.push(`\\ecvitem{}{${tex(e.text)}}`); continue; }
      const edu = s.kind === 'education';
      if (e.dates) L.push(`\\ecvitem{\\textbf{${edu ? 'Dates' : 'Dates'}}}{\\textbf{${tex(e.dates)}}}`);
      if (e.title) L.push(`\\ecvitem{${edu ? 'Title of qualification awarded' : 'Occupation or position held'}}{${tex(e.title)}}`);
      if (e.org) L.push(`\\ecvitem{${edu ? 'Name of organisation providing education' : 'Name of employer'}}{${tex(e.org)}${e.where ? ', ' + tex(e.where) : ''}}`);
      if (e.text || (e.bullets && e.bullets.length)) L.push(`\\ecvitem{${edu ? 'Principal subjects' : 'Main activities and responsibilities'}}{${[tex(e.text || ''), bullets(e.bullets)].filter(Boolean).join(' ')}}`);
      L.push('\\ecvitem{}{}');
    }
  }
  L.push('\\end{europecv}', '\\end{document}');
  return L.join('\n');
}

// ---- curve: rubrics with entries, dates in a left key column
function curve(resume, plan) {
  const b = resume.basics;
  const L = [];
  L.push(`\\documentclass[${plan.contactStyle % 2 ? '10pt' : '11pt'},a4paper]{curve}`, '\\usepackage[utf8]{inputenc}', '\\usepackage[T1]{fontenc}', '\\usepackage[margin=2cm]{geometry}', '\\usepackage{lmodern}');
  L.push(`\\leftheader{${[b.location && place(b.location, null, 'city,region'), b.phone].filter(Boolean).map(tex).join('\\\\')}}`);
  L.push(`\\rightheader{${[b.email, b.url].filter(Boolean).map(tex).join('\\\\')}}`);
  L.push(`\\title{${tex(b.name)}}`, b.label ? `\\subtitle{${tex(b.label)}}` : '');
  const sections = documentModel(resume, plan);
  sections.forEach((s, i) => {
    L.push(`\\begin{filecontents*}{r${i}.tex}`, `\\begin{rubric}{${tex(s.heading)}}`);
    for (const e of s.entries) {
      if (e.flat) { L.push(`\\entry*${e.flat.map(tex).join(', ')}`); continue; }
      if (e.label !== undefined) { L.push(`\\entry*[${tex(e.label)}] ${e.items.map(tex).join(', ')}`); continue; }
      if (s.kind === 'summary') { L.push(`\\entry*${tex(e.text)}`); continue; }
      const [a, b] = plan.entryStyle % 2 && e.org ? [e.org, e.title] : [e.title || e.org, e.title ? e.org : ''];
      const head = `\\textbf{${tex(a || '')}}${b ? ', ' + tex(b) : ''}`;
      L.push(`\\entry*[${tex(e.dates || '')}] ${head}${e.where ? ', ' + tex(e.where) : ''}.${e.text ? '\\par ' + tex(e.text) : ''}${e.bullets && e.bullets.length ? bullets(e.bullets) : ''}`);
    }
    L.push('\\end{rubric}', '\\end{filecontents*}');
  });
  L.push('\\hyphenpenalty=10000', '\\begin{document}', '\\sloppy', '\\makeheaders[c]', '\\maketitle', '\\makerubric{r0}');
  for (let i = 1; i < sections.length; i++) L.push(`\\makerubric{r${i}}`);
  L.push('\\end{document}');
  return L.join('\n');
}

function layouts() {
  const mk = (id, group, notes, columns, make, shows) => ({
    id, group, format: 'pdf', renderer: 'pdflatex ' + id.replace(/^latex-/, ''), columns, notes,
    shows: () => ({ workLocation: true, ...(shows || {}) }),
    async render(job) {
      fs.mkdirSync(job.workDir, { recursive: true });
      fs.writeFileSync(path.join(job.workDir, 'cv.tex'), make(job.resume, job.plan));
      await pdflatex(job.workDir, 'cv.tex');
      fs.copyFileSync(path.join(job.workDir, 'cv.pdf'), job.out + '.pdf');
      fs.rmSync(job.workDir, { recursive: true, force: true });
      return {};
    },
  });
  const styles = ['classic', 'casual', 'banking', 'oldstyle', 'fancy'];
  return [
    ...styles.map((st) => mk(`latex-moderncv-${st}`, 'latex-moderncv', `moderncv ${st}, letters as icons${st === 'banking' ? ', dates on the right' : st === 'oldstyle' || st === 'fancy' ? '' : ', dates in the left margin column'}`, 2, (r, p) => moderncv(r, p, st))),
    mk('latex-europecv', 'latex-cvclass', 'europecv: label column ("Dates", "Occupation or position held") left of the values', 2, europecv, { url: true }),
    mk('latex-curve', 'latex-cvclass', 'curve: rubrics with dates in a left key column, contacts in the page header', 2, curve),
    mk('latex-article', 'latex-article', 'article class, tabular* entries with right-aligned dates, titlesec rules', 1, article),
  ];
}
module.exports = { layouts, moderncv, article, europecv, curve };
