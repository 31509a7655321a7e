package org.careercoach.desktop.ui.drafts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.store.ProfileKey;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.SentCopy;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.desktop.service.store.VersionInfo;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * INTERIM: the store's contract in memory, for the view models' tests until the SQLite store
 * (branch h15-store) is merged; then the tests run on that instead.
 */
final class MemoryProfiles implements Profiles {

  private final Clock clock;
  private final Map<ProfileKey, Store> stores = new HashMap<>();
  private final ObservableState<ProfileState> state =
      new ObservableState<>(new ProfileState(ProfileKey.LOCAL, true, ""));
  private final Map<ProfileKey, Boolean> offered = new HashMap<>();

  MemoryProfiles(Clock clock) {
    this.clock = clock;
  }

  void use(ProfileKey profile) {
    state.set(new ProfileState(profile, true, ""));
  }

  @Override
  public ObservableState<ProfileState> state() {
    return state;
  }

  @Override
  public DraftStore drafts() {
    return store(state.get().profile());
  }

  Store store(ProfileKey key) {
    return stores.computeIfAbsent(key, k -> new Store());
  }

  @Override
  public int draftsToMoveFromLocalProfile() {
    return state.get().profile().local() ? 0 : store(ProfileKey.LOCAL).list(null).size();
  }

  @Override
  public int moveDraftsFromLocalProfile() {
    Store local = store(ProfileKey.LOCAL);
    int moved = 0;
    for (LocalDraft draft : List.copyOf(local.drafts.values())) {
      drafts().create(draft.title(), draft.resume());
      local.drafts.remove(draft.id());
      moved++;
    }
    return moved;
  }

  @Override
  public boolean moveOffered() {
    return offered.getOrDefault(state.get().profile(), false);
  }

  @Override
  public void markMoveOffered() {
    offered.put(state.get().profile(), true);
  }

  final class Store implements DraftStore {
    final Map<UUID, LocalDraft> drafts = new LinkedHashMap<>();
    final List<VersionInfo> versions = new ArrayList<>();
    final Map<Long, Resume> versionText = new HashMap<>();
    final List<SentCopy> sent = new ArrayList<>();
    final Map<Long, Resume> sentText = new HashMap<>();
    long nextId = 1;

    private Instant now() {
      return clock.instant();
    }

    @Override
    public List<DraftSummary> list(DraftSort sort) {
      return sorted(drafts.values().stream().filter(d -> !d.trashed()).toList(), sort);
    }

    private List<DraftSummary> sorted(List<LocalDraft> found, DraftSort sort) {
      Comparator<LocalDraft> order =
          sort == DraftSort.TITLE
              ? Comparator.comparing(d -> d.title().toLowerCase(Locale.ROOT))
              : Comparator.comparing(LocalDraft::updatedAt).reversed();
      return found.stream().sorted(order).map(this::summary).toList();
    }

    private DraftSummary summary(LocalDraft d) {
      String headline =
          d.resume().basics() == null || d.resume().basics().name() == null
              ? ""
              : d.resume().basics().name();
      return new DraftSummary(d.id(), d.title(), headline, d.updatedAt(), d.trashedAt());
    }

    @Override
    public List<DraftSummary> search(String words, DraftSort sort) {
      List<LocalDraft> found = new ArrayList<>();
      for (LocalDraft d : drafts.values()) {
        String text =
            (d.title() + " " + CoachJson.mapper().writeValueAsString(d.resume()))
                .toLowerCase(Locale.ROOT);
        boolean all = true;
        for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
          all &= text.contains(word);
        }
        if (all && !d.trashed()) {
          found.add(d);
        }
      }
      return sorted(found, sort);
    }

    @Override
    public List<DraftSummary> trash() {
      return drafts.values().stream()
          .filter(LocalDraft::trashed)
          .sorted(Comparator.comparing(LocalDraft::trashedAt).reversed())
          .map(this::summary)
          .toList();
    }

    @Override
    public Optional<LocalDraft> find(UUID id) {
      return Optional.ofNullable(drafts.get(id));
    }

    private LocalDraft get(UUID id) {
      LocalDraft d = drafts.get(id);
      if (d == null) {
        throw new StoreException(StoreException.Kind.NOT_FOUND, "No such draft.");
      }
      return d;
    }

    private LocalDraft put(LocalDraft d) {
      drafts.put(d.id(), d);
      return d;
    }

    @Override
    public LocalDraft create(String title, Resume resume) {
      return put(new LocalDraft(UUID.randomUUID(), title, resume, 1, now(), now(), null));
    }

    @Override
    public LocalDraft save(UUID id, String title, Resume resume) {
      LocalDraft d = get(id);
      keep(d, VersionReason.AUTOSAVE);
      return put(
          new LocalDraft(id, title, resume, d.revision() + 1, d.createdAt(), now(), d.trashedAt()));
    }

    private void keep(LocalDraft d, VersionReason reason) {
      long vid = nextId++;
      versions.add(0, new VersionInfo(vid, d.id(), d.updatedAt(), d.title(), reason));
      versionText.put(vid, d.resume());
    }

    @Override
    public LocalDraft rename(UUID id, String title) {
      LocalDraft d = get(id);
      return put(
          new LocalDraft(
              id, title, d.resume(), d.revision() + 1, d.createdAt(), now(), d.trashedAt()));
    }

    @Override
    public LocalDraft duplicate(UUID id, String title) {
      return create(title, get(id).resume());
    }

    @Override
    public LocalDraft moveToTrash(UUID id) {
      LocalDraft d = get(id);
      return put(
          new LocalDraft(id, d.title(), d.resume(), d.revision() + 1, d.createdAt(), now(), now()));
    }

    @Override
    public LocalDraft restoreFromTrash(UUID id) {
      LocalDraft d = get(id);
      return put(
          new LocalDraft(id, d.title(), d.resume(), d.revision() + 1, d.createdAt(), now(), null));
    }

    @Override
    public void deleteForever(UUID id) {
      get(id);
      drafts.remove(id);
    }

    @Override
    public int purgeTrash(Duration age) {
      List<UUID> old =
          drafts.values().stream()
              .filter(d -> d.trashed() && d.trashedAt().isBefore(now().minus(age)))
              .map(LocalDraft::id)
              .toList();
      old.forEach(drafts::remove);
      return old.size();
    }

    @Override
    public void keepVersion(UUID id, VersionReason reason) {
      keep(get(id), reason);
    }

    @Override
    public List<VersionInfo> history(UUID id) {
      return versions.stream().filter(v -> v.draftId().equals(id)).toList();
    }

    @Override
    public Resume version(long versionId) {
      return versionText.get(versionId);
    }

    @Override
    public LocalDraft restoreVersion(UUID id, long versionId) {
      LocalDraft d = get(id);
      keep(d, VersionReason.BEFORE_RESTORE);
      return put(
          new LocalDraft(
              id,
              d.title(),
              versionText.get(versionId),
              d.revision() + 1,
              d.createdAt(),
              now(),
              d.trashedAt()));
    }

    @Override
    public SentCopy recordSent(UUID id, String company, String role, LocalDate sentOn) {
      LocalDraft d = get(id);
      SentCopy copy = new SentCopy(nextId++, id, d.title(), company, role, sentOn, now());
      sent.add(0, copy);
      sentText.put(copy.id(), d.resume());
      return copy;
    }

    @Override
    public List<SentCopy> applications() {
      return List.copyOf(sent);
    }

    @Override
    public Resume sentResume(long sentCopyId) {
      return sentText.get(sentCopyId);
    }

    @Override
    public void close() {}
  }
}
