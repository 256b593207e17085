package de.heldenhelfer.mailcatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void defaults() {
    assertEquals(
        new MailCatcher.Options("127.0.0.1", 2525, 8025, null), MailCatcher.Options.parse());
  }

  @Test
  void allOptionsInBothSpellings() {
    assertEquals(
        new MailCatcher.Options("0.0.0.0", 2526, 8026, Path.of("/tmp/mails")),
        MailCatcher.Options.parse(
            "--smtp-port", "2526", "--http-port=8026", "--bind", "0.0.0.0", "--store=/tmp/mails"));
  }

  @Test
  void badArgumentsAreRejectedWithAMessage() {
    assertEquals(
        "--smtp-port must be a number, not 'abc'",
        assertThrows(
                IllegalArgumentException.class,
                () -> MailCatcher.Options.parse("--smtp-port", "abc"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> MailCatcher.Options.parse("--http-port"));
    assertThrows(
        IllegalArgumentException.class, () -> MailCatcher.Options.parse("--http-port", "70000"));
    assertThrows(IllegalArgumentException.class, () -> MailCatcher.Options.parse("--verbose"));

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        MailCatcher.run(
            new String[] {"--nope"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option: --nope"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
  }
}
