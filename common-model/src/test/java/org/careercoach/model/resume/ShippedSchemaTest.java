package org.careercoach.model.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.careercoach.model.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas the product ships as resources stay byte for byte the reference copies in {@code
 * ../shared/jsonresume}: the app validates against what the project agreed on, not a drifted copy.
 */
class ShippedSchemaTest {

  static final String FOLDER = "/org/careercoach/model/jsonresume/";

  @ParameterizedTest
  @ValueSource(strings = {"schema.json", "job-schema.json", "LICENSE.md"})
  void shippedCopyEqualsTheReference(String name) throws IOException {
    byte[] reference = Files.readAllBytes(SharedData.require("jsonresume/" + name));

    byte[] shipped;
    try (InputStream in = ShippedSchemaTest.class.getResourceAsStream(FOLDER + name)) {
      assertThat(in).as("%s on the classpath", FOLDER + name).isNotNull();
      shipped = in.readAllBytes();
    }

    assertThat(shipped).as(name).isEqualTo(reference);
  }
}
