package org.careercoach.desktop.service.session;

import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.model.api.UserProfile;

/**
 * Who is signed in, where, and what the keychain does with it.
 *
 * @param phase starting (the keychain and a kept sign-in are being read), signed out or in
 * @param server the server in use
 * @param user the account's details once loaded; null while signed out or loading
 * @param profile how loading the account's details went
 * @param profileProblem why they could not be loaded; empty otherwise
 * @param keychain where the sign-in is kept, in words
 */
public record SessionState(
    Phase phase,
    ServerAddress server,
    UserProfile user,
    Profile profile,
    String profileProblem,
    Keychain keychain) {

  public enum Phase {
    STARTING,
    SIGNED_OUT,
    SIGNED_IN
  }

  public enum Profile {
    NONE,
    LOADING,
    LOADED,
    UNREACHABLE,
    FAILED
  }

  public boolean signedIn() {
    return phase == Phase.SIGNED_IN;
  }

  SessionState signedOut() {
    return new SessionState(Phase.SIGNED_OUT, server, null, Profile.NONE, "", keychain);
  }

  SessionState signedIn(UserProfile profile) {
    return new SessionState(
        Phase.SIGNED_IN,
        server,
        profile,
        profile == null ? Profile.LOADING : Profile.LOADED,
        "",
        keychain);
  }

  SessionState withProfile(Profile outcome, String problem) {
    return new SessionState(phase, server, user, outcome, problem, keychain);
  }

  SessionState withKeychain(Keychain state) {
    return new SessionState(phase, server, user, profile, profileProblem, state);
  }

  SessionState onServer(ServerAddress address) {
    return new SessionState(phase, address, user, profile, profileProblem, keychain);
  }
}
