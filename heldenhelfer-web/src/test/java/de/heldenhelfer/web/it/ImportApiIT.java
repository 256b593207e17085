package de.heldenhelfer.web.it;

import static de.heldenhelfer.web.it.ImportFiles.s;
import static de.heldenhelfer.web.it.ImportFiles.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The member import through the REST API with real Keycloak tokens, against the test stack: real
 * club lists (title rows, Windows-1252, semicolons, German dates), row problems, re-import without
 * duplicates, dry runs, hostile files, and the club boundary and permission.
 */
class ImportApiIT {
  static String boardA;
  static String boardB;
  static String member;
  static long clubA;
  static long clubB;

  @BeforeAll
  static void tokens() throws Exception {
    boardA = ApiIT.token("vorstand-sport");
    boardB = ApiIT.token("vorstand-test");
    member = ApiIT.token("mitglied");
    clubA = ApiIT.firstClub(boardA);
    clubB = ApiIT.firstClub(boardB);
  }

  /** A tag that makes this run's members unique (the test stack's database is kept). */
  private static String tag() {
    return "Imp" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  static HttpResponse<String> upload(
      String token, long club, boolean dryRun, String fileName, byte[] content, String mapping)
      throws Exception {
    String boundary = "hh" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    if (mapping != null) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n"
                  + "Content-Type: application/json; charset=UTF-8\r\n\r\n"
                  + mapping
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(
                    ApiIT.APP + "/api/v1/clubs/" + club + "/members/import?dryRun=" + dryRun))
            .header("Accept-Language", "de")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return ApiIT.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject report(HttpResponse<String> res) {
    assertEquals(200, res.statusCode(), res.body());
    return ApiIT.json(res.body()).asJsonObject();
  }

  /** Members of club A whose name, number or e-mail contains {@code q}. */
  static JsonObject search(String q) throws Exception {
    HttpResponse<String> res =
        ApiIT.get(
            "clubs/"
                + clubA
                + "/members?limit=100&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8),
            boardA);
    assertEquals(200, res.statusCode(), res.body());
    return ApiIT.json(res.body()).asJsonObject();
  }

  static byte[] cp1252(String s) {
    return s.getBytes(Charset.forName("windows-1252"));
  }

  static String clubList(String tag, String secondStreet) {
    return "Mitgliederliste TSV 1862 Würzburg-Süd e.V.;;;;;;;;;\r\n"
        + "Stand: 01.10.2026 – bitte vertraulich behandeln;;;;;;;;;\r\n"
        + ";;;;;;;;;\r\n"
        + "Mitgliedsnr.;Name;Vorname;Geb.-Datum;Geschlecht;Straße;PLZ;Ort;Mitglied seit;Bemerkung\r\n"
        + tag
        + "-1;Müller-"
        + tag
        + ";Jürgen;03.04.1961;männlich;Hauptstraße 1;97070;Würzburg;01.01.1990;\r\n"
        + ";;;;;;;;;\r\n"
        + tag
        + "-2;Weiß-"
        + tag
        + ";Änne;17.11.1975;w;"
        + secondStreet
        + ";97082;Würzburg;15.03.2001;Kassenwartin\r\n"
        + ";Groß-"
        + tag
        + ";Özlem;09.09.1988;d;Zeller Str. 3;97082;Würzburg;1.6.2010;ohne Nummer\r\n";
  }

  @Test
  void aRealClubListImportsAndReimportingUpdatesWithoutDuplicates() throws Exception {
    String tag = tag();
    byte[] file = cp1252(clubList(tag, "Kirchgasse 2"));

    JsonObject dry = report(upload(boardA, clubA, true, "Mitglieder 2026.csv", file, null));
    assertEquals(4, dry.getInt("headerRow"), dry.toString());
    assertEquals(3, dry.getInt("rows"));
    assertEquals(3, dry.getInt("created"), dry.toString());
    assertEquals(0, dry.getInt("errors"), dry.toString());
    assertFalse(dry.getBoolean("applied"));
    assertEquals("BIRTH_DATE", dry.getJsonObject("mapping").getString("Geb.-Datum"));
    assertEquals("ENTRY_DATE", dry.getJsonObject("mapping").getString("Mitglied seit"));
    assertFalse(dry.getJsonObject("mapping").containsKey("Bemerkung"));
    assertTrue(dry.getJsonArray("warnings").toString().contains("Windows-1252"), dry.toString());
    assertEquals(0, search(tag).getInt("total"), "a dry run changes nothing");
    assertEquals(0, search("Groß-" + tag).getInt("total"), "a dry run changes nothing");

    JsonObject applied = report(upload(boardA, clubA, false, "Mitglieder 2026.csv", file, null));
    assertTrue(applied.getBoolean("applied"));
    assertEquals(3, applied.getInt("created"), applied.toString());
    JsonObject found = search(tag);
    assertEquals(2, found.getInt("total"), "the two rows with member number: " + found);
    assertEquals(1, search("Groß-" + tag).getInt("total"), "the row without number got one");
    assertTrue(found.toString().contains("Müller-" + tag), "umlauts from Windows-1252");
    assertTrue(found.toString().contains("\"birthDate\":\"1961-04-03\""), found.toString());

    // the same file again: nothing new, nothing changed
    JsonObject again = report(upload(boardA, clubA, false, "Mitglieder 2026.csv", file, null));
    assertEquals(0, again.getInt("created"), again.toString());
    assertEquals(3, again.getInt("unchanged"), again.toString());
    // one street changed: one update, matched on member number; the row without number matched by
    // name and birth date
    byte[] changed = cp1252(clubList(tag, "Domstraße 7"));
    JsonObject update = report(upload(boardA, clubA, false, "Mitglieder 2026.csv", changed, null));
    assertEquals(1, update.getInt("updated"), update.toString());
    assertEquals(2, update.getInt("unchanged"), update.toString());
    assertEquals(0, update.getInt("created"), update.toString());
    assertEquals(2, search(tag).getInt("total"), "no duplicates");
    assertEquals(
        1, search("Groß-" + tag).getInt("total"), "no duplicate of the row without number");
  }

  @Test
  void brokenDatesAreNamedPerRowAndThoseRowsAreLeftOut() throws Exception {
    String tag = tag();
    String csv =
        "\uFEFFNachname;Vorname;Geburtsdatum;Eintritt;E-Mail\r\n"
            + "Gut-"
            + tag
            + ";Anna;12.05.1990;01.02.2015;anna@example.org\r\n"
            + "Kaputt-"
            + tag
            + ";Bernd;31.02.1980;01.02.2015;\r\n"
            + "Spaet-"
            + tag
            + ";Carla;12.05.1990;01.01.1980;\r\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);
    JsonObject dry = report(upload(boardA, clubA, true, "liste.csv", file, null));
    assertEquals(2, dry.getInt("errors"), dry.toString());
    String problems = dry.getJsonArray("problems").toString();
    assertTrue(
        problems.contains("Zeile 3: Geburtsdatum 31.02.1980 ist kein gültiges Datum"), problems);
    assertTrue(
        problems.contains("Zeile 4: Das Eintrittsdatum darf nicht vor dem Geburtsdatum"), problems);

    JsonObject applied = report(upload(boardA, clubA, false, "liste.csv", file, null));
    assertEquals(1, applied.getInt("created"), applied.toString());
    assertEquals(2, applied.getInt("errors"));
    assertEquals(1, search("Gut-" + tag).getInt("total"));
    assertEquals(0, search("Kaputt-" + tag).getInt("total"), "no member without birth date");
    assertEquals(0, search("Spaet-" + tag).getInt("total"));
  }

  @Test
  void anUnknownDepartmentIsARowProblem() throws Exception {
    String tag = tag();
    String csv =
        "Nachname;Vorname;Geburtsdatum;Eintritt;Abteilung\r\n"
            + "Sparte-"
            + tag
            + ";Anna;12.05.1990;01.02.2015;Kegeln-"
            + tag
            + "\r\n";
    JsonObject r =
        report(
            upload(boardA, clubA, false, "liste.csv", csv.getBytes(StandardCharsets.UTF_8), null));
    assertEquals("DEPARTMENTS", r.getJsonObject("mapping").getString("Abteilung"), r.toString());
    assertEquals(1, r.getInt("errors"), r.toString());
    String problems = r.getJsonArray("problems").toString();
    assertTrue(
        problems.contains("Zeile 2: Abteilung „Kegeln-" + tag + "“ gibt es im Verein nicht."),
        problems);
    assertEquals(0, search("Sparte-" + tag).getInt("total"), "the row is left out");
  }

  @Test
  void anExplicitMappingIsUsedAndColumnsCanBeLeftOut() throws Exception {
    String tag = tag();
    String csv =
        "Kennung,Familienname,Rufname,Eintritt,Notiz\n"
            + tag
            + ",Map-"
            + tag
            + ",Dora,2020-01-01,nicht importieren\n";
    String mapping =
        "{\"Kennung\":\"MEMBER_NUMBER\",\"Familienname\":\"LAST_NAME\","
            + "\"Rufname\":\"FIRST_NAME\",\"Eintritt\":\"ENTRY_DATE\",\"Notiz\":null}";
    JsonObject r =
        report(
            upload(boardA, clubA, false, "x.csv", csv.getBytes(StandardCharsets.UTF_8), mapping));
    assertEquals(1, r.getInt("created"), r.toString());
    assertEquals(1, search(tag).getInt("total"));
    HttpResponse<String> bad =
        upload(
            boardA,
            clubA,
            true,
            "x.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            "{\"Gibt es nicht\":\"LAST_NAME\"}");
    assertEquals(400, bad.statusCode(), bad.body());
  }

  @Test
  void zipBombsExternalEntitiesAndFormulasAreRefusedOrNeutralised() throws Exception {
    HttpResponse<String> bomb =
        upload(boardA, clubA, false, "bombe.xlsx", ImportFiles.zipBomb(60), null);
    assertEquals(422, bomb.statusCode(), bomb.body());
    assertTrue(bomb.body().contains("Zip-Bomben"), bomb.body());

    String xxe =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\">"
            + s("A1", "Name")
            + s("B1", "Vorname")
            + "</row><row r=\"2\">"
            + s("A2", "&xxe;")
            + s("B2", "X")
            + "</row></sheetData></worksheet>";
    HttpResponse<String> entity =
        upload(boardA, clubA, false, "xxe.xlsx", ImportFiles.xlsx(xxe), null);
    assertEquals(422, entity.statusCode(), entity.body());
    assertTrue(entity.body().contains("unzulässige Inhalte"), entity.body());
    assertFalse(entity.body().contains("root:"), "no file content leaks");

    String tag = tag();
    String formulas =
        sheet(
            s("A1", "Nachname")
                + s("B1", "Vorname")
                + s("C1", "Eintritt")
                + s("D1", "Mitgliedsnr."),
            s("A2", "Formel-" + tag)
                + "<c r=\"B2\" t=\"str\"><f>HYPERLINK(\"http://evil.example/\",\"Eva\")</f><v>Eva</v></c>"
                + s("C2", "01.01.2020")
                + s("D2", tag),
            s("A3", "Leer-" + tag)
                + "<c r=\"B3\" t=\"str\"><f>CMD|' /C calc'!A0</f></c>"
                + s("C3", "01.01.2020"));
    JsonObject r =
        report(upload(boardA, clubA, false, "formeln.xlsx", ImportFiles.xlsx(formulas), null));
    assertTrue(r.getJsonArray("warnings").toString().contains("Formel"), r.toString());
    assertEquals(1, r.getInt("created"), r.toString());
    assertEquals(
        1, r.getInt("errors"), "a formula without saved value is empty: first name missing");
    JsonObject found = search("Formel-" + tag);
    assertEquals(1, found.getInt("total"));
    String firstName = found.getJsonArray("items").getJsonObject(0).getString("firstName");
    assertEquals("Eva", firstName, "the saved value, never the formula");
  }

  @Test
  void anotherClubsBoardGets404AndAPlainMember403() throws Exception {
    byte[] file = cp1252(clubList(tag(), "Kirchgasse 2"));
    HttpResponse<String> other = upload(boardA, clubB, true, "liste.csv", file, null);
    assertEquals(404, other.statusCode(), other.body());
    HttpResponse<String> plain = upload(member, clubA, true, "liste.csv", file, null);
    assertEquals(403, plain.statusCode(), plain.body());
    HttpResponse<String> anonymous = upload(null, clubA, true, "liste.csv", file, null);
    assertEquals(401, anonymous.statusCode(), anonymous.body());
  }

  @Test
  void theOpenApiDescriptionDocumentsTheImport() throws Exception {
    HttpResponse<String> res = ApiIT.get("openapi.yaml", null);
    assertEquals(200, res.statusCode());
    assertTrue(res.body().startsWith("openapi: 3"), res.body());
    assertTrue(res.body().contains("/clubs/{clubId}/members/import:"));
    assertTrue(res.body().contains("multipart/form-data"));
  }
}
