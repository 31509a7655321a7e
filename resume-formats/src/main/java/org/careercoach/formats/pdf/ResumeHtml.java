package org.careercoach.formats.pdf;

import static org.careercoach.formats.pdf.Xml.escape;

import java.util.List;
import org.careercoach.formats.Template;
import org.careercoach.formats.layout.Entry;
import org.careercoach.formats.layout.Link;
import org.careercoach.formats.layout.ResumeLayout;
import org.careercoach.formats.layout.Section;

/**
 * The XHTML and CSS a template renders a layout as. Every piece of user text goes through {@link
 * Xml#escape}; only addresses that passed {@code Layouts.safeHref} become links.
 *
 * <p>Text order: openhtmltopdf paints a block's own text before its inline children, so a block
 * that mixes bare text and elements would come out of text extraction (and of a screen reader) in
 * the wrong order. Every run of text is therefore its own element.
 *
 * <p>Page breaks: each entry's title, dates and first line sit in one block that may not break
 * inside ({@code page-break-inside: avoid}), and a section's heading sits in its first entry's
 * block, so no heading is ever left alone at the bottom of a page.
 */
final class ResumeHtml {

  static final String FONT = "DejaVu Sans";

  private static final String COMMON_CSS =
      """
      @page { size: A4; margin: 16mm 15mm 16mm 15mm; }
      body { font-family: '%s'; font-size: 9.5pt; line-height: 1.35; color: #1d1d1f; margin: 0; }
      a { color: #1a4f8b; text-decoration: none; }
      h1 { font-size: 20pt; margin: 0; font-weight: bold; }
      .label { font-size: 11pt; color: #444; margin: 1mm 0 0 0; }
      h2 { font-size: 11pt; font-weight: bold; text-transform: none; margin: 5mm 0 1.5mm 0;
           padding-bottom: 0.6mm; border-bottom: 0.6pt solid #1a4f8b; color: #1a4f8b; }
      .keep { page-break-inside: avoid; }
      .entry { margin: 0 0 2.5mm 0; }
      .title { font-weight: bold; margin: 0; }
      .dates { color: #444; margin: 0; }
      .link { margin: 0; }
      p { margin: 0.8mm 0 0 0; }
      ul { margin: 0.8mm 0 0 0; padding-left: 4.5mm; }
      ul.rest { margin-top: 0; }
      li { margin: 0 0 0.4mm 0; }
      .compact .entry { margin-bottom: 0.8mm; }
      .compact .title { font-weight: normal; }
      body, p, li, .title, .dates, .contacts, h1, h2 { word-wrap: break-word; }
      """;

  private static final String CLASSIC_CSS =
      """
      .contacts { margin: 1.5mm 0 0 0; color: #333; }
      """;

  private static final String MODERN_CSS =
      """
      @page { margin: 0; }
      body { font-size: 9.3pt; }
      .band { position: fixed; left: 0; top: 0; width: 66mm; height: 297mm;
              background-color: #eef2f7; z-index: -1; }
      .side { float: left; width: 54mm; padding: 14mm 0 0 7mm; }
      .main { margin-left: 74mm; padding: 14mm 14mm 12mm 0; }
      .side h2 { font-size: 10pt; border-bottom: 0.6pt solid #1a4f8b; }
      .side .contacts p { margin: 0 0 1mm 0; }
      h1 { color: #10243f; }
      """;

  private ResumeHtml() {}

  static String render(ResumeLayout layout, Template template) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(layout.name().isEmpty() ? "Resume" : layout.name()))
        .append("</title><style>")
        .append(COMMON_CSS.formatted(FONT))
        .append(template == Template.MODERN ? MODERN_CSS : CLASSIC_CSS)
        .append("</style></head><body>");
    switch (template) {
      case CLASSIC -> classic(html, layout);
      case MODERN -> modern(html, layout);
    }
    return html.append("</body></html>").toString();
  }

  private static void classic(StringBuilder html, ResumeLayout layout) {
    header(html, layout);
    if (!layout.contacts().isEmpty()) {
      html.append("<p class=\"contacts\">");
      List<Link> contacts = layout.contacts();
      for (int i = 0; i < contacts.size(); i++) {
        if (i > 0) {
          html.append("<span> | </span>");
        }
        link(html, contacts.get(i));
      }
      html.append("</p>");
    }
    layout.sections().forEach(s -> section(html, s));
  }

  /** Sidebar: contacts and the one-line sections; main column: everything with entries. */
  private static void modern(StringBuilder html, ResumeLayout layout) {
    html.append("<div class=\"band\"></div><div class=\"side\">");
    if (!layout.contacts().isEmpty()) {
      html.append("<h2>Contact</h2><div class=\"contacts\">");
      for (Link contact : layout.contacts()) {
        html.append("<p>");
        link(html, contact);
        html.append("</p>");
      }
      html.append("</div>");
    }
    layout.sections().stream().filter(Section::compact).forEach(s -> section(html, s));
    html.append("</div><div class=\"main\">");
    header(html, layout);
    layout.sections().stream().filter(s -> !s.compact()).forEach(s -> section(html, s));
    html.append("</div>");
  }

  private static void header(StringBuilder html, ResumeLayout layout) {
    html.append("<h1>").append(escape(layout.name())).append("</h1>");
    if (layout.label() != null) {
      html.append("<p class=\"label\">").append(escape(layout.label())).append("</p>");
    }
  }

  private static void section(StringBuilder html, Section section) {
    html.append("<div class=\"section").append(section.compact() ? " compact" : "").append("\">");
    List<Entry> entries = section.entries();
    for (int i = 0; i < entries.size(); i++) {
      entry(html, entries.get(i), i == 0 ? section.title() : null);
    }
    html.append("</div>");
  }

  private static void entry(StringBuilder html, Entry entry, String sectionTitle) {
    html.append("<div class=\"entry\"><div class=\"keep\">");
    if (sectionTitle != null) {
      html.append("<h2>").append(escape(sectionTitle)).append("</h2>");
    }
    if (!entry.title().isEmpty()) {
      html.append("<p class=\"title\">").append(escape(entry.title())).append("</p>");
    }
    if (entry.dates() != null) {
      html.append("<p class=\"dates\">").append(escape(entry.dates())).append("</p>");
    }
    if (entry.link() != null) {
      html.append("<p class=\"link\">");
      link(html, entry.link());
      html.append("</p>");
    }
    // The first line of the body stays with the heading; the rest may flow onto the next page.
    List<String> paragraphs = entry.paragraphs();
    List<String> bullets = entry.bullets();
    if (!paragraphs.isEmpty()) {
      paragraph(html, paragraphs.get(0));
      html.append("</div>");
      paragraphs.subList(1, paragraphs.size()).forEach(p -> paragraph(html, p));
      bullets(html, bullets, "");
    } else if (!bullets.isEmpty()) {
      bullets(html, bullets.subList(0, 1), "");
      html.append("</div>");
      bullets(html, bullets.subList(1, bullets.size()), " class=\"rest\"");
    } else {
      html.append("</div>");
    }
    html.append("</div>");
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>").append(escape(text)).append("</p>");
  }

  private static void bullets(StringBuilder html, List<String> bullets, String attributes) {
    if (bullets.isEmpty()) {
      return;
    }
    html.append("<ul").append(attributes).append(">");
    bullets.forEach(b -> html.append("<li>").append(escape(b)).append("</li>"));
    html.append("</ul>");
  }

  private static void link(StringBuilder html, Link link) {
    if (link.isLink()) {
      html.append("<a href=\"")
          .append(escape(link.href()))
          .append("\">")
          .append(escape(link.text()))
          .append("</a>");
    } else {
      html.append(escape(link.text()));
    }
  }
}
