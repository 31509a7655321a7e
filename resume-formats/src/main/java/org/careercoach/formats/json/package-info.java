/** JSON Resume files: export, and an import that takes a whole resume or nothing. */
package org.careercoach.formats.json;
