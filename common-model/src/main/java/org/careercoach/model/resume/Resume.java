package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A whole resume in JSON Resume 1.x form. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resume(
    @JsonProperty("$schema") String schema,
    Basics basics,
    List<Work> work,
    List<Volunteer> volunteer,
    List<Education> education,
    List<Award> awards,
    List<Certificate> certificates,
    List<Publication> publications,
    List<Skill> skills,
    List<Language> languages,
    List<Interest> interests,
    List<Reference> references,
    List<Project> projects,
    Meta meta,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Resume {
    work = Copies.list(work);
    volunteer = Copies.list(volunteer);
    education = Copies.list(education);
    awards = Copies.list(awards);
    certificates = Copies.list(certificates);
    publications = Copies.list(publications);
    skills = Copies.list(skills);
    languages = Copies.list(languages);
    interests = Copies.list(interests);
    references = Copies.list(references);
    projects = Copies.list(projects);
    extensions = Copies.extensions(extensions);
  }

  /** A resume with only its basics (possibly null: an empty resume). */
  public static Resume of(Basics basics) {
    return new Resume(
        null, basics, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** This resume with other basics, everything else (unknown fields too) kept. */
  public Resume withBasics(Basics replaced) {
    return new Resume(
        schema,
        replaced,
        work,
        volunteer,
        education,
        awards,
        certificates,
        publications,
        skills,
        languages,
        interests,
        references,
        projects,
        meta,
        extensions);
  }

  /** This resume with other meta (null for none), everything else kept. */
  public Resume withMeta(Meta replaced) {
    return new Resume(
        schema,
        basics,
        work,
        volunteer,
        education,
        awards,
        certificates,
        publications,
        skills,
        languages,
        interests,
        references,
        projects,
        replaced,
        extensions);
  }
}
