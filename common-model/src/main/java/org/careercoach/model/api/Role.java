package org.careercoach.model.api;

/** What an account may do. */
public enum Role {
  USER,
  ADMIN
}
