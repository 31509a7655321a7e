'use strict';
// Section heading words. The first COMMON words of each kind may appear in any group; the rest are
// dealt out round-robin to the groups, so each group owns heading words no other group uses
// (ADR 0021: a left-out group brings heading words the model never saw).
const SYNONYMS = {
  summary: ['Summary', 'Profile', 'About Me', 'Professional Summary', 'Career Objective', 'Objective', 'Personal Statement',
    'About', 'Career Summary', 'Overview', 'Professional Profile', 'Introduction', 'Who I Am', 'Executive Summary',
    'Career Profile', 'In Brief', 'Personal Profile', 'Summary of Qualifications', 'Background', 'Snapshot', 'At a Glance',
    'Professional Overview', 'Bio', 'Short Bio'],
  work: ['Experience', 'Work Experience', 'Professional Experience', 'Employment History', 'Work History', 'Career History',
    'Employment', 'Relevant Experience', 'Professional Background', 'Where I\'ve Worked', 'Positions Held', 'Career',
    'Work', 'Professional History', 'Experience & Employment', 'Career Highlights', 'Roles', 'Previous Roles',
    'Industry Experience', 'Job History', 'Practical Experience', 'Professional Record', 'Appointments', 'Track Record',
    'Career Path', 'Working Life', 'Clinical Experience', 'Teaching Experience', 'Selected Experience', 'Posts Held'],
  education: ['Education', 'Academic Background', 'Education & Training', 'Qualifications', 'Academic Qualifications',
    'Studies', 'Education History', 'Schooling', 'Degrees', 'Training', 'Academic History', 'Formal Education',
    'Educational Background', 'Learning', 'Where I Studied', 'Academic Record', 'Diplomas', 'University',
    'Academic Training', 'Education and Qualifications', 'Higher Education', 'Credentials', 'Study', 'Academics'],
  skills: ['Skills', 'Technical Skills', 'Core Competencies', 'Key Skills', 'Competencies', 'Expertise', 'Skills & Tools',
    'Areas of Expertise', 'Toolbox', 'Strengths', 'Abilities', 'Capabilities', 'What I Do', 'Skill Set', 'Proficiencies',
    'Technologies', 'Know-how', 'Tools & Technologies', 'Specialties', 'Hard Skills', 'Professional Skills',
    'Skills Summary', 'Competences', 'Tools of the Trade', 'Key Strengths', 'My Toolkit'],
  projects: ['Projects', 'Selected Projects', 'Key Projects', 'Portfolio', 'Personal Projects', 'Side Projects',
    'Project Experience', 'Notable Projects', 'Things I\'ve Built', 'Project Work', 'Case Studies', 'Initiatives'],
  volunteer: ['Volunteering', 'Volunteer Experience', 'Community Involvement', 'Volunteer Work', 'Giving Back',
    'Civic Activities', 'Community Service', 'Pro Bono', 'Charity Work', 'Outreach', 'Social Engagement', 'Voluntary Roles'],
  awards: ['Awards', 'Honors', 'Honours & Awards', 'Achievements', 'Recognition', 'Distinctions', 'Prizes',
    'Accomplishments', 'Awards & Honours', 'Accolades', 'Scholarships', 'Notable Achievements'],
  languages: ['Languages', 'Language Skills', 'Spoken Languages', 'Linguistic Skills', 'Languages Spoken',
    'Language Proficiency', 'Foreign Languages', 'Tongues', 'Languages Known', 'Mother Tongue & Others', 'Idiomas', 'Language Ability'],
  interests: ['Interests', 'Hobbies', 'Personal Interests', 'Outside Work', 'Hobbies & Interests', 'Leisure',
    'Pastimes', 'Beyond Work', 'Off the Clock', 'Activities', 'When I\'m Not Working', 'Passions'],
  certificates: ['Certifications', 'Certificates', 'Licenses & Certifications', 'Professional Certifications',
    'Licences', 'Accreditations', 'Courses', 'Continuing Education', 'Professional Development', 'Credentials Earned',
    'Training & Certificates', 'Registrations'],
};
const COMMON = 3; // the words every group may use
const GROUPS = ['html-stackoverflow', 'html-even', 'html-caffeine', 'html-sidebar', 'html-classic', 'html-compact',
  'latex-moderncv', 'latex-cvclass', 'latex-article', 'docx-pandoc', 'docx-poi', 'txt-plain'];

function groupWords(kind, group) {
  const list = SYNONYMS[kind];
  const gi = GROUPS.indexOf(group);
  if (gi < 0) throw new Error('unknown group ' + group);
  const own = list.slice(COMMON).filter((_, i) => i % GROUPS.length === gi);
  return { common: list.slice(0, COMMON), own };
}

// A document's heading for each section kind: the group's own words more often than the common ones.
function pickHeadings(rng, group, caseStyle) {
  const out = {};
  for (const kind of Object.keys(SYNONYMS)) {
    const { common, own } = groupWords(kind, group);
    const pool = own.length && rng.float() < 0.65 ? own : common;
    out[kind] = applyCase(pool[rng.int(pool.length)], caseStyle);
  }
  return out;
}

function applyCase(word, style) {
  if (style === 'upper') return word.toUpperCase();
  if (style === 'lower') return word.toLowerCase();
  return word;
}

module.exports = { SYNONYMS, GROUPS, groupWords, pickHeadings, applyCase };
