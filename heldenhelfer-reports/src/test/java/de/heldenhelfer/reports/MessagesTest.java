package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/de/heldenhelfer/reports/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void germanBaseAndEnglishHaveTheSameKeysAndGermanOverrideIsEmpty() throws IOException {
    Set<String> german = new TreeSet<>(load("").stringPropertyNames());
    Set<String> english = new TreeSet<>(load("_en").stringPropertyNames());
    assertEquals(german, english);
    assertTrue(german.size() > 30);
    assertTrue(load("_de").isEmpty(), "messages_de.properties stays empty");
  }

  @Test
  void germanNeverFallsBackToTheJvmDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("ja", Texts.format(Locale.GERMAN, "value.true"));
      assertEquals("ja", Texts.format(Locale.GERMANY, "value.true"));
      assertEquals("ja", Texts.format(Locale.FRENCH, "value.true"), "unknown → German base");
      assertEquals("ja", Texts.format(null, "value.true"));
      assertEquals("yes", Texts.format(Locale.UK, "value.true"));
      assertEquals("no.such.key", Texts.format(Locale.GERMAN, "no.such.key"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void reportInputExceptionCarriesKeyAndBothLanguages() {
    ReportInputException e =
        new ReportInputException(ReportMessage.of("import.error.empty", "a.csv"));
    assertEquals("import.error.empty", e.messageKey());
    assertEquals("Die Datei „a.csv“ ist leer.", e.getMessage());
    assertEquals("The file “a.csv” is empty.", e.localizedMessage(Locale.ENGLISH));
    assertEquals(e.getMessage(), e.localizedMessage(Locale.GERMAN));
    assertEquals(
        "Die Datei „“ ist leer.", ReportMessage.of("import.error.empty", (Object) null).toString());
  }
}
