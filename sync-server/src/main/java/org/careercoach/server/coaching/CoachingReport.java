package org.careercoach.server.coaching;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.careercoach.server.ai.ChatModel;
import org.careercoach.server.ai.ModelProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What coaching cost over recent days, per person, for the admin console. */
@Component
public class CoachingReport {

  /** Most people listed on one report: the heaviest users are the ones an operator looks for. */
  static final int MAX_PEOPLE = 200;

  private final JdbcClient jdbc;
  private final ModelProvider models;
  private final Clock clock;

  CoachingReport(JdbcClient jdbc, ModelProvider models, Clock clock) {
    this.jdbc = jdbc;
    this.models = models;
    this.clock = clock;
  }

  /**
   * The report.
   *
   * @param model the coaching model, empty when none is configured
   * @param dailyTokens what one person may use a day
   * @param days how many days it covers, today included
   * @param tokens everyone's tokens over those days
   * @param people the heaviest users first, at most {@link #MAX_PEOPLE}
   */
  public record Report(
      String model, long dailyTokens, int days, long tokens, List<Person> people) {}

  /**
   * One person's use.
   *
   * @param today what they used today (UTC): at {@code dailyTokens} they are refused until midnight
   */
  public record Person(
      UUID user, String email, long tokens, long replies, long today, LocalDate lastDay) {}

  public Report report(int days) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<Person> people =
        jdbc.sql(
                """
                select u.user_id, users.email, sum(u.tokens), sum(u.replies),
                       coalesce(sum(u.tokens) filter (where u.day = :today), 0), max(u.day)
                from ai_usage u join users on users.id = u.user_id
                where u.day > :since
                group by u.user_id, users.email
                order by 3 desc, 2
                limit :max
                """)
            .param("today", Date.valueOf(today))
            .param("since", Date.valueOf(today.minusDays(days)))
            .param("max", MAX_PEOPLE)
            .query(
                (rs, n) ->
                    new Person(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getDate(6).toLocalDate()))
            .list();
    long total =
        jdbc.sql("select coalesce(sum(tokens), 0) from ai_usage where day > :since")
            .param("since", Date.valueOf(today.minusDays(days)))
            .query(Long.class)
            .single();
    return new Report(
        models.chat().map(ChatModel::name).orElse(""),
        models.chatProperties().dailyTokens(),
        days,
        total,
        people);
  }
}
