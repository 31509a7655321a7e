package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.model.resume.Resume;

/**
 * The full-text index {@code draft_text} (FTS5, contentless): a row per draft under the draft's
 * lasting {@code seq}, holding its title and every string of its resume. Contentless, it cannot
 * update a row in place, so a draft's row is deleted and written again.
 */
final class SearchIndex {

  private static final String SEQ = "(SELECT seq FROM drafts WHERE id = ?)";

  private final Connection db;
  private final DraftRows drafts;

  SearchIndex(Connection db, DraftRows drafts) {
    this.db = db;
    this.drafts = drafts;
  }

  /** The drafts not in the Trash whose text matches {@code query} (see {@link SearchQuery}). */
  List<DraftSummary> matching(String query, DraftSort sort) throws SQLException {
    return drafts.summaries(
        "JOIN draft_text t ON t.rowid = d.seq WHERE draft_text MATCH ?"
            + " AND d.trashed_at IS NULL ORDER BY "
            + DraftRows.order(sort),
        query);
  }

  /** Indexes the draft's text, replacing what was indexed; its draft row must exist. */
  void put(UUID id, String title, Resume resume) throws SQLException {
    remove(id);
    Rows.update(
        db,
        "INSERT INTO draft_text (rowid, title, body) VALUES (" + SEQ + ", ?, ?)",
        id,
        title,
        ResumeJson.searchableText(resume));
  }

  /** Removes the draft's row; call it before its draft row goes, which it finds the row by. */
  void remove(UUID id) throws SQLException {
    Rows.update(db, "DELETE FROM draft_text WHERE rowid = " + SEQ, id);
  }
}
