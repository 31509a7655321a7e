/** DOCX export with Apache POI: real heading styles, real bullet lists, real hyperlinks. */
package org.careercoach.formats.docx;
