package org.careercoach.server.auth;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The device a session was started on, by the name its client gave at sign-in: other features label
 * what a session did with it (a draft's {@code device}).
 */
@Service
public class SessionDevices {

  private final JdbcClient jdbc;

  SessionDevices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The device name of the session; empty when the client gave none or the session is gone. */
  public Optional<String> nameOf(UUID sessionId) {
    return jdbc.sql("select device_name from sessions where id = :id and device_name is not null")
        .param("id", sessionId)
        .query(String.class)
        .optional();
  }
}
