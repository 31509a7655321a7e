package org.careercoach.desktop.service.session;

/**
 * Where the sign-in is kept, for Settings.
 *
 * @param status a sentence for the user: kept in the keychain, or memory only and why
 * @param details the technical reason the keychain is not used; empty when it is
 * @param persistent whether the sign-in outlives this run
 */
public record Keychain(String status, String details, boolean persistent) {

  static final Keychain NOT_YET_OPENED = new Keychain("", "", false);
}
