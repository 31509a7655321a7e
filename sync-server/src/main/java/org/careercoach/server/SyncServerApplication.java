package org.careercoach.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The sync server: {@code java -jar sync-server.jar} runs it on embedded defaults. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SyncServerApplication {

  public static void main(String[] args) {
    SpringApplication.run(SyncServerApplication.class, args);
  }
}
