/** PDF export: the templates as XHTML and CSS, rendered by openhtmltopdf on PDFBox 3. */
package org.careercoach.formats.pdf;
