package org.careercoach.server.resumes;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many files an account keeps and their total size: the admin console's view (no content). */
@Component
public class ResumeCounts {

  /** An account's uploads: how many, and their bytes. */
  public record Uploads(long files, long bytes) {}

  private final JdbcClient jdbc;

  ResumeCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Uploads of(UUID owner) {
    return jdbc.sql("select count(*), coalesce(sum(size), 0) from resumes where owner_id = :owner")
        .param("owner", owner)
        .query((rs, n) -> new Uploads(rs.getLong(1), rs.getLong(2)))
        .single();
  }
}
