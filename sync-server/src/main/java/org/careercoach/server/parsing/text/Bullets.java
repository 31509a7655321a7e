package org.careercoach.server.parsing.text;

import java.util.regex.Pattern;

/** Bullet marks that start a list item: a dash, a dot, a star, an arrow, a tick, or a number. */
public final class Bullets {

  /**
   * The marks lists use, including symbol-font glyphs that come out of a PDF or Word file as
   * private-use characters, and "{", which a symbol font without a Unicode map yields for its
   * bullet (LaTeX's moderncv); and Word's second-level "o" (a Courier letter) before a capital.
   */
  private static final Pattern BULLET =
      Pattern.compile(
          "^\\s*(?:[-•*▪◦●‣–—·»>○■□◆◇►▶➢➤✓✔→\\uf0b7\\uf0a7\\uf076\\uf0d8\\uf0fc{]|\\d+[.)])\\s+|^\\s*o\\s+(?=\\p{Lu})");

  private Bullets() {}

  public static boolean isBullet(String text) {
    return BULLET.matcher(text).find();
  }

  /** The item's text without its bullet. */
  public static String unbullet(String text) {
    return BULLET.matcher(text).replaceFirst("").strip();
  }
}
