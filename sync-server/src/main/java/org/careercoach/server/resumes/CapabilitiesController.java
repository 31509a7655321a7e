package org.careercoach.server.resumes;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.UUID;
import org.careercoach.model.api.Capabilities;
import org.careercoach.server.ai.ModelProvider;
import org.careercoach.server.config.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client must know before it sends a file: the rules {@link ResumeService} and the multipart
 * limit apply, from the same settings, so the app can refuse a file with the server's own words.
 * Reading it takes nothing of any allowance.
 */
@RestController
class CapabilitiesController {

  private final UploadProperties uploads;
  private final UploadLimits limits;
  private final ResumeRepository resumes;
  private final ModelProvider ai;
  private final long maxUploadBytes;

  CapabilitiesController(
      UploadProperties uploads,
      UploadLimits limits,
      ResumeRepository resumes,
      ModelProvider ai,
      @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize,
      @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
    this.uploads = uploads;
    this.limits = limits;
    this.resumes = resumes;
    this.ai = ai;
    this.maxUploadBytes = Math.min(bytesOrUnlimited(maxFileSize), bytesOrUnlimited(maxRequestSize));
  }

  @GetMapping("/api/v1/capabilities")
  @Operation(
      summary = "The rules an upload must pass, and what is left of this account's allowances",
      description =
          "Largest file, accepted types (judged by content; the extensions are for file"
              + " choosers), uploads per hour and left this hour (-1: unlimited or unknown now),"
              + " storage quota and use, \"read again\" requests per hour (0: unlimited), and"
              + " whether an AI model is configured.")
  Capabilities capabilities(@AuthenticationPrincipal Jwt jwt) {
    UUID owner = CurrentUser.of(jwt).userId();
    return new Capabilities(
        maxUploadBytes,
        Arrays.stream(DetectedType.values()).map(DetectedType::asFileType).toList(),
        uploads.perHour(),
        limits.uploadsLeft(owner),
        uploads.storageQuota().toBytes(),
        resumes.storedBytes(owner),
        uploads.reparsesPerHour(),
        ai.chat().isPresent() || ai.client().isPresent());
  }

  /** Spring's multipart limits: a negative size means none. */
  private static long bytesOrUnlimited(DataSize size) {
    return size.toBytes() < 0 ? Long.MAX_VALUE : size.toBytes();
  }
}
