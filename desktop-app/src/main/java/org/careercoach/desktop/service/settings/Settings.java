package org.careercoach.desktop.service.settings;

/**
 * What the user chose, kept between runs. Nothing secret: tokens live in the keychain.
 *
 * @param serverUrl the server typed in Settings; empty for the default
 * @param darkTheme whether the dark theme is on
 * @param lastEmail the email last signed in with, to fill the sign-in form
 */
public record Settings(String serverUrl, boolean darkTheme, String lastEmail) {

  public static final Settings DEFAULTS = new Settings("", false, "");

  public Settings {
    serverUrl = serverUrl == null ? "" : serverUrl;
    lastEmail = lastEmail == null ? "" : lastEmail;
  }

  public Settings withServerUrl(String url) {
    return new Settings(url, darkTheme, lastEmail);
  }

  public Settings withDarkTheme(boolean dark) {
    return new Settings(serverUrl, dark, lastEmail);
  }

  public Settings withLastEmail(String email) {
    return new Settings(serverUrl, darkTheme, email);
  }
}
