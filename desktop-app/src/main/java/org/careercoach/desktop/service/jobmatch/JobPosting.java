package org.careercoach.desktop.service.jobmatch;

import java.util.List;

/**
 * A job as the match reads it.
 *
 * @param title the role, or empty when the text does not say
 * @param company who offers it, or empty
 * @param text all of its words, for keywords and similarity
 * @param required the skills it asks for, by canonical name, in the order it names them
 * @param niceToHave the skills it would like (under "nice to have", "preferred", "a plus"…)
 */
public record JobPosting(
    String title, String company, String text, List<String> required, List<String> niceToHave) {

  public JobPosting {
    title = title == null ? "" : title.strip();
    company = company == null ? "" : company.strip();
    text = text == null ? "" : text;
    required = List.copyOf(required);
    niceToHave = List.copyOf(niceToHave);
  }
}
