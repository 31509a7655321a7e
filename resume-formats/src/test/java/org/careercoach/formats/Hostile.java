package org.careercoach.formats;

import java.util.List;
import java.util.Map;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Profile;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Work;

/** A resume whose text tries to break the writers: markup, a huge word, RTL, emoji, controls. */
public final class Hostile {

  public static final String MARKUP = "<script>alert('x')</script> & \"quotes\" ]]> <!-- -->";
  public static final String LONG_WORD = "Supercalifragilistic".repeat(30);
  public static final String RTL = "עברית עם ניקוד ו-العربية";
  public static final String EMOJI = "Team lead \uD83D\uDE80 \uD83D\uDC4D";
  public static final String CONTROLS = "bell\u0007 null\u0000 lone\uD800surrogate";

  private Hostile() {}

  public static Resume resume() {
    return new Resume(
        null,
        new Basics(
            MARKUP,
            RTL,
            null,
            "a&b@example.com",
            null,
            "javascript:alert(1)",
            LONG_WORD,
            null,
            List.of(new Profile("<b>Net</b>", CONTROLS, "file:///etc/passwd", Map.of())),
            Map.of()),
        List.of(
            new Work(
                EMOJI,
                null,
                null,
                MARKUP,
                null,
                PartialDate.ofYear(2020),
                null,
                RTL,
                List.of(LONG_WORD, EMOJI, CONTROLS),
                Map.of())),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of());
  }
}
