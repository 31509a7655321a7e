package org.careercoach.desktop.service.settings;

/**
 * What the user chose, kept between runs. Nothing secret: tokens live in the keychain.
 *
 * @param serverUrl the server typed in Settings; empty for the default
 * @param darkTheme whether the dark theme is on
 * @param lastEmail the email last signed in with, to fill the sign-in form
 * @param signedInTo the server whose sign-in the keychain holds, empty for none: lets the window
 *     open straight on Sign in, without waiting for the keychain, when there is nothing to resume
 * @param aiCoaching whether the person turned on coaching with the server's AI model; off until
 *     they do, and nothing is sent for coaching while it is off
 */
public record Settings(
    String serverUrl, boolean darkTheme, String lastEmail, String signedInTo, boolean aiCoaching) {

  public static final Settings DEFAULTS = new Settings("", false, "", "", false);

  public Settings {
    serverUrl = serverUrl == null ? "" : serverUrl;
    lastEmail = lastEmail == null ? "" : lastEmail;
    signedInTo = signedInTo == null ? "" : signedInTo;
  }

  public Settings withServerUrl(String url) {
    return new Settings(url, darkTheme, lastEmail, signedInTo, aiCoaching);
  }

  public Settings withDarkTheme(boolean dark) {
    return new Settings(serverUrl, dark, lastEmail, signedInTo, aiCoaching);
  }

  public Settings withLastEmail(String email) {
    return new Settings(serverUrl, darkTheme, email, signedInTo, aiCoaching);
  }

  public Settings withSignedInTo(String server) {
    return new Settings(serverUrl, darkTheme, lastEmail, server, aiCoaching);
  }

  public Settings withAiCoaching(boolean on) {
    return new Settings(serverUrl, darkTheme, lastEmail, signedInTo, on);
  }
}
