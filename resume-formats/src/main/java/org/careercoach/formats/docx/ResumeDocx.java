package org.careercoach.formats.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.careercoach.formats.Template;
import org.careercoach.formats.layout.Entry;
import org.careercoach.formats.layout.Layouts;
import org.careercoach.formats.layout.Link;
import org.careercoach.formats.layout.ResumeLayout;
import org.careercoach.formats.layout.Section;
import org.careercoach.model.resume.Resume;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a resume as a Word document a user can go on editing: the name in the Title style,
 * sections in Heading 1, entries in Heading 2 (so Word's navigation pane and screen readers see the
 * outline), highlights as a real bulleted list, addresses as hyperlinks. MODERN puts contacts and
 * the one-line sections in a shaded first column of a borderless table.
 *
 * <p>Stateless and safe to call from several threads: each call builds its own document.
 */
public final class ResumeDocx {

  static final String TITLE = "Title";
  static final String SECTION = "Heading1";
  static final String ENTRY = "Heading2";
  static final String LIST = "ListParagraph";
  private static final String ACCENT = "1A4F8B";
  private static final String FONT = "Calibri";

  private ResumeDocx() {}

  /**
   * Writes {@code resume} in {@code template} to {@code out}, which is left open.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Resume resume, Template template, OutputStream out) throws IOException {
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(out, "out");
    ResumeLayout layout = Layouts.of(resume);
    try (XWPFDocument doc = new XWPFDocument()) {
      addStyles(doc);
      BigInteger bullets = addBulletList(doc);
      Writer writer = new Writer(bullets);
      doc.getProperties().getCoreProperties().setTitle(clean(layout.name()));
      doc.getProperties().getCoreProperties().setCreator("Career Coach");
      switch (template) {
        case CLASSIC -> writer.classic(doc, layout);
        case MODERN -> writer.modern(doc, layout);
      }
      doc.write(out);
    }
  }

  /** Writes the parts of a layout into a body (the document, or a table cell). */
  private record Writer(BigInteger bulletList) {

    void classic(XWPFDocument doc, ResumeLayout layout) {
      header(doc, layout);
      if (!layout.contacts().isEmpty()) {
        XWPFParagraph line = doc.createParagraph();
        List<Link> contacts = layout.contacts();
        for (int i = 0; i < contacts.size(); i++) {
          if (i > 0) {
            line.createRun().setText(" | ");
          }
          link(line, contacts.get(i));
        }
      }
      layout.sections().forEach(s -> section(doc, s));
    }

    void modern(XWPFDocument doc, ResumeLayout layout) {
      header(doc, layout);
      XWPFTable table = doc.createTable(1, 2);
      borderless(table);
      XWPFTableCell side = table.getRow(0).getCell(0);
      XWPFTableCell main = table.getRow(0).getCell(1);
      side.setWidth("32%");
      main.setWidth("68%");
      CTShd shade = side.getCTTc().addNewTcPr().addNewShd();
      shade.setVal(STShd.CLEAR);
      shade.setFill("EEF2F7");
      XWPFParagraph first = side.getParagraphs().get(0);
      if (!layout.contacts().isEmpty()) {
        first.setStyle(SECTION);
        text(first, "Contact");
        for (Link contact : layout.contacts()) {
          link(side.addParagraph(), contact);
        }
      }
      layout.sections().stream().filter(Section::compact).forEach(s -> section(side, s));
      layout.sections().stream().filter(s -> !s.compact()).forEach(s -> section(main, s));
      // A new cell starts with an empty paragraph; drop the ones nothing was written into.
      for (XWPFTableCell cell : List.of(side, main)) {
        if (cell.getParagraphs().size() > 1 && cell.getParagraphs().get(0).getText().isEmpty()) {
          cell.removeParagraph(0);
        }
      }
    }

    private void header(XWPFDocument doc, ResumeLayout layout) {
      XWPFParagraph name = doc.createParagraph();
      name.setStyle(TITLE);
      text(name, layout.name());
      if (layout.label() != null) {
        XWPFRun label = doc.createParagraph().createRun();
        label.setFontSize(12);
        label.setText(clean(layout.label()));
      }
    }

    private void section(IBody body, Section section) {
      XWPFParagraph heading = paragraph(body);
      heading.setStyle(SECTION);
      text(heading, section.title());
      for (Entry entry : section.entries()) {
        entry(body, entry, section.compact());
      }
    }

    private void entry(IBody body, Entry entry, boolean compact) {
      boolean hasBody = !entry.paragraphs().isEmpty() || !entry.bullets().isEmpty();
      if (!entry.title().isEmpty()) {
        XWPFParagraph title = paragraph(body);
        if (compact) {
          text(title, entry.title());
        } else {
          title.setStyle(ENTRY);
          text(title, entry.title());
        }
        keepWithNext(title, hasBody || entry.dates() != null);
      }
      if (entry.dates() != null) {
        XWPFParagraph dates = paragraph(body);
        text(dates, entry.dates());
        keepWithNext(dates, hasBody || entry.link() != null);
      }
      if (entry.link() != null) {
        XWPFParagraph link = paragraph(body);
        link(link, entry.link());
        keepWithNext(link, hasBody);
      }
      for (String text : entry.paragraphs()) {
        text(paragraph(body), text);
      }
      for (String bullet : entry.bullets()) {
        XWPFParagraph item = paragraph(body);
        item.setStyle(LIST);
        item.setNumID(bulletList);
        item.setNumILvl(BigInteger.ZERO);
        text(item, bullet);
      }
    }

    private static XWPFParagraph paragraph(IBody body) {
      if (body instanceof XWPFDocument doc) {
        return doc.createParagraph();
      }
      return ((XWPFTableCell) body).addParagraph();
    }
  }

  /**
   * Keeps a paragraph on the page of the next one, so an entry's heading and dates never sit alone
   * at the bottom of a page. (POI's own setter fails on a paragraph without properties.)
   */
  private static void keepWithNext(XWPFParagraph paragraph, boolean keep) {
    if (keep) {
      var ctp = paragraph.getCTP();
      (ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr()).addNewKeepNext();
    }
  }

  /** Text into a paragraph; a line break inside the text becomes a line break in Word. */
  private static void text(XWPFParagraph paragraph, String text) {
    XWPFRun run = paragraph.createRun();
    String[] lines = clean(text).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  private static void link(XWPFParagraph paragraph, Link link) {
    if (!link.isLink()) {
      text(paragraph, link.text());
      return;
    }
    XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.href());
    run.setText(clean(link.text()));
    run.setUnderline(UnderlinePatterns.SINGLE);
    run.setColor(ACCENT);
  }

  /** Drops the characters XML 1.0 cannot hold, which would make Word refuse the file. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static void borderless(XWPFTable table) {
    CTTblPr properties = table.getCTTbl().getTblPr();
    CTTblBorders borders =
        properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
    borders.addNewTop().setVal(STBorder.NONE);
    borders.addNewBottom().setVal(STBorder.NONE);
    borders.addNewLeft().setVal(STBorder.NONE);
    borders.addNewRight().setVal(STBorder.NONE);
    borders.addNewInsideH().setVal(STBorder.NONE);
    borders.addNewInsideV().setVal(STBorder.NONE);
    table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
    table.setWidth("100%");
    properties.getTblW().setType(STTblWidth.PCT);
  }

  /** Word's own style ids and names, so Word, LibreOffice and parsers see real headings. */
  private static void addStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.setSpellingLanguage("en-GB");
    styles.addStyle(style("Normal", "Normal", null, 0, 20, false, null));
    styles.addStyle(style(TITLE, "Title", 0, 0, 40, true, "10243F"));
    styles.addStyle(style(SECTION, "heading 1", 0, 1, 24, true, ACCENT));
    styles.addStyle(style(ENTRY, "heading 2", 1, 2, 21, true, null));
    CTStyle list = style(LIST, "List Paragraph", null, 0, 20, false, null).getCTStyle();
    list.getPPr().addNewInd().setLeft(BigInteger.valueOf(720));
    styles.addStyle(new XWPFStyle(list));
  }

  /**
   * A paragraph style.
   *
   * @param outline the outline level (0 for Heading 1), or {@code null} for body text
   * @param halfPoints the font size in half points
   */
  private static XWPFStyle style(
      String id,
      String name,
      Integer outline,
      int priority,
      int halfPoints,
      boolean bold,
      String color) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    if (!id.equals("Normal")) {
      ct.addNewBasedOn().setVal("Normal");
      ct.addNewNext().setVal("Normal");
    } else {
      ct.setDefault(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
    }
    ct.addNewUiPriority().setVal(BigInteger.valueOf(priority));
    ct.addNewQFormat();
    CTPPrGeneral paragraph = ct.addNewPPr();
    if (outline != null) {
      paragraph.addNewKeepNext();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 240 : 120));
    } else {
      paragraph.addNewSpacing().setAfter(BigInteger.valueOf(40));
    }
    CTRPr run = ct.addNewRPr();
    var fonts = run.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
    }
    if (color != null) {
      run.addNewColor().setVal(color);
    }
    return new XWPFStyle(ct);
  }

  /** One bulleted list definition that every highlight paragraph refers to. */
  private static BigInteger addBulletList(XWPFDocument doc) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    var indent = level.addNewPPr().addNewInd();
    indent.setLeft(BigInteger.valueOf(360));
    indent.setHanging(BigInteger.valueOf(360));
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
    return numbering.addNum(abstractId);
  }
}
