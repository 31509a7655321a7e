package org.careercoach.server.parsing.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.parsing.text.Line;

/**
 * DOCX with Apache POI: headers first, then the body in order; a table is read cell by cell (so a
 * sidebar laid out as a table is read column by column); tabs split segments; headings and bold
 * runs are kept.
 */
public final class DocxExtractor {

  static {
    // Refuse zip bombs and absurd parts before POI inflates them.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
    ZipSecureFile.setMaxTextSize(Limits.MAX_CHARS * 4L);
    ZipSecureFile.setMaxFileCount(2_000);
  }

  private DocxExtractor() {}

  public static List<Line> extract(byte[] bytes) {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<Line> lines = new ArrayList<>();
      for (XWPFHeader header : docx.getHeaderList()) {
        for (XWPFParagraph paragraph : header.getParagraphs()) {
          add(lines, paragraph);
        }
      }
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          add(lines, paragraph);
        } else if (element instanceof XWPFTable table) {
          addTable(lines, table);
        }
      }
      if (lines.stream().allMatch(Line::isBlank)) {
        throw new ParseFailure(ParseFailure.Kind.NO_TEXT, "The Word document has no text.");
      }
      return lines;
    } catch (StackOverflowError e) {
      // POI reads a table's cells, and tables inside them, by recursion: a document nesting tables
      // thousands deep overflows the parsing thread's stack (found by the hostile tests).
      throw new ParseFailure(
          ParseFailure.Kind.TOO_DEEP,
          "The Word document nests tables deeper than any resume and cannot be read.",
          e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParseFailure failure) {
        throw failure;
      }
      throw new ParseFailure(
          refusal(e), "The Word document is damaged or unsafe to open and cannot be read.", e);
    }
  }

  /**
   * Which of POI's defences refused the document, read from its messages (POI has no exception type
   * per limit); anything else is damage.
   */
  static ParseFailure.Kind refusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Zip bomb detected")) {
        return ParseFailure.Kind.TOO_LARGE;
      }
      if (message.contains("more internal file entries than expected")) {
        return ParseFailure.Kind.TOO_MANY_ENTRIES;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return ParseFailure.Kind.UNREADABLE;
  }

  /**
   * A table that sets out the page (a sidebar beside the main text: two or more cells of many
   * paragraphs) is read column by column; any other table (an entry with its dates in a cell to the
   * right or left, a grid of skills) row by row, the paragraphs that stand side by side in a row
   * read as one line of several segments, as they are seen.
   */
  private static void addTable(List<Line> lines, XWPFTable table) {
    List<XWPFTableRow> rows = table.getRows();
    if (isPageLayout(rows)) {
      int columns = rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
      for (int column = 0; column < columns; column++) {
        for (XWPFTableRow row : rows) {
          if (column < row.getTableCells().size()) {
            XWPFTableCell cell = row.getTableCells().get(column);
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
              add(lines, paragraph, Math.min(column, 1));
            }
          }
        }
      }
      return;
    }
    for (XWPFTableRow row : rows) {
      List<List<XWPFParagraph>> cells = new ArrayList<>();
      int depth = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        List<XWPFParagraph> written =
            cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
        cells.add(written);
        depth = Math.max(depth, written.size());
      }
      for (int k = 0; k < depth; k++) {
        List<XWPFParagraph> beside = new ArrayList<>();
        for (List<XWPFParagraph> cell : cells) {
          if (k < cell.size()) {
            beside.add(cell.get(k));
          }
        }
        add(lines, beside, 0);
      }
    }
  }

  /** Whether two cells of one row each hold more than a few paragraphs: two columns of text. */
  private static boolean isPageLayout(List<XWPFTableRow> rows) {
    for (XWPFTableRow row : rows) {
      int full = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        long written = cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).count();
        if (written > 3) {
          full++;
        }
      }
      if (full >= 2) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Line> lines, XWPFParagraph paragraph) {
    add(lines, paragraph, 0);
  }

  /** Adds a paragraph; {@code column} 1 marks a table's later columns (a sidebar layout). */
  private static void add(List<Line> lines, XWPFParagraph paragraph, int column) {
    add(lines, List.of(paragraph), column);
  }

  /**
   * Refuses paragraphs whose line breaks alone pass the line limit, before their text is read: POI
   * reads a run's text in time that grows with its breaks squared (seconds for ten thousand, and
   * twice over, for the run and for the paragraph), while counting them is instant.
   */
  private static void refuseEndlessBreaks(List<Line> lines, List<XWPFParagraph> paragraphs) {
    long breaks = 0;
    for (XWPFParagraph paragraph : paragraphs) {
      for (XWPFRun run : paragraph.getRuns()) {
        breaks += run.getCTR().sizeOfBrArray() + run.getCTR().sizeOfCrArray();
      }
    }
    if (lines.size() + breaks >= Limits.MAX_LINES) {
      throw new ParseFailure(
          ParseFailure.Kind.TOO_LARGE, "The Word document has too many lines to be a resume.");
    }
  }

  /** Adds paragraphs that stand side by side (a table's row) as one line of their segments. */
  private static void add(List<Line> lines, List<XWPFParagraph> paragraphs, int column) {
    refuseEndlessBreaks(lines, paragraphs);
    boolean heading = false;
    int boldChars = 0;
    int chars = 0;
    double size = 0;
    List<String> segments = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (XWPFParagraph paragraph : paragraphs) {
      String style =
          paragraph.getStyle() == null
              ? ""
              : paragraph.getStyle().toLowerCase(java.util.Locale.ROOT);
      heading |= style.startsWith("heading") || style.equals("title");
      for (XWPFRun run : paragraph.getRuns()) {
        String runText = run.text();
        chars += runText.length();
        if (run.isBold()) {
          boldChars += runText.length();
        }
        Double fontSize = run.getFontSizeAsDouble();
        if (fontSize != null) {
          size = Math.max(size, fontSize);
        }
      }
      String bullet = paragraph.getNumFmt() != null || paragraph.getNumID() != null ? "• " : "";
      // A line break inside a paragraph ("New York, US" ↵ "(909) 429-9871" ↵ an email) ends a
      // line as a paragraph does; in a table's row it ends a cell's segment.
      for (String broken : paragraph.getText().split("\n")) {
        List<String> own = new ArrayList<>(TextSegments.split(broken));
        if (!bullet.isEmpty() && !own.isEmpty()) {
          own.set(0, bullet + own.get(0));
          bullet = "";
        }
        if (paragraphs.size() == 1 && !own.isEmpty()) {
          rows.add(own);
        } else {
          segments.addAll(own);
        }
      }
    }
    if (!segments.isEmpty() || rows.isEmpty()) {
      rows.add(segments);
    }
    for (List<String> row : rows) {
      if (lines.size() >= Limits.MAX_LINES) {
        throw new ParseFailure(
            ParseFailure.Kind.TOO_LARGE, "The Word document has too many lines to be a resume.");
      }
      lines.add(
          new Line(
              row,
              1,
              lines.size() + 1,
              (float) (heading && size == 0 ? 14 : size),
              heading || (chars > 0 && boldChars * 2 > chars),
              column));
    }
  }
}
