/**
 * What a resume shows, in order, independent of the file format: the PDF and DOCX writers both
 * render this, so a field present in one is present in the other.
 */
package org.careercoach.formats.layout;
