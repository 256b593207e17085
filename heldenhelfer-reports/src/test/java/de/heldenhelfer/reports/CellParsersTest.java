package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellParsersTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @ParameterizedTest
  @CsvSource({
    "31.12.1980, 1980-12-31",
    "1.2.1980, 1980-02-01",
    "01.2.2001, 2001-02-01",
    "' 29.02.2024 ', 2024-02-29",
    "1980-12-31, 1980-12-31",
    "01.01.25, 2025-01-01",
    "01.06.25, 2025-06-01",
    "02.06.25, 1925-06-02",
    "31.12.30, 1930-12-31",
    "15.03.99, 1999-03-15",
    "29.02.24, 2024-02-29",
  })
  void parsesGermanAndIsoDates(String input, LocalDate expected) {
    CellResult<LocalDate> result = CellParsers.date(input, 2, "Geburtsdatum", TODAY);
    assertTrue(result.isValid(), () -> String.valueOf(result.error()));
    assertEquals(expected, result.value());
  }

  @Test
  void reportsBrokenDatesAsValuesWithRowColumnAndText() {
    CellResult<LocalDate> result = CellParsers.date("31.02.2001", 7, "Geburtsdatum", TODAY);
    assertFalse(result.isValid());
    assertNull(result.value());
    CellError error = result.error();
    assertEquals(7, error.row());
    assertEquals("Geburtsdatum", error.column());
    assertEquals("31.02.2001", error.value());
    assertEquals(
        "Zeile 7, Spalte „Geburtsdatum“: „31.02.2001“ ist kein gültiges Datum (TT.MM.JJJJ).",
        error.text(Locale.GERMAN));
    assertEquals(error.text(Locale.GERMAN), error.toString());
    assertEquals(
        "Row 7, column “Geburtsdatum”: “31.02.2001” is not a valid date (DD.MM.YYYY).",
        error.text(Locale.ENGLISH));
    assertEquals(
        "Zeile 12345, Spalte „Eintritt“: „1.13.2020“ ist kein gültiges Datum (TT.MM.JJJJ).",
        CellParsers.date("1.13.2020", 12345, "Eintritt", TODAY).error().text(Locale.GERMANY),
        "row numbers without thousands separator");
  }

  @ParameterizedTest
  @CsvSource({"31.02.2001", "2001-02-30", "morgen", "1.1.", "12.12.123", "29.02.23", "32.1.80"})
  void rejectsInvalidDates(String input) {
    assertEquals(
        "cell.date.invalid", CellParsers.date(input, 3, "Datum", TODAY).error().messageKey());
  }

  @Test
  void acceptsTypedDatesAndRejectsNumbers() {
    assertEquals(
        LocalDate.of(2000, 1, 2), CellParsers.date(LocalDate.of(2000, 1, 2), 2, "D").value());
    assertEquals(
        LocalDate.of(2000, 1, 2),
        CellParsers.date(LocalDateTime.of(2000, 1, 2, 3, 4), 2, "D").value());
    CellResult<LocalDate> number = CellParsers.date(new BigDecimal("36527"), 4, "D", TODAY);
    assertEquals("36527", number.error().value(), "numbers are no dates");
    assertTrue(CellParsers.date(null, 2, "D").isEmpty());
    assertTrue(CellParsers.date("   ", 2, "D").isEmpty());
    assertTrue(CellParsers.date("   ", 2, "D").isValid());
  }

  @ParameterizedTest
  @CsvSource({
    "ja, true",
    "Ja, true",
    "x, true",
    "X, true",
    "1, true",
    "true, true",
    "WAHR, true",
    "j, true",
    "nein, false",
    "NEIN, false",
    "0, false",
    "false, false",
    "n, false"
  })
  void parsesYesNo(String input, boolean expected) {
    assertEquals(expected, CellParsers.bool(input, 2, "Aktiv").value());
  }

  @Test
  void parsesTypedYesNoAndReportsOthers() {
    assertEquals(Boolean.TRUE, CellParsers.bool(Boolean.TRUE, 2, "A").value());
    assertEquals(Boolean.FALSE, CellParsers.bool(BigDecimal.ZERO, 2, "A").value());
    assertEquals(Boolean.TRUE, CellParsers.bool(BigDecimal.ONE, 2, "A").value());
    assertTrue(CellParsers.bool(null, 2, "A").isEmpty());
    CellError error = CellParsers.bool("vielleicht", 9, "Newsletter").error();
    assertEquals(
        "Zeile 9, Spalte „Newsletter“: „vielleicht“ ist kein gültiger Ja/Nein-Wert (erlaubt sind"
            + " ja, nein, x, 1, 0).",
        error.text(Locale.GERMANY));
    assertEquals("cell.boolean.invalid", CellParsers.bool(2, 2, "A").error().messageKey());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12,50|12.5",
        "1.234,5|1234.5",
        "1.234|1234",
        "1234.5|1234.5",
        "-3|-3",
        "12,50 €|12.5",
        "7 EUR|7",
        "1 000,25|1000.25"
      })
  void parsesGermanNumbers(String input, String expected) {
    assertEquals(new BigDecimal(expected), CellParsers.decimal(input, 2, "Beitrag").value());
  }

  @Test
  void reportsInvalidNumbers() {
    assertEquals(
        "Zeile 4, Spalte „Beitrag“: „zwölf“ ist keine gültige Zahl.",
        CellParsers.decimal("zwölf", 4, "Beitrag").error().text(null));
    assertEquals("cell.number.invalid", CellParsers.decimal("1,2,3", 4, "B").error().messageKey());
    assertEquals(
        "cell.number.invalid", CellParsers.decimal(Double.NaN, 4, "B").error().messageKey());
    assertEquals(new BigDecimal("2.5"), CellParsers.decimal(2.50d, 4, "B").value());
    assertTrue(CellParsers.decimal("", 4, "B").isEmpty());
  }

  @Test
  void rendersValuesAsText() {
    assertNull(CellParsers.text(null));
    assertNull(CellParsers.text("  "));
    assertEquals("01.02.2003", CellParsers.text(LocalDate.of(2003, 2, 1)));
    assertEquals("97070", CellParsers.text(new BigDecimal("97070")));
    assertEquals("ja", CellParsers.text(true));
    assertEquals("x", CellParsers.text(" x "));
  }

  @Test
  void resultsAreEitherValueOrError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CellResult<>("x", new CellError(1, "A", "x", "cell.date.invalid")));
    assertEquals("x", CellResult.ok("x").optionalValue().orElseThrow());
    assertTrue(CellResult.empty().optionalValue().isEmpty());
  }
}
