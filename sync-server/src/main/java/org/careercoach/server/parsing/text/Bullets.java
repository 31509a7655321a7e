package org.careercoach.server.parsing.text;

import java.util.regex.Pattern;

/** Bullet marks that start a list item: a dash, a dot, a star, an arrow, or a number. */
public final class Bullets {

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*▪◦●‣–—·»>]|\\d+[.)])\\s+");

  private Bullets() {}

  public static boolean isBullet(String text) {
    return BULLET.matcher(text).find();
  }

  /** The item's text without its bullet. */
  public static String unbullet(String text) {
    return BULLET.matcher(text).replaceFirst("").strip();
  }
}
