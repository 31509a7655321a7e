package org.careercoach.server.resumes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.api.ResumeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resume rows. Every read is scoped to the owner: another user's id simply is not found. */
@Repository
class ResumeRepository {

  private static final String COLUMNS =
      "id, filename, content_type, size, sha256, status, created_at, storage_key, error";

  private final JdbcClient jdbc;

  ResumeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row with its storage key, which never leaves the server. */
  record Stored(ResumeFile file, String storageKey) {}

  /** Inserts unless the owner already has this content; answers whether it inserted. */
  boolean insert(UUID owner, ResumeFile file, String storageKey) {
    return jdbc.sql(
                """
                insert into resumes (id, owner_id, filename, content_type, size, sha256,
                                     storage_key, status, created_at, updated_at)
                values (:id, :owner, :filename, :type, :size, :sha, :key, :status, :now, :now)
                on conflict (owner_id, sha256) do nothing
                """)
            .param("id", file.id())
            .param("owner", owner)
            .param("filename", file.filename())
            .param("type", file.contentType())
            .param("size", file.size())
            .param("sha", file.sha256())
            .param("key", storageKey)
            .param("status", file.status().name())
            .param("now", Timestamp.from(file.createdAt()))
            .update()
        == 1;
  }

  /** Bytes of the owner's stored files, for the storage quota. */
  long storedBytes(UUID owner) {
    return jdbc.sql("select coalesce(sum(size), 0) from resumes where owner_id = :owner")
        .param("owner", owner)
        .query(Long.class)
        .single();
  }

  /**
   * Serialises the owner's uploads until the transaction ends (an advisory lock on the owner), so a
   * quota checked under it holds across instances.
   */
  void lockOwner(UUID owner) {
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(:owner, 7))) as held")
        .param("owner", owner.toString())
        .query(Integer.class)
        .single();
  }

  Optional<Stored> find(UUID owner, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from resumes where id = :id and owner_id = :owner")
        .param("id", id)
        .param("owner", owner)
        .query(ResumeRepository::map)
        .optional();
  }

  /**
   * The owner's resume, its row locked until the transaction ends: a parse job's outcome, which
   * updates the row too, waits for the caller (or the caller for it).
   */
  Optional<Stored> lock(UUID owner, UUID id) {
    return jdbc.sql(
            "select " + COLUMNS + " from resumes where id = :id and owner_id = :owner for update")
        .param("id", id)
        .param("owner", owner)
        .query(ResumeRepository::map)
        .optional();
  }

  /**
   * Back to QUEUED for another parse: the error and the previous result are cleared (its parsed
   * form is the new parse's, once there is one).
   */
  ResumeFile requeue(UUID owner, UUID id, Instant now) {
    return jdbc.sql(
            "update resumes set status = 'QUEUED', error = null, parsed = null, updated_at = :now"
                + " where id = :id and owner_id = :owner returning "
                + COLUMNS)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .param("owner", owner)
        .query(ResumeRepository::map)
        .single()
        .file();
  }

  Optional<Stored> findBySha(UUID owner, String sha256) {
    return jdbc.sql("select " + COLUMNS + " from resumes where owner_id = :owner and sha256 = :sha")
        .param("owner", owner)
        .param("sha", sha256)
        .query(ResumeRepository::map)
        .optional();
  }

  List<ResumeFile> page(UUID owner, int page, int size) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from resumes where owner_id = :owner order by created_at desc, id desc"
                + " limit :size offset :off")
        .param("owner", owner)
        .param("size", size)
        .param("off", (long) page * size)
        .query(ResumeRepository::map)
        .list()
        .stream()
        .map(Stored::file)
        .toList();
  }

  long count(UUID owner) {
    return jdbc.sql("select count(*) from resumes where owner_id = :owner")
        .param("owner", owner)
        .query(Long.class)
        .single();
  }

  /** The parsed JSON Resume as stored, if any. */
  Optional<String> parsed(UUID owner, UUID id) {
    return jdbc.sql(
            "select parsed::text from resumes where id = :id and owner_id = :owner and parsed is not null")
        .param("id", id)
        .param("owner", owner)
        .query(String.class)
        .optional();
  }

  /** Deletes the row (its jobs cascade), leaves a tombstone and answers its storage key. */
  Optional<String> delete(UUID owner, UUID id, Instant now) {
    Optional<String> key =
        jdbc.sql("delete from resumes where id = :id and owner_id = :owner returning storage_key")
            .param("id", id)
            .param("owner", owner)
            .query(String.class)
            .optional();
    key.ifPresent(
        k ->
            jdbc.sql(
                    "insert into deleted_resumes (id, owner_id, deleted_at) values (:id, :owner, :now)"
                        + " on conflict (id) do nothing")
                .param("id", id)
                .param("owner", owner)
                .param("now", Timestamp.from(now))
                .update());
    return key;
  }

  /** Whether this owner deleted this resume before. */
  boolean wasDeleted(UUID owner, UUID id) {
    return jdbc.sql("select count(*) from deleted_resumes where id = :id and owner_id = :owner")
            .param("id", id)
            .param("owner", owner)
            .query(Long.class)
            .single()
        > 0;
  }

  List<String> storageKeys(UUID owner) {
    return jdbc.sql("select storage_key from resumes where owner_id = :owner")
        .param("owner", owner)
        .query(String.class)
        .list();
  }

  private static Stored map(ResultSet rs, int row) throws SQLException {
    Instant created = rs.getTimestamp("created_at").toInstant();
    ResumeFile file =
        new ResumeFile(
            rs.getObject("id", UUID.class),
            rs.getString("filename"),
            rs.getString("content_type"),
            rs.getLong("size"),
            rs.getString("sha256"),
            ResumeStatus.valueOf(rs.getString("status")),
            created,
            rs.getString("error"));
    return new Stored(file, rs.getString("storage_key"));
  }
}
