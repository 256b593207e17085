package de.heldenhelfer.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates docker/compose.yaml with {@code docker-compose config -q} (no Docker engine needed).
 * Without the docker-compose binary the tests are skipped, except on CI (CI=true) where they fail.
 */
class ComposeFileTest {

  private static Path repoRoot;
  private static Path composeFile;
  private static Path envExample;
  private static String dockerCompose;

  @BeforeAll
  static void locate() {
    repoRoot = findRepoRoot();
    composeFile = repoRoot.resolve("docker/compose.yaml");
    envExample = repoRoot.resolve("docker/.env.example");
    assertTrue(Files.isRegularFile(composeFile), "missing " + composeFile);
    assertTrue(Files.isRegularFile(envExample), "missing " + envExample);
    dockerCompose = findOnPath("docker-compose");
  }

  @BeforeEach
  void requireDockerCompose() {
    if (dockerCompose == null) {
      String message =
          "docker-compose binary not found on PATH (install Debian package docker-compose)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " - required on CI");
      }
      Assumptions.abort(message + " - skipping compose file checks");
    }
  }

  @Test
  void composeFileIsValid() throws Exception {
    Result result = config(composeFile);
    assertEquals(0, result.exitCode, "docker-compose config failed:\n" + result.output);
  }

  @Test
  void invalidComposeFileIsRejected(@TempDir Path tmp) throws Exception {
    String original = Files.readString(composeFile, StandardCharsets.UTF_8);
    String broken = original.replaceFirst("(?m)^  mail:\\n", "  mail:\n    no_such_option: true\n");
    assertNotEquals(original, broken, "could not inject an invalid key into the mail service");
    Path copy = tmp.resolve("compose.yaml");
    Files.writeString(copy, broken, StandardCharsets.UTF_8);

    Result result = config(copy);
    assertNotEquals(
        0, result.exitCode, "docker-compose accepted an invalid key:\n" + result.output);
    assertTrue(
        result.output.contains("no_such_option"), "unexpected error output:\n" + result.output);
  }

  private static Result config(Path file) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                dockerCompose,
                "-f",
                file.toString(),
                "--env-file",
                envExample.toString(),
                "config",
                "-q"));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(file.getParent().toFile()).redirectErrorStream(true);
    // make the result independent of the caller's environment
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("HH_")
                    || k.startsWith("KC_")
                    || k.startsWith("COMPOSE_")
                    || k.startsWith("DOCKER_"));
    Process process = pb.start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("docker-compose config timed out");
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String output) {}

  /**
   * The ear module runs with its own directory as working dir; the repository root is its parent.
   */
  static Path findRepoRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docker"))
          && Files.isRegularFile(p.resolve("pom.xml"))
          && Files.isDirectory(p.resolve("heldenhelfer-ear"))) {
        return p;
      }
    }
    return dir.resolve("..").normalize();
  }

  private static String findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Paths.get(entry, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
