package org.careercoach.server.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.Capabilities;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.ai.AiProperties;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/capabilities: the server's own rules, and what is left of this account's. */
@ServerIT
class CapabilitiesIT {

  @LocalServerPort int port;
  @Autowired UploadProperties uploads;
  @Autowired AiProperties ai;
  Api api;
  String token;

  @BeforeEach
  void signIn() {
    api = new Api(port);
    token = api.register(Accounts.email("caps"), Accounts.PASSWORD, "Cap Abel").accessToken();
  }

  @Test
  void aNewAccountSeesTheUploadRulesAndItsWholeAllowance() {
    Capabilities caps = capabilities(token);

    assertThat(caps.maxUploadBytes()).as("COACH_MAX_UPLOAD_SIZE's default").isEqualTo(10L << 20);
    assertThat(caps.acceptedTypes())
        .extracting(Capabilities.FileType::mimeType)
        .containsExactly(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/plain");
    assertThat(caps.acceptedTypes().get(0).extensions()).containsExactly(".pdf");
    assertThat(caps.acceptedTypes().get(1).extensions()).containsExactly(".docx");
    assertThat(caps.acceptedTypes().get(2).extensions()).contains(".txt");
    assertThat(caps.acceptedTypes())
        .extracting(Capabilities.FileType::name)
        .containsExactly("PDF", "Word document", "Plain text");
    assertThat(caps.uploadsPerHour()).isEqualTo(uploads.perHour()).isEqualTo(200);
    assertThat(caps.uploadsLeftThisHour()).isEqualTo(200);
    assertThat(caps.storageQuotaBytes()).isEqualTo(1L << 30);
    assertThat(caps.storageUsedBytes()).isZero();
    assertThat(caps.reparsesPerHour()).isEqualTo(uploads.reparsesPerHour()).isEqualTo(10);
    // The suite's coaching model (TestModel) is configured; the parser's is not.
    assertThat(caps.aiConfigured()).isTrue();
    assertThat(ai.configured()).isFalse();
    assertThat(capabilities(token).uploadsLeftThisHour())
        .as("asking takes nothing of the allowance")
        .isEqualTo(200);
  }

  @Test
  void anUploadCountsAgainstTheHourAndTheStorageAndOnlyForItsAccount() {
    String other = api.register(Accounts.email("caps-other"), Accounts.PASSWORD, "O").accessToken();
    byte[] text =
        ("Ana Maria Silva\nEngineer\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    byte[] pdf = Uploads.pdf("Ana Maria Silva " + UUID.randomUUID());

    upload("cv.txt", "text/plain", text);
    upload("cv.pdf", "application/pdf", pdf);

    Capabilities mine = capabilities(token);
    assertThat(mine.uploadsLeftThisHour()).isEqualTo(198);
    assertThat(mine.storageUsedBytes()).isEqualTo(text.length + pdf.length);
    Capabilities theirs = capabilities(other);
    assertThat(theirs.uploadsLeftThisHour()).isEqualTo(200);
    assertThat(theirs.storageUsedBytes()).isZero();

    // A refused file (not a resume) still counts against the hour, as the server counts it.
    Api.Response refused =
        api.upload(
            "/api/v1/resumes",
            List.of(Uploads.file("x.pdf", "application/pdf", Uploads.elfExecutable())),
            token);
    assertThat(refused.status()).isEqualTo(415);
    assertThat(capabilities(token).uploadsLeftThisHour()).isEqualTo(197);
    assertThat(capabilities(token).storageUsedBytes()).isEqualTo(text.length + pdf.length);
  }

  @Test
  void withoutATokenItIsA401Problem() {
    Api.Response response = api.get("/api/v1/capabilities", null);

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentDescribesCapabilitiesAndReadingAgain() {
    Api.Response docs = api.get("/v3/api-docs", null);

    assertThat(docs.body().at("/paths/~1api~1v1~1capabilities/get/summary").asString())
        .contains("rules an upload must pass");
    assertThat(
            docs.body().at("/paths/~1api~1v1~1capabilities/get/responses/200/content").toString())
        .contains("Capabilities");
    assertThat(
            docs.body()
                .at("/paths/~1api~1v1~1resumes~1{id}~1reparse/post/responses")
                .propertyNames())
        .contains("202", "404", "409", "429");
  }

  private Capabilities capabilities(String accessToken) {
    Api.Response response = api.get("/api/v1/capabilities", accessToken);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    return CoachJson.mapper().treeToValue(response.body(), Capabilities.class);
  }

  private void upload(String filename, String type, byte[] bytes) {
    Api.Response response =
        api.upload("/api/v1/resumes", List.of(Uploads.file(filename, type, bytes)), token);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
  }
}
