package de.heldenhelfer.membership.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.membership.Gender;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.membership.MembershipType;
import de.heldenhelfer.reports.SheetRow;
import de.heldenhelfer.reports.SpreadsheetReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header detection, mapping suggestion and row parsing of the member import, without database. */
class MemberImportParsingTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static final String CLUB_LIST =
      "Mitgliederliste TSV Musterdorf e.V.;;;;;;\r\n"
          + "Stand: 01.10.2026;;;;;;\r\n"
          + ";;;;;;\r\n"
          + "Mitgliedsnr.;Name;Vorname;Geb.-Datum;Geschlecht;Straße;PLZ;Ort;Eintritt;Bemerkung\r\n"
          + "1001;Müller;Jürgen;03.04.1961;männlich;Hauptstraße 1;97070;Würzburg;01.01.1990;\r\n"
          + ";;;;;;\r\n"
          + "1002;Weiß;Änne;31.02.1980;w;Kirchgasse 2;97082;Würzburg;15.03.2001;Kassenwartin\r\n";

  private static ImportTable read(String csv, String charset) throws Exception {
    byte[] bytes = csv.getBytes(Charset.forName(charset));
    var data =
        SpreadsheetReader.create()
            .read(new ByteArrayInputStream(bytes), "mitglieder.csv", 1_000_000);
    return ImportTable.of("mitglieder.csv", data);
  }

  @Test
  void headerBelowTitleRowsIsFoundInAWindows1252File() throws Exception {
    ImportTable t = read(CLUB_LIST, "windows-1252");
    assertEquals(4, t.headerRowNumber(), "title, date and empty row are above the header");
    assertEquals("Mitgliedsnr.", t.header().get(0));
    assertEquals("Straße", t.header().get(5), "umlauts and ß read correctly");
    assertEquals(2, t.rows().size(), "empty lines skipped");
    assertEquals(5, t.rows().get(0).rowNumber());
    assertEquals(7, t.rows().get(1).rowNumber(), "row numbers as Excel shows them");
    assertEquals("Müller", t.rows().get(0).value(1));
    assertFalse(t.warnings().isEmpty(), "the reader warns about Windows-1252");
  }

  @Test
  void withoutKnownNamesTheFirstRowIsTheHeader() {
    List<SheetRow> rows =
        List.of(new SheetRow(1, List.of("A", "B", "C")), new SheetRow(2, List.of("x", "y", "z")));
    assertEquals(0, ImportTable.headerIndex(rows));
    List<SheetRow> titled =
        List.of(
            new SheetRow(1, List.of("Mitgliederliste")),
            new SheetRow(3, List.of("Name", "Vorname", "E-Mail")),
            new SheetRow(4, List.of("Muster", "Max", "max@example.org")));
    assertEquals(1, ImportTable.headerIndex(titled));
  }

  @Test
  void germanAndEnglishColumnNamesAreSuggested() {
    Map<String, ImportField> expected =
        Map.ofEntries(
            Map.entry("Name", ImportField.LAST_NAME),
            Map.entry("Nachname", ImportField.LAST_NAME),
            Map.entry("Vorname", ImportField.FIRST_NAME),
            Map.entry("Geb.-Datum", ImportField.BIRTH_DATE),
            Map.entry("Geburtsdatum", ImportField.BIRTH_DATE),
            Map.entry("Geburtstag", ImportField.BIRTH_DATE),
            Map.entry("Mitgliedsnr.", ImportField.MEMBER_NUMBER),
            Map.entry("Mitgliedsnummer", ImportField.MEMBER_NUMBER),
            Map.entry("Nr.", ImportField.MEMBER_NUMBER),
            Map.entry("Eintritt", ImportField.ENTRY_DATE),
            Map.entry("Eintrittsdatum", ImportField.ENTRY_DATE),
            Map.entry("Mitglied seit", ImportField.ENTRY_DATE),
            Map.entry("Austritt", ImportField.EXIT_DATE),
            Map.entry("Anrede", ImportField.SALUTATION),
            Map.entry("Geschlecht", ImportField.GENDER),
            Map.entry("Straße", ImportField.STREET),
            Map.entry("PLZ", ImportField.POSTAL_CODE),
            Map.entry("Ort", ImportField.CITY),
            Map.entry("Telefon", ImportField.PHONE),
            Map.entry("Tel.", ImportField.PHONE),
            Map.entry("Telefon (privat)", ImportField.PHONE),
            Map.entry("Mobil", ImportField.MOBILE),
            Map.entry("E-Mail", ImportField.EMAIL),
            Map.entry("Mail", ImportField.EMAIL),
            Map.entry("Status", ImportField.STATUS),
            Map.entry("Beitrag", ImportField.FEE_CATEGORY),
            Map.entry("Beitragsgruppe", ImportField.FEE_CATEGORY),
            Map.entry("Mitgliedsart", ImportField.MEMBERSHIP_TYPE),
            Map.entry("Last name", ImportField.LAST_NAME),
            Map.entry("First Name", ImportField.FIRST_NAME),
            Map.entry("Date of birth", ImportField.BIRTH_DATE),
            Map.entry("Email", ImportField.EMAIL));
    expected.forEach((header, field) -> assertEquals(field, ImportField.suggest(header), header));
    assertNull(ImportField.suggest("Bemerkung"));
    assertNull(ImportField.suggest(""));
  }

  @Test
  void eachFieldGoesToOneColumnAndTheRememberedMappingWins() {
    List<String> header = List.of("Nr.", "Name", "Vorname", "Name", "Kürzel");
    ColumnMapping suggested = ColumnMapping.suggest(header, Map.of());
    assertEquals(ImportField.MEMBER_NUMBER, suggested.field(0));
    assertEquals(ImportField.LAST_NAME, suggested.field(1));
    assertEquals(ImportField.FIRST_NAME, suggested.field(2));
    assertNull(suggested.field(3), "the second 'Name' column is not mapped again");
    assertNull(suggested.field(4));

    ColumnMapping chosen =
        ColumnMapping.of(
            Map.of(
                0,
                ImportField.MEMBER_NUMBER,
                3,
                ImportField.LAST_NAME,
                4,
                ImportField.FEE_CATEGORY));
    Map<String, ImportField> remembered = ColumnMapping.rememberedFromText(chosen.toText(header));
    assertEquals(ImportField.FEE_CATEGORY, remembered.get("kuerzel"));
    ColumnMapping again = ColumnMapping.suggest(List.of("Kürzel", "Vorname"), remembered);
    assertEquals(ImportField.FEE_CATEGORY, again.field(0));
    assertEquals(ImportField.FIRST_NAME, again.field(1), "unremembered columns by name");
  }

  @Test
  void rowsAreParsedWithGermanDatesAndWordsAndProblemsNamed() throws Exception {
    ImportTable t = read(CLUB_LIST, "windows-1252");
    RowParser parser = new RowParser(ColumnMapping.suggest(t.header(), Map.of()), TODAY);

    RowParser.ParsedRow ok = parser.parse(t.rows().get(0));
    assertTrue(ok.valid(), ok.problems().toString());
    assertEquals("1001", ok.draft().getMemberNumber());
    assertEquals("Müller", ok.draft().getLastName());
    assertEquals(LocalDate.of(1961, 4, 3), ok.draft().getBirthDate());
    assertEquals(Gender.M, ok.draft().getGender());
    assertEquals("97070", ok.draft().getPostalCode());
    assertEquals(LocalDate.of(1990, 1, 1), ok.draft().getEntryDate());

    RowParser.ParsedRow broken = parser.parse(t.rows().get(1));
    assertFalse(broken.valid());
    assertEquals(
        "Zeile 7: Geburtsdatum 31.02.1980 ist kein gültiges Datum (bitte TT.MM.JJJJ, z. B."
            + " 31.12.1980).",
        broken.problems().get(0).text(Locale.GERMAN));
    assertTrue(broken.problems().get(0).text(Locale.ENGLISH).startsWith("Row 7: Date of birth"));
  }

  @Test
  void wordsForGenderStatusAndTypeAreUnderstood() {
    ColumnMapping m =
        ColumnMapping.of(
            Map.of(
                0, ImportField.LAST_NAME,
                1, ImportField.FIRST_NAME,
                2, ImportField.GENDER,
                3, ImportField.STATUS,
                4, ImportField.MEMBERSHIP_TYPE,
                5, ImportField.MOBILE,
                6, ImportField.SALUTATION));
    RowParser p = new RowParser(m, TODAY);
    var row = p.parse(new SheetRow(2, List.of("A", "B", "divers", "Passiv", "Ermäßigt", "0171 1")));
    assertTrue(row.valid(), row.problems().toString());
    assertEquals(Gender.D, row.draft().getGender());
    assertEquals(MemberStatus.PASSIVE, row.draft().getStatus());
    assertEquals(MembershipType.REDUCED, row.draft().getMembershipType());
    assertEquals("0171 1", row.draft().getPhone(), "mobile number when there is no phone");

    var byTitle = p.parse(new SheetRow(3, Arrays.asList("A", "B", null, null, null, null, "Frau")));
    assertEquals(Gender.W, byTitle.draft().getGender(), "gender from the salutation");

    var wrong = p.parse(new SheetRow(4, Arrays.asList(null, "B", "q", "vielleicht")));
    assertEquals(3, wrong.problems().size(), wrong.problems().toString());
    assertEquals("Zeile 4: Nachname fehlt.", wrong.problems().get(2).text(Locale.GERMAN));
  }

  @Test
  void departmentColumnIsSuggestedAndSplitOnCommaAndSemicolon() throws Exception {
    ImportTable t =
        read(
            "Name;Vorname;Abteilung\r\n"
                + "Kraus;Lena;\"Fußball; Tennis\"\r\n"
                + "Bauer;Tom;\"Turnen, turnen ,Kegeln\"\r\n",
            "UTF-8");
    assertEquals(ImportField.DEPARTMENTS, ImportField.suggest("Abteilung"));
    assertEquals(ImportField.DEPARTMENTS, ImportField.suggest("Sparte(n)"));
    ColumnMapping mapping = ColumnMapping.suggest(t.header(), Map.of());
    assertEquals(2, mapping.column(ImportField.DEPARTMENTS));
    RowParser parser = new RowParser(mapping, TODAY);
    assertEquals(List.of("Fußball", "Tennis"), parser.parse(t.rows().get(0)).departments());
    RowParser.ParsedRow second = parser.parse(t.rows().get(1));
    assertEquals(List.of("Turnen", "Kegeln"), second.departments(), "duplicates ignoring case");
    assertTrue(second.filled().contains(ImportField.DEPARTMENTS));
    assertEquals(List.of("A", "B", "C"), RowParser.departmentNames(" A;B, C ;; a "));
    assertEquals(RowParser.departmentKey("Fußball "), RowParser.departmentKey("FUSSBALL"));
  }
}
