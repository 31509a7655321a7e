package org.careercoach.server.coaching;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What each person's coaching used today (UTC days), in table {@code ai_usage}. */
@Component
class CoachingUsage {

  private final JdbcClient jdbc;
  private final Clock clock;

  CoachingUsage(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Tokens the person used today. */
  long today(UUID user) {
    return jdbc.sql("select tokens from ai_usage where user_id = :user and day = :day")
        .param("user", user)
        .param("day", Date.valueOf(day()))
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Adds one reply's tokens to today's. */
  void add(UUID user, long tokens) {
    jdbc.sql(
            """
            insert into ai_usage (user_id, day, tokens, replies) values (:user, :day, :tokens, 1)
            on conflict (user_id, day)
            do update set tokens = ai_usage.tokens + :tokens, replies = ai_usage.replies + 1
            """)
        .param("user", user)
        .param("day", Date.valueOf(day()))
        .param("tokens", tokens)
        .update();
  }

  /** One person's use on one day, for the admins. */
  record Day(UUID user, String email, LocalDate day, long tokens, int replies) {}

  /** Every person's use over the last {@code days} days, most tokens first. */
  List<Day> recent(int days) {
    return jdbc.sql(
            """
            select u.user_id, users.email, u.day, u.tokens, u.replies
            from ai_usage u join users on users.id = u.user_id
            where u.day > :since
            order by u.tokens desc, u.day desc
            limit 500
            """)
        .param("since", Date.valueOf(day().minusDays(days)))
        .query(
            (rs, n) ->
                new Day(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getDate(3).toLocalDate(),
                    rs.getLong(4),
                    rs.getInt(5)))
        .list();
  }

  private LocalDate day() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
