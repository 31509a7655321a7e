package org.careercoach.desktop.service.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Location;
import org.careercoach.model.resume.Resume;

/** Who the resume is and how to reach them: name, a valid email, a phone, a place. */
final class ContactCheck {

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.\\p{L}{2,}");

  private ContactCheck() {}

  static List<Finding> check(Resume resume) {
    Basics basics = resume.basics();
    List<Finding> findings = new ArrayList<>();
    if (basics == null || Texts.blank(basics.name())) {
      findings.add(
          point(
              "basics.name", "name", "The resume has no name.", "Put your full name at the top."));
    }
    String email = basics == null ? null : basics.email();
    if (Texts.blank(email)) {
      findings.add(
          point(
              "basics.email",
              "email",
              "There is no email address.",
              "Add the address employers should write to."));
    } else if (!EMAIL.matcher(email.strip()).matches()) {
      findings.add(
          point(
              "basics.email",
              "email",
              "“" + email.strip() + "” is not a valid email address.",
              "Check it for a missing @, dot or domain."));
    }
    String phone = basics == null ? null : basics.phone();
    long digits = phone == null ? 0 : phone.chars().filter(Character::isDigit).count();
    if (Texts.blank(phone)) {
      findings.add(
          point(
              "basics.phone",
              "phone",
              "There is no phone number.",
              "Add one, with its country code if you apply abroad."));
    } else if (digits < 7 || digits > 15) {
      findings.add(
          point(
              "basics.phone",
              "phone",
              "“" + phone.strip() + "” does not look like a phone number.",
              "A phone number has 7 to 15 digits."));
    }
    Location place = basics == null ? null : basics.location();
    if (place == null
        || (Texts.blank(place.city())
            && Texts.blank(place.region())
            && Texts.blank(place.countryCode())
            && Texts.blank(place.address()))) {
      findings.add(
          point(
              "basics.location.city",
              "location",
              "The resume does not say where you are.",
              "Add your city and country: recruiters filter by place."));
    }
    return findings;
  }

  private static Finding point(String path, String subject, String problem, String fix) {
    return new Finding(CheckKind.CONTACT, path, subject, problem, fix);
  }
}
