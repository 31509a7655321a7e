'use strict';
// Vocabularies written for the corpus (issue 18). Fields well beyond software on purpose: the parser
// must not learn that every resume is a programmer's.

// field → { titles, skills: {category: [keywords]}, areas (fields of study) }
const FIELDS = {
  software: {
    titles: ['Software Engineer', 'Senior Software Engineer', 'Backend Developer', 'Frontend Developer',
      'Full Stack Developer', 'Staff Engineer', 'DevOps Engineer', 'Site Reliability Engineer',
      'Mobile Developer', 'Engineering Manager', 'QA Engineer', 'Data Engineer', 'Software Architect',
      'Junior Developer', 'Lead Developer', 'Platform Engineer', 'Embedded Software Engineer'],
    skills: {
      'Programming Languages': ['Java', 'Python', 'TypeScript', 'Go', 'Rust', 'C++', 'Kotlin', 'SQL', 'Ruby', 'C#', 'Scala', 'Swift'],
      'Frameworks': ['Spring Boot', 'React', 'Angular', 'Django', 'Flask', 'Vue.js', 'Node.js', 'Express', 'Rails', '.NET'],
      'Tools': ['Git', 'Docker', 'Kubernetes', 'Terraform', 'Jenkins', 'GitHub Actions', 'Maven', 'Gradle', 'Ansible'],
      'Databases': ['PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'Elasticsearch', 'Cassandra', 'SQLite'],
      'Cloud': ['AWS', 'Azure', 'Google Cloud', 'Lambda', 'S3', 'CloudFormation'],
    },
    areas: ['Computer Science', 'Software Engineering', 'Information Technology', 'Computer Engineering', 'Informatics'],
  },
  nursing: {
    titles: ['Registered Nurse', 'Charge Nurse', 'Nurse Practitioner', 'ICU Nurse', 'Clinical Nurse Specialist',
      'Pediatric Nurse', 'Head Nurse', 'Nursing Assistant', 'Community Health Nurse', 'Theatre Nurse'],
    skills: {
      'Clinical': ['Patient Assessment', 'Wound Care', 'IV Therapy', 'Medication Administration', 'Triage', 'Phlebotomy'],
      'Certifications': ['BLS', 'ACLS', 'PALS', 'NIHSS'],
      'Systems': ['Epic', 'Cerner', 'Meditech'],
      'Care': ['Palliative Care', 'Patient Education', 'Infection Control', 'Care Planning'],
    },
    areas: ['Nursing', 'Health Sciences', 'Public Health', 'Midwifery'],
  },
  finance: {
    titles: ['Financial Analyst', 'Senior Accountant', 'Auditor', 'Controller', 'Investment Banking Associate',
      'Credit Risk Analyst', 'Treasury Manager', 'Tax Consultant', 'Chief Financial Officer', 'Payroll Specialist',
      'Portfolio Manager', 'Accounts Payable Clerk'],
    skills: {
      'Finance': ['Financial Modelling', 'Budgeting', 'Forecasting', 'Valuation', 'IFRS', 'US GAAP', 'Variance Analysis'],
      'Software': ['Excel', 'SAP', 'Oracle Financials', 'QuickBooks', 'Bloomberg Terminal', 'Power BI', 'Tableau'],
      'Compliance': ['SOX', 'Internal Controls', 'Risk Management', 'Basel III'],
    },
    areas: ['Finance', 'Accounting', 'Economics', 'Business Administration', 'Actuarial Science'],
  },
  teaching: {
    titles: ['Primary School Teacher', 'High School Mathematics Teacher', 'Lecturer', 'Teaching Assistant',
      'Head of Department', 'Special Education Teacher', 'Curriculum Coordinator', 'Language Instructor',
      'Assistant Professor', 'School Principal'],
    skills: {
      'Teaching': ['Lesson Planning', 'Classroom Management', 'Differentiated Instruction', 'Assessment Design', 'Mentoring'],
      'Technology': ['Moodle', 'Google Classroom', 'Smartboard', 'Canvas LMS'],
      'Subjects': ['Mathematics', 'Physics', 'English Literature', 'History', 'French'],
    },
    areas: ['Education Studies', 'Mathematics', 'English Literature', 'History', 'Physics', 'Linguistics'],
  },
  construction: {
    titles: ['Site Manager', 'Civil Engineer', 'Project Engineer', 'Quantity Surveyor', 'Construction Manager',
      'Structural Engineer', 'Foreman', 'Building Inspector', 'Estimator', 'Health and Safety Officer'],
    skills: {
      'Engineering': ['AutoCAD', 'Revit', 'Structural Analysis', 'BIM', 'Surveying', 'Concrete Design'],
      'Management': ['Scheduling', 'Primavera P6', 'MS Project', 'Cost Control', 'Contract Administration'],
      'Safety': ['OSHA 30', 'Risk Assessment', 'CSCS', 'NEBOSH'],
    },
    areas: ['Civil Engineering', 'Structural Engineering', 'Construction Management', 'Architecture', 'Quantity Surveying'],
  },
  marketing: {
    titles: ['Marketing Manager', 'Digital Marketing Specialist', 'Brand Manager', 'Content Strategist',
      'SEO Specialist', 'Social Media Manager', 'Communications Officer', 'Product Marketing Manager',
      'Public Relations Executive', 'Copywriter', 'Growth Marketer'],
    skills: {
      'Marketing': ['SEO', 'SEM', 'Content Marketing', 'Email Marketing', 'Brand Strategy', 'Market Research'],
      'Tools': ['Google Analytics', 'HubSpot', 'Salesforce', 'Mailchimp', 'Hootsuite', 'Adobe Photoshop', 'Canva'],
      'Communication': ['Copywriting', 'Public Speaking', 'Media Relations', 'Storytelling'],
    },
    areas: ['Marketing', 'Communications', 'Journalism', 'Business Administration', 'Media Studies'],
  },
  hospitality: {
    titles: ['Chef de Partie', 'Sous Chef', 'Head Chef', 'Restaurant Manager', 'Front Office Manager',
      'Hotel Receptionist', 'Event Coordinator', 'Barista', 'Guest Relations Manager', 'Housekeeping Supervisor'],
    skills: {
      'Kitchen': ['Menu Development', 'Food Safety', 'HACCP', 'Pastry', 'Butchery', 'Inventory Control'],
      'Service': ['Customer Service', 'Reservations', 'Upselling', 'Complaint Handling'],
      'Systems': ['Opera PMS', 'Micros POS', 'Toast'],
    },
    areas: ['Hospitality Management', 'Culinary Arts', 'Tourism', 'Event Management'],
  },
  law: {
    titles: ['Associate Attorney', 'Paralegal', 'Legal Counsel', 'Solicitor', 'Compliance Officer',
      'Senior Associate', 'Legal Assistant', 'Partner', 'Contracts Manager', 'Trainee Solicitor'],
    skills: {
      'Practice': ['Contract Drafting', 'Litigation', 'Due Diligence', 'Legal Research', 'Mergers and Acquisitions', 'Employment Law'],
      'Tools': ['Westlaw', 'LexisNexis', 'Relativity', 'iManage'],
      'Working Languages': ['English', 'German', 'Spanish', 'French'],
    },
    areas: ['Law', 'International Law', 'Political Science', 'Criminology'],
  },
  research: {
    titles: ['Research Scientist', 'Postdoctoral Researcher', 'Laboratory Technician', 'Research Assistant',
      'Principal Investigator', 'Data Scientist', 'Clinical Research Associate', 'Biostatistician', 'Lab Manager'],
    skills: {
      'Laboratory': ['PCR', 'Western Blot', 'Cell Culture', 'CRISPR', 'Flow Cytometry', 'ELISA', 'Microscopy'],
      'Analysis': ['R', 'Python', 'MATLAB', 'SPSS', 'Stata', 'Machine Learning', 'Statistics'],
      'Writing': ['Grant Writing', 'Scientific Writing', 'Peer Review'],
    },
    areas: ['Biology', 'Chemistry', 'Biochemistry', 'Physics', 'Neuroscience', 'Statistics', 'Molecular Biology'],
  },
  logistics: {
    titles: ['Supply Chain Analyst', 'Logistics Coordinator', 'Warehouse Manager', 'Procurement Officer',
      'Operations Manager', 'Fleet Manager', 'Buyer', 'Inventory Planner', 'Shipping Clerk', 'Forklift Operator'],
    skills: {
      'Operations': ['Inventory Management', 'Demand Planning', 'Lean', 'Six Sigma', 'Vendor Management', 'Route Planning'],
      'Systems': ['SAP MM', 'Oracle SCM', 'WMS', 'Excel', 'Power BI'],
      'Licences': ['Forklift Licence', 'HGV Class 1', 'IOSH'],
    },
    areas: ['Supply Chain Management', 'Logistics', 'Industrial Engineering', 'Operations Management'],
  },
  design: {
    titles: ['Graphic Designer', 'UX Designer', 'Product Designer', 'Art Director', 'Illustrator',
      'Interior Designer', 'Motion Designer', 'UI Designer', 'Creative Director', 'Visual Designer'],
    skills: {
      'Design': ['Typography', 'Branding', 'Wireframing', 'Prototyping', 'User Research', 'Colour Theory'],
      'Software': ['Figma', 'Sketch', 'Adobe Illustrator', 'Adobe InDesign', 'After Effects', 'Blender', 'SketchUp'],
    },
    areas: ['Graphic Design', 'Interaction Design', 'Fine Arts', 'Interior Design', 'Visual Communication'],
  },
  sales: {
    titles: ['Account Executive', 'Sales Manager', 'Business Development Manager', 'Sales Representative',
      'Key Account Manager', 'Retail Store Manager', 'Customer Success Manager', 'Regional Sales Director',
      'Sales Associate', 'Inside Sales Representative'],
    skills: {
      'Sales': ['Negotiation', 'Lead Generation', 'Cold Calling', 'Pipeline Management', 'Account Management', 'Closing'],
      'CRM': ['Salesforce', 'HubSpot CRM', 'Pipedrive', 'Zoho'],
      'Soft skills': ['Presentation', 'Relationship Building', 'Team Leadership'],
    },
    areas: ['Business Administration', 'Marketing', 'Commerce', 'Economics'],
  },
  mechanical: {
    titles: ['Mechanical Engineer', 'Maintenance Technician', 'Design Engineer', 'Manufacturing Engineer',
      'CNC Machinist', 'Process Engineer', 'Quality Engineer', 'Automotive Technician', 'Production Supervisor'],
    skills: {
      'CAD': ['SolidWorks', 'CATIA', 'Siemens NX', 'AutoCAD', 'Creo'],
      'Methods': ['FEA', 'GD&T', 'Root Cause Analysis', 'FMEA', 'Lean Manufacturing', 'Kaizen'],
      'Shop floor': ['CNC Programming', 'Welding', 'PLC', 'Hydraulics', 'Pneumatics'],
    },
    areas: ['Mechanical Engineering', 'Mechatronics', 'Aerospace Engineering', 'Manufacturing Engineering', 'Electrical Engineering'],
  },
  hr: {
    titles: ['HR Generalist', 'Recruiter', 'Talent Acquisition Partner', 'HR Business Partner', 'Training Coordinator',
      'Compensation Analyst', 'People Operations Manager', 'HR Assistant', 'Head of People'],
    skills: {
      'HR': ['Recruitment', 'Onboarding', 'Employee Relations', 'Performance Management', 'Payroll', 'Labour Law'],
      'Systems': ['Workday', 'BambooHR', 'SuccessFactors', 'Greenhouse'],
    },
    areas: ['Human Resource Management', 'Psychology', 'Organisational Behaviour', 'Sociology'],
  },
};

// Employers: a mix of invented names in many styles (faker adds more at run time).
const EMPLOYERS = [
  'Northwind Traders', 'Blue Harbor Logistics', 'St. Mary\'s Hospital', 'Riverside Medical Centre', 'Kessler & Partners',
  'Acme Manufacturing', 'Lumen Analytics', 'Greenfield Primary School', 'Hotel Bellevue', 'The Copper Pot',
  'Vantage Capital', 'Orion Aerospace', 'Meridian Bank', 'Helix Biotech', 'Atlas Construction Group', 'Pioneer Foods',
  'City of Portland', 'Ministry of Health', 'Nordic Freight AB', 'Bauer Maschinenbau GmbH', 'Studio Lark',
  'Brightpath Consulting', 'Evergreen Law LLP', 'Sunrise Senior Living', 'Oakridge High School', 'Polaris Retail',
  'Crescent Energy', 'Harbourview Hotel', 'Summit Insurance', 'Kinetic Robotics', 'Maple Leaf Dairy',
  'Red Cross', 'Médecins Sans Frontières', 'National Trust', 'Tata Consultancy Services', 'Infosys', 'Siemens',
  'Unilever', 'Deloitte', 'KPMG', 'PwC', 'Accenture', 'IKEA', 'Toyota', 'Nestlé', 'Philips', 'Bosch', 'Airbus',
  'University Hospital Zurich', 'Mercy Health', 'Bluebird Bakery', 'Quantum Freight', 'Silverline Media',
  'Coastal Community College', 'Falcon Security', 'Ironclad Steelworks', 'Juniper Dental Clinic', 'Cedar & Pine Architects',
];

const UNIVERSITIES = [
  'University of Toronto', 'University of Manchester', 'Technical University of Munich', 'ETH Zurich',
  'University of Melbourne', 'National University of Singapore', 'Universidad de Buenos Aires', 'University of Cape Town',
  'Indian Institute of Technology Bombay', 'University of Lagos', 'Sorbonne Université', 'KTH Royal Institute of Technology',
  'University of Washington', 'Ohio State University', 'Arizona State University', 'Georgia Institute of Technology',
  'University of Edinburgh', 'Trinity College Dublin', 'University of Amsterdam', 'Politecnico di Milano',
  'Universidad Complutense de Madrid', 'University of São Paulo', 'McGill University', 'University of Auckland',
  'Seoul National University', 'University of Nairobi', 'Jagiellonian University', 'Charles University',
  'University of Texas at Austin', 'Boston College', 'Kings College London', 'University of Leeds',
  'Monash University', 'Humboldt University of Berlin', 'Université de Montréal', 'Cairo University',
  'Lakeside Community College', 'Westfield Nursing School', 'Le Cordon Bleu Paris', 'Open University',
  'Delft University of Technology', 'University of Vienna', 'Aalto University', 'University of Ghana',
];

// Degree spellings: [studyType as shown, level] — the truth keeps the spelling the document shows.
const DEGREES = {
  bachelor: ['Bachelor of Science', 'Bachelor of Arts', 'BSc', 'B.Sc.', 'BA', 'B.A.', 'B.S.', 'BS', 'Bachelor',
    'Bachelor of Engineering', 'B.Eng.', 'BEng', 'Bachelor of Commerce', 'B.Com', 'Bachelor\'s degree', 'Licence', 'Bachelor of Nursing', 'BN'],
  master: ['Master of Science', 'Master of Arts', 'MSc', 'M.Sc.', 'MA', 'M.A.', 'M.S.', 'MS', 'Master', 'MBA',
    'Master of Business Administration', 'M.Eng.', 'Master of Engineering', 'Master\'s degree', 'LLM', 'MEd'],
  doctorate: ['PhD', 'Ph.D.', 'Doctor of Philosophy', 'DPhil', 'Doctorate', 'JD', 'MD'],
  other: ['Diploma', 'Associate Degree', 'Associate of Applied Science', 'Certificate', 'Higher National Diploma', 'HND',
    'Advanced Diploma', 'Postgraduate Certificate', 'Vocational Certificate'],
};

// Cities with their countries (country codes for JSON Resume's location.countryCode).
const CITIES = [
  ['Toronto', 'Canada', 'CA', 'ON'], ['Vancouver', 'Canada', 'CA', 'BC'], ['Montreal', 'Canada', 'CA', 'QC'],
  ['New York', 'United States', 'US', 'NY'], ['Austin', 'United States', 'US', 'TX'], ['Seattle', 'United States', 'US', 'WA'],
  ['Chicago', 'United States', 'US', 'IL'], ['Denver', 'United States', 'US', 'CO'], ['Boston', 'United States', 'US', 'MA'],
  ['Portland', 'United States', 'US', 'OR'], ['Atlanta', 'United States', 'US', 'GA'], ['San Diego', 'United States', 'US', 'CA'],
  ['London', 'United Kingdom', 'GB', 'England'], ['Manchester', 'United Kingdom', 'GB', 'England'], ['Glasgow', 'United Kingdom', 'GB', 'Scotland'],
  ['Dublin', 'Ireland', 'IE', 'Leinster'], ['Berlin', 'Germany', 'DE', 'Berlin'], ['Munich', 'Germany', 'DE', 'Bavaria'],
  ['Hamburg', 'Germany', 'DE', 'Hamburg'], ['Paris', 'France', 'FR', 'Île-de-France'], ['Lyon', 'France', 'FR', 'Auvergne-Rhône-Alpes'],
  ['Madrid', 'Spain', 'ES', 'Madrid'], ['Barcelona', 'Spain', 'ES', 'Catalonia'], ['Lisbon', 'Portugal', 'PT', 'Lisboa'],
  ['Amsterdam', 'Netherlands', 'NL', 'North Holland'], ['Rotterdam', 'Netherlands', 'NL', 'South Holland'],
  ['Brussels', 'Belgium', 'BE', 'Brussels'], ['Zurich', 'Switzerland', 'CH', 'Zurich'], ['Vienna', 'Austria', 'AT', 'Vienna'],
  ['Stockholm', 'Sweden', 'SE', 'Stockholm'], ['Oslo', 'Norway', 'NO', 'Oslo'], ['Copenhagen', 'Denmark', 'DK', 'Capital Region'],
  ['Helsinki', 'Finland', 'FI', 'Uusimaa'], ['Warsaw', 'Poland', 'PL', 'Masovia'], ['Krakow', 'Poland', 'PL', 'Lesser Poland'],
  ['Prague', 'Czech Republic', 'CZ', 'Prague'], ['Milan', 'Italy', 'IT', 'Lombardy'], ['Rome', 'Italy', 'IT', 'Lazio'],
  ['Sydney', 'Australia', 'AU', 'NSW'], ['Melbourne', 'Australia', 'AU', 'VIC'], ['Brisbane', 'Australia', 'AU', 'QLD'],
  ['Auckland', 'New Zealand', 'NZ', 'Auckland'], ['Singapore', 'Singapore', 'SG', ''], ['Bangalore', 'India', 'IN', 'Karnataka'],
  ['Mumbai', 'India', 'IN', 'Maharashtra'], ['Pune', 'India', 'IN', 'Maharashtra'], ['Lagos', 'Nigeria', 'NG', 'Lagos'],
  ['Nairobi', 'Kenya', 'KE', 'Nairobi'], ['Cape Town', 'South Africa', 'ZA', 'Western Cape'], ['Cairo', 'Egypt', 'EG', 'Cairo'],
  ['São Paulo', 'Brazil', 'BR', 'SP'], ['Buenos Aires', 'Argentina', 'AR', 'CABA'], ['Mexico City', 'Mexico', 'MX', 'CDMX'],
  ['Bogotá', 'Colombia', 'CO', 'Bogotá'], ['Santiago', 'Chile', 'CL', 'RM'], ['Tokyo', 'Japan', 'JP', 'Tokyo'],
  ['Seoul', 'South Korea', 'KR', 'Seoul'], ['Dubai', 'United Arab Emirates', 'AE', 'Dubai'], ['Tel Aviv', 'Israel', 'IL', 'Tel Aviv'],
];

const LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Portuguese', 'Italian', 'Dutch', 'Polish', 'Mandarin', 'Hindi', 'Arabic', 'Japanese', 'Swahili', 'Swedish'];
const FLUENCY = ['Native', 'Fluent', 'Professional working proficiency', 'Intermediate', 'Basic', 'C1', 'B2', 'Native speaker'];
const INTERESTS = ['Cycling', 'Photography', 'Chess', 'Marathon running', 'Cooking', 'Gardening', 'Volunteering', 'Piano', 'Hiking', 'Rock climbing', 'Reading', 'Sailing'];
const AWARDS = ['Employee of the Year', 'Dean\'s List', 'Best Paper Award', 'Excellence in Teaching Award', 'President\'s Club', 'Innovation Prize', 'Scholarship for Academic Merit'];
const CERTS = ['PMP', 'AWS Certified Solutions Architect', 'CPA', 'CFA Level II', 'Certified ScrumMaster', 'PRINCE2 Practitioner', 'ITIL Foundation', 'Food Hygiene Level 3', 'TEFL Certificate'];

module.exports = { FIELDS, EMPLOYERS, UNIVERSITIES, DEGREES, CITIES, LANGUAGES, FLUENCY, INTERESTS, AWARDS, CERTS };
