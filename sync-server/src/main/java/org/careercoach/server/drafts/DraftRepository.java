package org.careercoach.server.drafts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.Draft;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draft rows, the per-user commit order and the change log (ADR 0019). */
@Repository
class DraftRepository {

  private static final String COLUMNS =
      "id, owner_id, title, resume::text as resume, version, updated_at, trashed_at, deleted,"
          + " device, change_seq, change_token";

  private final JdbcClient jdbc;

  DraftRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row: the draft as clients see it, its owner and the change that stored it. */
  record Row(Draft draft, UUID owner, long seq, long token) {}

  UUID epoch() {
    return jdbc.sql("select epoch from data_epoch").query(UUID.class).single();
  }

  /**
   * Takes the owner's sync-state row lock until the transaction ends: the owner's writes run one at
   * a time, so numbers are handed out in commit order. Other users never wait for it.
   */
  void lockOwner(UUID owner) {
    // One statement: creates the row on the user's first write, else locks it (a no-op update).
    jdbc.sql(
            """
            insert into draft_sync_state (owner_id, last_seq) values (:owner, 0)
            on conflict (owner_id) do update set last_seq = draft_sync_state.last_seq
            """)
        .param("owner", owner)
        .update();
  }

  /** The next number of the owner's commit order (under {@link #lockOwner}). */
  long nextSeq(UUID owner) {
    return jdbc.sql(
            "update draft_sync_state set last_seq = last_seq + 1 where owner_id = :owner"
                + " returning last_seq")
        .param("owner", owner)
        .query(Long.class)
        .single();
  }

  /** The draft with this id, whoever owns it (the caller decides what another owner means). */
  Optional<Row> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from drafts where id = :id")
        .param("id", id)
        .query(DraftRepository::map)
        .optional();
  }

  long liveCount(UUID owner) {
    return jdbc.sql("select count(*) from drafts where owner_id = :owner and not deleted")
        .param("owner", owner)
        .query(Long.class)
        .single();
  }

  /**
   * Inserts or overwrites the row with this draft, stored as the change {@code seq, token}, and
   * logs the change; false (nothing written) when the id belongs to another user.
   */
  boolean save(UUID owner, Draft draft, long seq, long token) {
    int written =
        jdbc.sql(
                """
            insert into drafts (id, owner_id, title, resume, version, updated_at, trashed_at,
                                deleted, device, change_seq, change_token)
            values (:id, :owner, :title, cast(:resume as jsonb), :version, :updated, :trashed,
                    :deleted, :device, :seq, :token)
            on conflict (id) do update set
                title = excluded.title, resume = excluded.resume, version = excluded.version,
                updated_at = excluded.updated_at, trashed_at = excluded.trashed_at,
                deleted = excluded.deleted, device = excluded.device,
                change_seq = excluded.change_seq, change_token = excluded.change_token
            where drafts.owner_id = excluded.owner_id
            """)
            .param("id", draft.id())
            .param("owner", owner)
            .param("title", draft.title())
            .param(
                "resume",
                draft.resume() == null
                    ? null
                    : CoachJson.mapper().writeValueAsString(draft.resume()))
            .param("version", draft.version())
            .param("updated", Timestamp.from(draft.updatedAt()))
            .param("trashed", draft.trashedAt() == null ? null : Timestamp.from(draft.trashedAt()))
            .param("deleted", draft.deleted())
            .param("device", draft.device())
            .param("seq", seq)
            .param("token", token)
            .update();
    if (written != 1) {
      return false;
    }
    jdbc.sql(
            "insert into draft_log (owner_id, seq, draft_id, token, at)"
                + " values (:owner, :seq, :id, :token, :at)")
        .param("owner", owner)
        .param("seq", seq)
        .param("id", draft.id())
        .param("token", token)
        .param("at", Timestamp.from(draft.updatedAt()))
        .update();
    return true;
  }

  /** Whether the owner's change log holds this change: what makes a cursor valid. */
  boolean logged(UUID owner, long seq, long token) {
    return jdbc.sql(
                "select count(*) from draft_log where owner_id = :owner and seq = :seq"
                    + " and token = :token")
            .param("owner", owner)
            .param("seq", seq)
            .param("token", token)
            .query(Long.class)
            .single()
        == 1;
  }

  /** The owner's drafts changed after {@code seq}, in commit order, at most {@code limit}. */
  List<Row> changedAfter(UUID owner, long seq, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from drafts where owner_id = :owner and change_seq > :seq"
                + " order by change_seq limit :limit")
        .param("owner", owner)
        .param("seq", seq)
        .param("limit", limit)
        .query(DraftRepository::map)
        .list();
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    String resume = rs.getString("resume");
    Timestamp trashed = rs.getTimestamp("trashed_at");
    Draft draft =
        new Draft(
            rs.getObject("id", UUID.class),
            rs.getString("title"),
            resume == null ? null : CoachJson.mapper().readValue(resume, Resume.class),
            rs.getLong("version"),
            rs.getTimestamp("updated_at").toInstant(),
            trashed == null ? null : trashed.toInstant(),
            rs.getBoolean("deleted"),
            rs.getString("device"));
    return new Row(
        draft,
        rs.getObject("owner_id", UUID.class),
        rs.getLong("change_seq"),
        rs.getLong("change_token"));
  }
}
