package org.careercoach.desktop.ui.editor;

import java.util.Map;
import java.util.stream.Stream;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Location;
import org.careercoach.model.resume.Profile;
import tools.jackson.databind.JsonNode;

/** The basics while they are edited: who the resume is about, where, and their profiles. */
final class BasicsModel {

  private static final Basics NONE =
      new Basics(null, null, null, null, null, null, null, null, null, null);
  private static final Location NOWHERE = new Location(null, null, null, null, null, null);

  private final Basics original;
  private final Location originalLocation;
  private final Fields person;
  private final Fields location;
  private final EntryListModel<Profile> profiles;

  BasicsModel(Basics basics, FormListener listener) {
    this.original = basics;
    Basics b = basics == null ? NONE : basics;
    this.originalLocation = b.location();
    Location l = b.location() == null ? NOWHERE : b.location();
    this.person =
        new Fields()
            .text("name", "Full name", b.name())
            .text("label", "Headline", b.label())
            .text("email", "Email", b.email())
            .text("phone", "Phone", b.phone())
            .text("url", "Website", b.url())
            .text("image", "Photo (URL)", b.image())
            .longText("summary", "Summary", b.summary());
    this.location =
        new Fields()
            .text("address", "Address", l.address())
            .text("postalCode", "Postal code", l.postalCode())
            .text("city", "City", l.city())
            .text("region", "Region", l.region())
            .text("countryCode", "Country code", l.countryCode());
    Stream.concat(person.all().stream(), location.all().stream())
        .forEach(
            field ->
                field
                    .textProperty()
                    .addListener(
                        (obs, before, after) -> listener.textEdited(field, before, after)));
    this.profiles = new EntryListModel<>(new ProfileKind(), b.profiles(), listener);
  }

  Fields person() {
    return person;
  }

  Fields location() {
    return location;
  }

  EntryListModel<Profile> profiles() {
    return profiles;
  }

  /** The basics as a record; basics or a location the resume never had stay absent while empty. */
  Basics toBasics() {
    Location where = toLocation();
    Basics edited =
        new Basics(
            person.string("name"),
            person.string("label"),
            person.string("image"),
            person.string("email"),
            person.string("phone"),
            person.string("url"),
            person.string("summary"),
            where,
            profiles.toList(),
            original == null ? Map.of() : original.extensions());
    return original == null && edited.equals(NONE) ? null : edited;
  }

  private Location toLocation() {
    Map<String, JsonNode> extensions =
        originalLocation == null ? Map.of() : originalLocation.extensions();
    Location edited =
        new Location(
            location.string("address"),
            location.string("postalCode"),
            location.string("city"),
            location.string("countryCode"),
            location.string("region"),
            extensions);
    return originalLocation == null && edited.equals(NOWHERE) ? null : edited;
  }

  boolean valid() {
    return person.valid() && location.valid() && profiles.valid();
  }
}
