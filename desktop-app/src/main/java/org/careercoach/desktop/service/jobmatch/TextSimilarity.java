package org.careercoach.desktop.service.jobmatch;

/** How close two texts are in meaning, from about 0 (unrelated) to 1 (the same). */
public interface TextSimilarity {

  double between(String a, String b);
}
