package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The member list export over REST with real Keycloak tokens, and the protection of the browser
 * download URLs: club A's board downloads csv and xlsx of club A (never a row of club B), a plain
 * member gets 403, club B's board 404 for club A's path, no token 401.
 */
class ExportApiIT {
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

  static HttpResponse<byte[]> download(String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(ApiIT.APP + path)).header("Accept-Language", "de");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return ApiIT.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static long total(String token, long club) throws Exception {
    HttpResponse<String> res = ApiIT.get("clubs/" + club + "/members?limit=1", token);
    assertEquals(200, res.statusCode(), res.body());
    return ApiIT.json(res.body()).asJsonObject().getJsonNumber("total").longValue();
  }

  /** Member numbers of a club, through the ordinary list API. */
  static Set<String> numbers(String token, long club) throws Exception {
    Set<String> out = new HashSet<>();
    for (int offset = 0; ; offset += 100) {
      HttpResponse<String> res =
          ApiIT.get("clubs/" + club + "/members?limit=100&offset=" + offset, token);
      var items = ApiIT.json(res.body()).asJsonObject().getJsonArray("items");
      items.forEach(i -> out.add(i.asJsonObject().getString("memberNumber")));
      if (items.size() < 100) {
        return out;
      }
    }
  }

  @Test
  void boardDownloadsCsvOfTheOwnClub() throws Exception {
    HttpResponse<byte[]> res =
        download(
            "/api/v1/clubs/" + clubA + "/members/export?format=csv&cols=number,name,email", boardA);
    assertEquals(200, res.statusCode());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String disposition = res.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(
        disposition.matches("attachment; filename=\"mitglieder-\\d{4}-\\d{2}-\\d{2}\\.csv\".*"),
        disposition);
    assertEquals("no-store", res.headers().firstValue("Cache-Control").orElse(""));
    String csv = new String(res.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFMitgliedsnummer;Name;E-Mail\r\n"), csv.substring(0, 40));
    List<List<String>> rows = ExportIT.parseCsv(csv.substring(1));
    assertEquals(total(boardA, clubA) + 1, rows.size(), "header plus every member of club A");
    Set<String> exported = new HashSet<>();
    rows.subList(1, rows.size()).forEach(r -> exported.add(r.get(0)));
    assertEquals(numbers(boardA, clubA), exported, "exactly club A's members");
  }

  @Test
  void boardDownloadsXlsxWithChosenColumns() throws Exception {
    HttpResponse<byte[]> res =
        download(
            "/api/v1/clubs/"
                + clubA
                + "/members/export?format=xlsx&cols=name,address,birth_date"
                + "&q=status%3DACTIVE",
            boardA);
    assertEquals(200, res.statusCode());
    assertTrue(
        res.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"),
        "xlsx file name");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(res.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertEquals("Name", header.getCell(0).getStringCellValue());
      assertEquals("Anschrift", header.getCell(1).getStringCellValue());
      assertEquals("Geburtsdatum", header.getCell(2).getStringCellValue());
      assertTrue(sheet.getPhysicalNumberOfRows() > 1, "active members exported");
      assertTrue(sheet.getPhysicalNumberOfRows() - 1 <= total(boardA, clubA), "the filter applies");
      assertTrue(
          org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2)),
          "birth dates are real dates");
    }
  }

  @Test
  void memberIsForbiddenOtherClubNotFoundAnonymousUnauthorised() throws Exception {
    String path = "/api/v1/clubs/" + clubA + "/members/export?format=csv";
    assertEquals(403, download(path, member).statusCode(), "a plain member may not export");
    assertEquals(404, download(path, boardB).statusCode(), "club A does not exist for club B");
    assertEquals(401, download(path, null).statusCode());
    assertEquals(
        400,
        download("/api/v1/clubs/" + clubA + "/members/export?format=doc", boardA).statusCode());
    HttpResponse<byte[]> own =
        download("/api/v1/clubs/" + clubB + "/members/export?format=csv", boardB);
    assertEquals(200, own.statusCode());
    Set<String> numbersA = numbers(boardA, clubA);
    List<List<String>> rows =
        ExportIT.parseCsv(new String(own.body(), StandardCharsets.UTF_8).substring(1));
    assertEquals(total(boardB, clubB) + 1, rows.size(), "club B's board gets club B's list");
    assertFalse(rows.isEmpty());
  }

  @Test
  void browserDownloadsNeedASignedInSession() throws Exception {
    HttpClient noRedirects =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path :
        List.of(
            "/app/export/members?format=xlsx",
            "/app/export/labels",
            "/app/export/attendance",
            "/app/export/dossier?id=1&format=json")) {
      HttpResponse<byte[]> res =
          noRedirects.send(
              HttpRequest.newBuilder(URI.create(ApiIT.APP + path)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(
          res.statusCode() == 302 || res.statusCode() == 303 || res.statusCode() == 401,
          path + " answered " + res.statusCode());
      assertFalse(
          res.headers().firstValue("Content-Disposition").isPresent(), path + " sent no file");
    }
  }
}
