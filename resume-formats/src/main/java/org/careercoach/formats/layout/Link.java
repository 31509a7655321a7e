package org.careercoach.formats.layout;

/**
 * A piece of text that may point somewhere.
 *
 * @param text what is shown
 * @param href where it points ({@code mailto:}, {@code tel:}, {@code https:}), or {@code null}
 */
public record Link(String text, String href) {

  public boolean isLink() {
    return href != null;
  }
}
