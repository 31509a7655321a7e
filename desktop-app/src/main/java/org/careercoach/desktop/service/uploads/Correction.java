package org.careercoach.desktop.service.uploads;

/**
 * A field the person corrected while reviewing a parsed file.
 *
 * @param field the field's path, as in {@link org.careercoach.model.api.ParseProvenance} ({@code
 *     work[0].name})
 * @param parsed what the parser gave (null when it gave nothing)
 * @param corrected what the person kept (null when they removed it)
 * @param confidence the parser's confidence in {@code parsed}, -1 when it gave none
 */
public record Correction(String field, String parsed, String corrected, double confidence) {}
