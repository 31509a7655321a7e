package org.careercoach.server.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times and counts as the console's templates print them ({@code ${@consoleFormat.time(x)}}): UTC,
 * to the second, the same on every page and every instance whatever its time zone.
 */
@Component("consoleFormat")
public class ConsoleFormat {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  /** A count with thousands separated: 1,234,567. */
  public String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
