package org.careercoach.model.api;

import java.util.List;

/**
 * What a client must know of the server before it sends anything ({@code GET /api/v1/capabilities},
 * for the signed-in user): the rules an upload must pass, so the app can refuse a file with the
 * server's own words before sending a byte of it.
 *
 * @param maxUploadBytes the largest file one upload may carry
 * @param acceptedTypes the file types the server reads; it judges a file by its content, the
 *     extensions are what people see in a file chooser
 * @param uploadsPerHour uploads one account may make per hour; 0 when unlimited
 * @param uploadsLeftThisHour what is left of them now; -1 when unlimited or unknown at the moment
 * @param storageQuotaBytes bytes of resume files one account may keep
 * @param storageUsedBytes bytes this account keeps now
 * @param reparsesPerHour "read again" requests one account may make per hour
 * @param aiConfigured whether an AI model is configured on the server (parsing and coaching use it)
 */
public record Capabilities(
    long maxUploadBytes,
    List<FileType> acceptedTypes,
    int uploadsPerHour,
    int uploadsLeftThisHour,
    long storageQuotaBytes,
    long storageUsedBytes,
    int reparsesPerHour,
    boolean aiConfigured) {

  public Capabilities {
    acceptedTypes = List.copyOf(acceptedTypes);
  }

  /**
   * One accepted type.
   *
   * @param mimeType its MIME type, as {@link ResumeFile#contentType()} gives it
   * @param extensions its file-name extensions, lower case with the dot ({@code .pdf})
   * @param name how people call it ({@code PDF}, {@code Word document}, {@code Plain text})
   */
  public record FileType(String mimeType, List<String> extensions, String name) {
    public FileType {
      extensions = List.copyOf(extensions);
    }
  }
}
