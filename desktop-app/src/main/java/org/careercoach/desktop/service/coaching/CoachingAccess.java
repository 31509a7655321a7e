package org.careercoach.desktop.service.coaching;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.careercoach.desktop.service.settings.SettingsService;

/**
 * Whether coaching may use the server's model at this moment. Two things must hold: the person is
 * signed in (the model is the account's server's, its keys never here), and they turned AI coaching
 * on in Settings. Until then nothing is sent, whatever is clicked; every coaching feature still
 * works in its offline form.
 */
public final class CoachingAccess {

  /** Where a coaching request may go now. */
  public sealed interface Access permits Ready, Unavailable {
    /** The client it goes through; empty when it may not go. */
    Optional<CoachingClient> client();

    /** Why it may not, in words for the person, with what to do; empty when it may. */
    String reason();
  }

  /** It may go through this client. */
  public record Ready(CoachingClient through) implements Access {
    @Override
    public Optional<CoachingClient> client() {
      return Optional.of(through);
    }

    @Override
    public String reason() {
      return "";
    }
  }

  /** It may not. */
  public record Unavailable(String reason) implements Access {
    @Override
    public Optional<CoachingClient> client() {
      return Optional.empty();
    }
  }

  static final String SIGNED_OUT =
      "Sign in to a Career Coach server that has an AI model to use it.";
  static final String TURNED_OFF =
      "AI coaching is off. Turn it on in Settings, which shows exactly what it sends.";

  /** Never available: for an editor made before the app wires it, and for tests. */
  public static final CoachingAccess NONE = new CoachingAccess(null, false, Optional::empty);

  private final SettingsService settings;
  private final Supplier<Optional<CoachingClient>> signedIn;
  private volatile boolean turnedOn; // in force the moment it changes, saved or not

  /**
   * @param settings where the person's choice is kept between runs
   * @param signedIn the signed-in account's client, empty while signed out
   */
  public CoachingAccess(SettingsService settings, Supplier<Optional<CoachingClient>> signedIn) {
    this(settings, settings.current().aiCoaching(), signedIn);
  }

  private CoachingAccess(
      SettingsService settings, boolean turnedOn, Supplier<Optional<CoachingClient>> signedIn) {
    this.settings = settings;
    this.turnedOn = turnedOn;
    this.signedIn = signedIn;
  }

  public Access now() {
    Optional<CoachingClient> client = signedIn.get();
    if (client.isEmpty()) {
      return new Unavailable(SIGNED_OUT);
    }
    return turnedOn ? new Ready(client.get()) : new Unavailable(TURNED_OFF);
  }

  public boolean turnedOn() {
    return turnedOn;
  }

  /**
   * Turns coaching with the model on or off, in force at once (turning it off stops the very next
   * request, even if saving fails), then saved for the next runs; blocks on disk.
   *
   * @throws IOException when the choice could not be saved: it holds for this run only
   */
  public void turn(boolean on) throws IOException {
    if (settings == null) {
      throw new IllegalStateException("this access has no settings to keep a choice in");
    }
    turnedOn = on;
    settings.update(s -> s.withAiCoaching(on));
  }

  /** The signed-in account's client whether or not coaching is on: Settings reads what it sends. */
  public Optional<CoachingClient> signedIn() {
    return signedIn.get();
  }
}
