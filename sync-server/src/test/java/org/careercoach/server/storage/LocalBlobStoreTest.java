package org.careercoach.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users' stored files sit in folders other local accounts cannot list or enter. */
class LocalBlobStoreTest {

  @TempDir Path data;

  @Test
  void everyFolderTheStoreCreatesIsOwnerOnly() throws Exception {
    Path root = data.resolve("blobs");
    LocalBlobStore store = new LocalBlobStore(root);
    Path upload = Files.writeString(data.resolve("upload.txt"), "a resume");

    store.put("users/u-1/resumes/r-1", upload, "text/plain");

    for (Path folder :
        new Path[] {
          root, root.resolve("users"), root.resolve("users/u-1"), root.resolve("users/u-1/resumes")
        }) {
      assertThat(Files.getPosixFilePermissions(folder))
          .as(folder.toString())
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
    try (var in = store.open("users/u-1/resumes/r-1")) {
      assertThat(new String(in.readAllBytes())).isEqualTo("a resume");
    }
  }

  @Test
  void aStoreFolderMadeBeforeIsClosedToOtherAccounts() throws Exception {
    Path root = data.resolve("blobs");
    Files.createDirectories(root.resolve("users/u-1"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

    new LocalBlobStore(root).restrictToOwner();

    assertThat(Files.getPosixFilePermissions(root))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
  }
}
