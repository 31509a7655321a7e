package org.careercoach.server;

import java.util.Arrays;
import org.careercoach.server.parsing.ChildJvmParser;
import org.careercoach.server.parsing.LinesCommand;
import org.careercoach.server.parsing.ParseCommand;
import org.careercoach.server.parsing.TrainLinesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The sync server: {@code java -jar sync-server.jar} runs it on embedded defaults; {@code local}
 * runs it for this machine with the desktop app (what {@code run.sh} starts); {@code worker} runs
 * only the job workers; {@code parse} parses files offline; {@code lines} and {@code train-lines}
 * train the parser's line model.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SyncServerApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("parse-one")) {
      // A child process of ChildJvmParser: one document, its own small heap.
      System.exit(ChildJvmParser.runChild(Arrays.asList(args).subList(1, args.length)));
    }
    if (args.length > 0 && args[0].equals("parse")) {
      // The offline parser needs no server: no database, no Spring context.
      System.exit(
          ParseCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("lines")) {
      // Labelled lines of a generated corpus, the line model's training data (ADR 0021).
      System.exit(
          LinesCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("train-lines")) {
      System.exit(
          TrainLinesCommand.run(
              Arrays.asList(args).subList(1, args.length), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals("local")) {
      // The README's one command on a laptop: run.sh and run.cmd start this.
      LocalRun.main(Arrays.asList(args).subList(1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("worker")) {
      // Worker-only: the job workers, dispatcher and reconciler against the shared Redis and
      // database, with no HTTP server.
      SpringApplication worker = new SpringApplication(SyncServerApplication.class);
      worker.setWebApplicationType(WebApplicationType.NONE);
      worker.run(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(SyncServerApplication.class, args);
  }
}
