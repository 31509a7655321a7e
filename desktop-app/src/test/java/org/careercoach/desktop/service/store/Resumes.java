package org.careercoach.desktop.service.store;

import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/** Resumes for the store's tests, written as JSON so unknown fields are in them too. */
final class Resumes {

  private Resumes() {}

  static Resume of(String json) {
    return CoachJson.mapper().readValue(json, Resume.class);
  }

  /** A realistic resume with an unknown field at the top and one inside basics. */
  static Resume sample(String name, String summary) {
    return of(
        """
        {
          "basics": {
            "name": %s,
            "label": "Backend engineer",
            "email": "someone@example.org",
            "summary": %s,
            "location": {"city": "Lyon", "countryCode": "FR"},
            "profiles": [{"network": "GitHub", "username": "someone"}],
            "x-pronouns": "they/them"
          },
          "work": [{
            "name": "Acme Logistics",
            "position": "Senior engineer",
            "startDate": "2021-04",
            "highlights": ["Cut the nightly batch from 4 hours to 20 minutes",
                           "Led the move to PostgreSQL"]
          }],
          "skills": [{"name": "Databases", "keywords": ["PostgreSQL", "SQLite", "Kafka"]}],
          "x-tailoredFor": {"company": "Initech", "notes": ["keep it short"]}
        }
        """
            .formatted(quote(name), quote(summary)));
  }

  static String quote(String text) {
    return CoachJson.mapper().writeValueAsString(text);
  }
}
