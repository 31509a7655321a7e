/**
 * Reading and writing resumes as files (ADR 0017): JSON Resume checked against its schema, and PDF
 * and DOCX rendered inside the JVM from one layout so both show the same thing.
 */
package org.careercoach.formats;
