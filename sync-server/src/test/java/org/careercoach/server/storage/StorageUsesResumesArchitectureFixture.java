package org.careercoach.server.storage;

import org.careercoach.server.resumes.ResumeService;

/**
 * A cycle, only for {@code FeatureGraphTest}: resumes depends on storage, so storage depending on
 * resumes closes a loop (and is not in storage's allowed list either).
 */
class StorageUsesResumesArchitectureFixture {

  ResumeService resumes;
}
