package org.careercoach.server.parsing.learning;

/**
 * One labelled line of the corpus, as the {@code lines} command writes it (one JSON object a line):
 * where it comes from, its raw data and its label. Features are not stored: they are computed from
 * the raw data by the code that reads.
 *
 * @param document the document's file name within its layout ("r0001.pdf")
 * @param layout the layout's id
 * @param group the layout's group (its renderer family), what leave-one-group-out leaves out
 * @param index the line's position in its document, from 0
 */
public record LineRecord(
    String document, String layout, String group, int index, LineLabel label, LayoutLine line) {}
