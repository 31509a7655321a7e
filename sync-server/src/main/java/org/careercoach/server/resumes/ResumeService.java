package org.careercoach.server.resumes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.api.ResumeStatus;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.jobs.ParseJobs;
import org.careercoach.server.storage.BlobStore;
import org.careercoach.server.users.AccountDeleting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads, lists, serves and deletes resume files. An upload is copied once to a temporary file
 * while its SHA-256 is computed (never held in memory), inspected, stored under a generated key,
 * and recorded with its parse job in one transaction; if that fails the stored file is removed.
 */
@Service
public class ResumeService {

  private static final Logger log = LoggerFactory.getLogger(ResumeService.class);

  /** What an upload produced: the resume, and whether it is new or the owner already had it. */
  record Upload(ResumeFile resume, boolean created) {}

  /** Where to send a download: a presigned URL, or the bytes streamed by the server. */
  record Download(ResumeFile resume, Optional<URI> redirect, String storageKey) {}

  private final ResumeRepository resumes;
  private final BlobStore store;
  private final ParseJobs jobs;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final UploadLimits limits;

  ResumeService(
      ResumeRepository resumes,
      BlobStore store,
      ParseJobs jobs,
      TransactionTemplate transaction,
      Clock clock,
      UploadLimits limits) {
    this.limits = limits;
    this.resumes = resumes;
    this.store = store;
    this.jobs = jobs;
    this.transaction = transaction;
    this.clock = clock;
  }

  Upload upload(UUID owner, MultipartFile part) {
    if (part.isEmpty()) {
      throw ApiProblem.invalid("file", "is empty: choose a resume file with some content");
    }
    limits.countUpload(owner);
    Path temp = null;
    try {
      temp = Files.createTempFile("coach-upload-", ".bin");
      String sha256 = copyHashing(part, temp);
      DetectedType type = UploadInspector.inspect(temp);
      Optional<ResumeRepository.Stored> existing = resumes.findBySha(owner, sha256);
      if (existing.isPresent()) {
        return new Upload(existing.get().file(), false);
      }
      // Checked before the file is stored (a refusal stores nothing), and again under the owner's
      // lock when the row is written, where two uploads at once cannot both slip under it.
      limits.checkStorage(resumes.storedBytes(owner), Files.size(temp));
      return store(owner, part, temp, sha256, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not spool an upload to a temporary file", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private Upload store(UUID owner, MultipartFile part, Path temp, String sha256, DetectedType type)
      throws IOException {
    UUID id = UUID.randomUUID();
    String key = "users/" + owner + "/resumes/" + id;
    ResumeFile file =
        new ResumeFile(
            id,
            FileNames.displayName(part.getOriginalFilename(), type),
            type.mimeType,
            Files.size(temp),
            sha256,
            ResumeStatus.QUEUED,
            // PostgreSQL keeps microseconds: answer the same instant a later GET will.
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            null);
    store.put(key, temp, type.mimeType);
    Boolean inserted;
    try {
      inserted =
          transaction.execute(
              status -> {
                resumes.lockOwner(owner);
                limits.checkStorage(resumes.storedBytes(owner), file.size());
                boolean fresh = resumes.insert(owner, file, key);
                if (fresh) {
                  jobs.enqueue(id);
                }
                return fresh;
              });
    } catch (RuntimeException e) {
      removeQuietly(key);
      throw e;
    }
    if (!Boolean.TRUE.equals(inserted)) {
      // The same content arrived twice at once: keep the first, drop this copy.
      removeQuietly(key);
      return new Upload(resumes.findBySha(owner, sha256).orElseThrow().file(), false);
    }
    return new Upload(file, true);
  }

  Page<ResumeFile> list(UUID owner, int page, int size) {
    return new Page<>(resumes.page(owner, page, size), resumes.count(owner), page, size);
  }

  ResumeFile get(UUID owner, UUID id) {
    return resumes.find(owner, id).orElseThrow(ResumeService::notFound).file();
  }

  Download download(UUID owner, UUID id) {
    ResumeRepository.Stored stored = resumes.find(owner, id).orElseThrow(ResumeService::notFound);
    Optional<URI> url =
        store.downloadUrl(
            stored.storageKey(), stored.file().filename(), stored.file().contentType());
    return new Download(stored.file(), url, stored.storageKey());
  }

  InputStream open(String storageKey) {
    return store.open(storageKey);
  }

  /** The parsed JSON Resume; 409 while the resume is not PARSED. */
  String parsed(UUID owner, UUID id) {
    ResumeFile file = get(owner, id);
    return resumes
        .parsed(owner, id)
        .filter(json -> file.status() == ResumeStatus.PARSED)
        .orElseThrow(
            () ->
                new ApiProblem(
                    HttpStatus.CONFLICT,
                    "not-parsed",
                    "Not parsed yet",
                    "This resume is "
                        + file.status()
                        + "; its parsed form is ready once it is PARSED."));
  }

  /**
   * Parses the file again with today's parser: the resume goes back to QUEUED (error cleared) and a
   * new parse job is queued in the same transaction. 404 for another user's or a deleted resume,
   * 409 while it is waiting or being read, 429 past the hour's allowance; none of them changes
   * anything. A refused request takes nothing of the allowance, except when a parse was queued in
   * the instant between the check and the lock.
   */
  ResumeFile reparse(UUID owner, UUID id) {
    requireIdle(get(owner, id));
    limits.countReparse(owner);
    return transaction.execute(
        tx -> {
          requireIdle(resumes.lock(owner, id).orElseThrow(ResumeService::notFound).file());
          ResumeFile queued = resumes.requeue(owner, id, clock.instant());
          jobs.enqueueAgain(id);
          return queued;
        });
  }

  private static void requireIdle(ResumeFile file) {
    if (file.status() == ResumeStatus.QUEUED || file.status() == ResumeStatus.PROCESSING) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "resume-busy",
          "Resume is being read",
          "This resume is "
              + (file.status() == ResumeStatus.QUEUED ? "waiting to be read" : "being read")
              + " now. Ask for it to be read again once it is read or has failed.");
    }
  }

  /**
   * Deletes the row and its jobs, then the file once that has committed. Deleting again is fine
   * (idempotent); another user's id is still not found.
   */
  void delete(UUID owner, UUID id) {
    Optional<String> key =
        transaction.execute(status -> resumes.delete(owner, id, clock.instant()));
    if (key == null || key.isEmpty()) {
      if (resumes.wasDeleted(owner, id)) {
        return;
      }
      throw notFound();
    }
    removeQuietly(key.get());
  }

  /** Inside the account deletion's transaction: the files go once it commits. */
  @EventListener
  void on(AccountDeleting event) {
    List<String> keys = resumes.storageKeys(event.userId());
    if (keys.isEmpty()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            keys.forEach(ResumeService.this::removeQuietly);
          }
        });
  }

  private static String copyHashing(MultipartFile part, Path target) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    try (InputStream in = new DigestInputStream(part.getInputStream(), sha256);
        OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private void removeQuietly(String key) {
    try {
      store.delete(key);
    } catch (RuntimeException e) {
      // An orphaned file is invisible to users; the log lets an operator remove it.
      log.error(
          "Could not remove stored file {} from the {}: {}", key, store.describe(), e.getMessage());
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      log.warn("Could not delete temporary upload {}: {}", temp, e.getMessage());
    }
  }

  static ApiProblem notFound() {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "resume-not-found", "Resume not found", "No such resume.");
  }
}
