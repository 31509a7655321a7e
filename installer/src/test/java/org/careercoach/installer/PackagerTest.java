package org.careercoach.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackagerTest {

  @Test
  void aPackageVersionIsNumbersOnly() {
    assertThat(Packager.version("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
    assertThat(Packager.version("2.3")).isEqualTo("2.3");
    assertThat(Packager.version("1.4.2.Final")).isEqualTo("1.4.2");
    assertThatThrownBy(() -> Packager.version("SNAPSHOT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a version jpackage takes");
  }

  @Test
  void theLauncherNamesTheArchiveThePackageMakes() {
    assertThat(Packager.JAVA_OPTIONS)
        .contains("-XX:SharedArchiveFile=$APPDIR/career-coach.jsa")
        .noneMatch(option -> option.startsWith("-Xshare"));
  }
}
