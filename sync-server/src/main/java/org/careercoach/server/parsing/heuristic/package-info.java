/**
 * The offline reader: lines into a JSON Resume by deterministic rules — sections by their headings,
 * contact details, entries (jobs, studies, projects) by their dates and headings, skill lists —
 * with a confidence and provenance per field. Used alone, and as the fallback when the AI reader
 * fails.
 */
package org.careercoach.server.parsing.heuristic;
