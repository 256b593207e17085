package de.heldenhelfer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.ConsentKind;
import de.heldenhelfer.membership.FamilyRelation;
import de.heldenhelfer.membership.FunctionKind;
import de.heldenhelfer.membership.Gender;
import de.heldenhelfer.membership.MemberChange;
import de.heldenhelfer.membership.MemberField;
import de.heldenhelfer.membership.MemberListService;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.membership.MembershipType;
import de.heldenhelfer.membership.QualificationKind;
import de.heldenhelfer.paperwork.Placeholders;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain bundle: German base, English, empty German file; every key the code uses exists. */
class MessagesTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/de/heldenhelfer/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void germanAndEnglishHaveTheSameKeysAndTheGermanFileIsEmpty() throws IOException {
    Properties de = load("messages.properties");
    Properties en = load("messages_en.properties");
    assertEquals(new TreeSet<>(de.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    assertTrue(load("messages_de.properties").isEmpty());
  }

  @Test
  void germanTextsUseRealUmlauts() throws IOException {
    Properties de = load("messages.properties");
    for (String key : de.stringPropertyNames()) {
      String text = de.getProperty(key);
      for (String ascii :
          List.of("fuer", "ueber", "Loesch", "loesch", "Aender", "aender", "koenn")) {
        assertFalse(text.contains(ascii), key + ": " + text);
      }
    }
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    Properties de = load("messages.properties");
    Pattern literal = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
    Set<String> ignored = Set.of("eclipselink.batch", "eclipselink.batch.type");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/de/heldenhelfer"))) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.toString().contains("platform"))
              .toList()) {
        String code = Files.readString(f);
        Matcher m = literal.matcher(code);
        while (m.find()) {
          String key = m.group(1);
          if (key.startsWith("de.") || key.startsWith("m.") || ignored.contains(key)) {
            continue;
          }
          if (key.startsWith("hh.") || key.startsWith("jakarta.") || key.contains("Mail")) {
            continue;
          }
          // template placeholder names and resource file names are not message keys
          if (Placeholders.known().containsKey(key)
              || key.endsWith(".txt")
              || key.endsWith(".hhtpl")) {
            continue;
          }
          checked++;
          if (!de.containsKey(key)) {
            missing.add(f.getFileName() + ": " + key);
          }
        }
      }
    }
    assertTrue(checked > 40, "found the keys (" + checked + ")");
    assertTrue(missing.isEmpty(), "keys without text: " + missing);
  }

  @Test
  void everyLabelExistsInBothLanguages() {
    List<Enum<?>> values = new ArrayList<>();
    values.addAll(List.of(MembershipType.values()));
    values.addAll(List.of(FunctionKind.values()));
    values.addAll(List.of(ConsentKind.values()));
    values.addAll(List.of(QualificationKind.values()));
    values.addAll(List.of(FamilyRelation.values()));
    values.addAll(List.of(MemberField.values()));
    values.addAll(List.of(MemberStatus.values()));
    values.addAll(List.of(Gender.values()));
    values.addAll(List.of(MemberChange.Action.values()));
    values.addAll(List.of(MemberListService.ConsentState.values()));
    for (Enum<?> v : values) {
      String prefix =
          switch (v.getDeclaringClass().getSimpleName()) {
            case "Action" -> "memberChange.action.";
            default -> {
              String s = v.getDeclaringClass().getSimpleName();
              yield Character.toLowerCase(s.charAt(0)) + s.substring(1) + ".";
            }
          };
      for (Locale l : List.of(Locale.GERMAN, Locale.ENGLISH)) {
        String key = prefix + v.name();
        assertFalse(Messages.get(l, key).equals(key), key + " in " + l);
      }
    }
    assertEquals("Trainer/Übungsleitung", FunctionKind.TRAINER.label(Locale.GERMAN));
    assertEquals("Jugendleiter-Card (Juleica)", QualificationKind.JULEICA.label(Locale.GERMANY));
    assertEquals("Youth leader card (Juleica)", QualificationKind.JULEICA.label(Locale.ENGLISH));
  }

  @Test
  void localDatesAreFormattedInMessages() {
    assertEquals(
        "Das Austrittsdatum darf nicht vor dem Eintrittsdatum (01.03.2001) liegen.",
        Messages.get(Locale.GERMAN, "member.exitDate.beforeEntry", LocalDate.of(2001, 3, 1)));
    assertEquals(
        "The exit date must not be before the entry date (2001-03-01).",
        Messages.get(Locale.ENGLISH, "member.exitDate.beforeEntry", LocalDate.of(2001, 3, 1)));
    assertEquals(
        "Bitte kürzen Sie die Eingabe auf höchstens 100 Zeichen.",
        new RuleViolationException("lastName", "field.tooLong", 100)
            .localizedMessage(Locale.GERMAN));
  }
}
