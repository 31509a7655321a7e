package org.careercoach.server.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTemplatesTest {

  private static final String TOKEN = "abc_DEF-123";
  private static final String LINK = "https://coach.example.com/reset-password?token=" + TOKEN;
  private final EmailTemplates templates = new EmailTemplates();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert('x')</script>",
        "Ana \"><img src=x onerror=alert(1)>",
        "<b>Tom & Jerry</b>",
      })
  void hostileNamesAreEscapedInHtmlAndKeptInText(String name) {
    OutgoingEmail mail =
        templates.passwordReset(UUID.randomUUID(), "a@example.com", name, LINK, TOKEN);

    assertThat(mail.htmlBody()).doesNotContain("<script>").doesNotContain("<img");
    assertThat(mail.htmlBody())
        .contains(
            org.springframework.web.util.HtmlUtils.htmlEscape(name)
                .replace("&#39;", "&#39;")
                .substring(0, 3));
    assertThat(mail.textBody()).contains("Hi " + name + ",");
  }

  @Test
  void rightToLeftNamesAreIsolatedSoTheSentenceKeepsItsOrder() {
    OutgoingEmail mail =
        templates.welcome(UUID.randomUUID(), "a@example.com", "محمد \u202Eevil", LINK, TOKEN);

    assertThat(mail.htmlBody()).contains("<bdi>محمد \u202Eevil</bdi>");
  }

  @Test
  void aVeryLongNameStaysInsideTheLayout() {
    String name = "N".repeat(5_000);
    OutgoingEmail mail = templates.welcome(UUID.randomUUID(), "a@example.com", name, LINK, TOKEN);

    assertThat(mail.htmlBody()).contains(name).contains("word-break:break-word");
  }

  @Test
  void everyMessageHasBothPartsTheLinkAndTheLayout() {
    UUID user = UUID.randomUUID();
    for (OutgoingEmail mail :
        new OutgoingEmail[] {
          templates.welcome(user, "a@example.com", "Ana", LINK, TOKEN),
          templates.verification(user, "a@example.com", "Ana", LINK, TOKEN),
          templates.passwordReset(user, "a@example.com", "Ana", LINK, TOKEN)
        }) {
      assertThat(mail.textBody()).contains(LINK).doesNotContain("<");
      assertThat(mail.htmlBody()).contains("href=\"" + LINK + "\"").contains("Career Coach");
      assertThat(mail.subject()).isNotBlank();
    }
  }

  @Test
  void theParsedResumeMessageNamesTheFile() {
    OutgoingEmail mail =
        templates.resumeParsed(
            UUID.randomUUID(),
            "a@example.com",
            "Ana",
            "cv <final>.pdf",
            Instant.parse("2026-11-28T10:00:00Z"));

    assertThat(mail.kind()).isEqualTo(EmailTemplates.RESUME_PARSED);
    assertThat(mail.htmlBody()).contains("cv &lt;final&gt;.pdf").contains("28 November 2026");
    assertThat(mail.textBody()).contains("\"cv <final>.pdf\"");
  }
}
