package org.careercoach.desktop.ui.editor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.SentCopy;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.service.store.VersionInfo;
import org.careercoach.model.resume.Resume;

/**
 * The part of a draft store the editor uses, in memory, with a switch that makes saves fail as a
 * full disk does: for view-model tests of the autosave, which must see every save and its order.
 * Thread-safe, as the FX tests save from a background thread.
 */
final class MemoryDraftStore implements DraftStore {

  private final Map<UUID, LocalDraft> drafts = new LinkedHashMap<>();
  private final List<Resume> saves = new ArrayList<>();
  private final List<UUID> closedVersions = new ArrayList<>();
  private StoreException failure;

  synchronized void failSavesWith(StoreException failure) {
    this.failure = failure;
  }

  /** Every resume saved, in order. */
  synchronized List<Resume> saves() {
    return List.copyOf(saves);
  }

  synchronized List<UUID> closedVersions() {
    return List.copyOf(closedVersions);
  }

  @Override
  public synchronized Optional<LocalDraft> find(UUID id) {
    return Optional.ofNullable(drafts.get(id));
  }

  @Override
  public synchronized LocalDraft create(String title, Resume resume) {
    Instant now = Instant.now();
    LocalDraft draft = new LocalDraft(UUID.randomUUID(), title, resume, 1, now, now, null);
    drafts.put(draft.id(), draft);
    return draft;
  }

  @Override
  public synchronized LocalDraft save(UUID id, String title, Resume resume) {
    if (failure != null) {
      throw failure;
    }
    LocalDraft old = find(id).orElseThrow();
    LocalDraft saved =
        new LocalDraft(id, title, resume, old.revision() + 1, old.createdAt(), Instant.now(), null);
    drafts.put(id, saved);
    saves.add(resume);
    return saved;
  }

  @Override
  public synchronized void keepVersion(UUID id, VersionReason reason) {
    if (reason == VersionReason.CLOSED) {
      closedVersions.add(id);
    }
  }

  @Override
  public void close() {}

  @Override
  public List<DraftSummary> list(DraftSort sort) {
    throw unused();
  }

  @Override
  public List<DraftSummary> search(String words, DraftSort sort) {
    throw unused();
  }

  @Override
  public List<DraftSummary> trash() {
    throw unused();
  }

  @Override
  public LocalDraft rename(UUID id, String title) {
    throw unused();
  }

  @Override
  public LocalDraft duplicate(UUID id, String title) {
    throw unused();
  }

  @Override
  public LocalDraft moveToTrash(UUID id) {
    throw unused();
  }

  @Override
  public LocalDraft restoreFromTrash(UUID id) {
    throw unused();
  }

  @Override
  public void deleteForever(UUID id) {
    throw unused();
  }

  @Override
  public int purgeTrash(Duration age) {
    throw unused();
  }

  @Override
  public List<VersionInfo> history(UUID id) {
    throw unused();
  }

  @Override
  public Resume version(long versionId) {
    throw unused();
  }

  @Override
  public LocalDraft restoreVersion(UUID id, long versionId) {
    throw unused();
  }

  @Override
  public SentCopy recordSent(UUID id, String company, String role, LocalDate sentOn) {
    throw unused();
  }

  @Override
  public List<SentCopy> applications() {
    throw unused();
  }

  @Override
  public Resume sentResume(long sentCopyId) {
    throw unused();
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("the editor does not use this");
  }
}
