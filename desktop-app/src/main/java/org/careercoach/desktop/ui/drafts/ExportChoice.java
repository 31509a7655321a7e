package org.careercoach.desktop.ui.drafts;

/**
 * How to export: the format, and for PDF and DOCX the template's name (CLASSIC, MODERN).
 *
 * @param format the file's kind
 * @param template the template's name; ignored for JSON
 */
record ExportChoice(ExportFormat format, String template) {}
