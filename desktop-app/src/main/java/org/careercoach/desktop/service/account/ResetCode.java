package org.careercoach.desktop.service.account;

import okhttp3.HttpUrl;

/** The reset code in what a user pasted: the code itself, or the whole link from the email. */
final class ResetCode {

  private ResetCode() {}

  static String fromPasted(String pasted) {
    String text = pasted == null ? "" : pasted.strip();
    HttpUrl link = HttpUrl.parse(text);
    if (link != null && link.queryParameter("token") != null) {
      return link.queryParameter("token");
    }
    return text;
  }
}
