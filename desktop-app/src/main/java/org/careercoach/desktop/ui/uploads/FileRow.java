package org.careercoach.desktop.ui.uploads;

import java.util.List;
import java.util.Locale;
import org.careercoach.desktop.service.uploads.ResumeFileItem;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.model.api.Capabilities;

/**
 * One line of the resume-files list, in words: what the view shows and which actions fit the file's
 * stage.
 *
 * @param item the file as the service has it
 */
record FileRow(ResumeFileItem item) {

  String key() {
    return item.key();
  }

  String name() {
    return item.filename();
  }

  String size() {
    return size(item.size());
  }

  /** "Uploading 45%", "Failed — not a resume", "Read". */
  String stage() {
    String problem = item.problem() == null ? "" : item.problem().strip();
    return switch (item.stage()) {
      case WAITING -> problem.isEmpty() ? "Waiting to upload" : "Waiting to upload — " + problem;
      case UPLOADING -> "Uploading " + Math.round(progress() * 100) + "%";
      case QUEUED -> "Queued";
      case READING -> "Reading";
      case READ -> "Read";
      case FAILED -> problem.isEmpty() ? "Failed" : "Failed — " + problem;
      case REFUSED -> problem.isEmpty() ? "Refused" : "Refused — " + problem;
    };
  }

  /** How far the upload is, 0–1, while uploading; -1 otherwise (no bar). */
  double progress() {
    if (item.stage() != Stage.UPLOADING) {
      return -1;
    }
    return item.size() <= 0 ? 0 : Math.min(1, Math.max(0, (double) item.sent() / item.size()));
  }

  /** The whole line, as a screen reader says it. */
  String spoken() {
    return name() + ", " + size() + ", " + stage();
  }

  boolean cancellable() {
    return item.stage() == Stage.WAITING || item.stage() == Stage.UPLOADING;
  }

  boolean reviewable() {
    return item.stage() == Stage.READ;
  }

  /** Read again: the server has it and is not reading it now. */
  boolean readable() {
    return item.resumeId().isPresent()
        && (item.stage() == Stage.READ || item.stage() == Stage.FAILED);
  }

  /** Delete: anything not in the middle of its upload (Cancel is for that). */
  boolean deletable() {
    return !cancellable();
  }

  /** Open and save the original: the app has a copy or the server has the file. */
  boolean hasOriginal() {
    return item.stage() != Stage.REFUSED || item.resumeId().isPresent();
  }

  /** 512 bytes, 340 KB, 3.2 MB. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return (mb < 10 ? String.format(Locale.ROOT, "%.1f", mb) : Long.toString(Math.round(mb)))
            .replace(".0", "")
        + " MB";
  }

  /** "PDF, Word or plain text up to 10 MB · 29 uploads left this hour · 3.2 MB of 100 MB used". */
  static String rules(Capabilities rules) {
    StringBuilder line = new StringBuilder();
    List<String> names =
        rules.acceptedTypes().stream().map(Capabilities.FileType::name).distinct().toList();
    if (!names.isEmpty()) {
      line.append(names(names)).append(" up to ").append(size(rules.maxUploadBytes()));
    } else {
      line.append("Files up to ").append(size(rules.maxUploadBytes()));
    }
    if (rules.uploadsPerHour() > 0 && rules.uploadsLeftThisHour() >= 0) {
      int left = rules.uploadsLeftThisHour();
      line.append(" · ")
          .append(left)
          .append(left == 1 ? " upload" : " uploads")
          .append(" left this hour");
    }
    if (rules.storageQuotaBytes() > 0) {
      line.append(" · ")
          .append(size(rules.storageUsedBytes()))
          .append(" of ")
          .append(size(rules.storageQuotaBytes()))
          .append(" used");
    }
    return line.toString();
  }

  /** "PDF, Word or plain text"; the first word keeps its capital, the others are as named. */
  private static String names(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    List<String> rest = names.subList(1, names.size()).stream().map(FileRow::lower).toList();
    String head =
        String.join(
            ", ",
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(names.get(0)), rest.stream().limit(rest.size() - 1))
                .toList());
    return head + " or " + rest.get(rest.size() - 1);
  }

  /** "Plain text" → "plain text", but "PDF" and "Word document" keep their capitals. */
  private static String lower(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    if (name.startsWith("Word") || name.startsWith("Rich")) {
      return name;
    }
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
