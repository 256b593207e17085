import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Member import benchmark (issue 3): builds a 10,000-row xlsx (title row, German headers and
 * dates), uploads it through the REST API as the board of TSV 1862 Würzburg-Süd (apply, not dry
 * run) and prints the wall time and the server's heap growth. The heap is sampled with {@code jcmd
 * PID GC.heap_info} every 200 ms during the import; "extra heap" is the highest used heap minus the
 * used heap before the upload (an upper bound: garbage not yet collected counts too).
 *
 * <p>Run against a started test stack (plain JDK, no build needed):
 *
 * <pre>
 * java benchmarks/MemberImportBenchmark.java http://localhost:48080 \
 *     http://localhost:48180/realms/heldenhelfer .hh/payara6/glassfish/domains/hh-test/config/pid
 * </pre>
 *
 * A second run imports the same file again (every row matched, nothing changes) and is reported
 * as "re-import".
 */
public class MemberImportBenchmark {
  static final int ROWS = 10_000;

  public static void main(String[] args) throws Exception {
    String app = args.length > 0 ? args[0] : "http://localhost:28080";
    String kc = args.length > 1 ? args[1] : "http://localhost:28180/realms/heldenhelfer";
    String pidFile = args.length > 2 ? args[2] : null;
    HttpClient http = HttpClient.newHttpClient();
    String token = token(http, kc, "vorstand-sport");
    String me = http.send(get(app + "/api/v1/me", token), HttpResponse.BodyHandlers.ofString()).body();
    Matcher club = Pattern.compile("\"clubId\":(\\d+)").matcher(me);
    if (!club.find()) {
      throw new IllegalStateException("no club in " + me);
    }
    long clubId = Long.parseLong(club.group(1));
    String tag = "B" + UUID.randomUUID().toString().substring(0, 6);
    byte[] xlsx = xlsx(tag);
    System.out.printf("file: %,d rows, %,d bytes xlsx%n", ROWS, xlsx.length);
    long pid = pidFile == null ? -1 : Long.parseLong(Files.readString(Path.of(pidFile)).strip());
    for (String run : new String[] {"import", "re-import"}) {
      long before = pid > 0 ? usedHeapKb(pid) : -1;
      AtomicLong peak = new AtomicLong(before);
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  try {
                    peak.accumulateAndGet(usedHeapKb(pid), Math::max);
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  } catch (Exception e) {
                    // keep sampling
                  }
                }
              });
      if (pid > 0) {
        sampler.start();
      }
      long t0 = System.nanoTime();
      HttpResponse<String> res = upload(http, app, clubId, token, xlsx);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      sampler.interrupt();
      sampler.join();
      if (res.statusCode() != 200) {
        throw new IllegalStateException(res.statusCode() + " " + res.body());
      }
      StringBuilder counts = new StringBuilder();
      for (String key : new String[] {"created", "updated", "unchanged", "errors"}) {
        Matcher cm = Pattern.compile("\"" + key + "\":(\\d+)").matcher(res.body());
        counts.append(key).append(' ').append(cm.find() ? cm.group(1) : "?").append(' ');
      }
      System.out.printf(
          "%s: %,d ms (limit 30,000), %s%n  server heap before %,d MB, peak %,d MB, extra %,d MB (limit 256)%n",
          run, ms, counts, before / 1024, peak.get() / 1024, (peak.get() - before) / 1024);
    }
  }

  /** Used heap of the JVM {@code pid} in KB, from jcmd's "garbage-first heap total …, used …K". */
  static long usedHeapKb(long pid) throws Exception {
    Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException(out);
    }
    return Long.parseLong(m.group(1));
  }

  static String token(HttpClient http, String kc, String user) throws Exception {
    String form = "grant_type=password&client_id=heldenhelfer-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=heldenhelfer";
    String body =
        http.send(
                HttpRequest.newBuilder(URI.create(kc + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException(body);
    }
    return m.group(1);
  }

  static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
  }

  static HttpResponse<String> upload(HttpClient http, String app, long clubId, String token, byte[] file) throws Exception {
    String boundary = "hh" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mitglieder.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(app + "/api/v1/clubs/" + clubId + "/members/import?dryRun=false"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A 10,000-row member list as Excel writes it (inline strings keep the generator small). */
  static byte[] xlsx(String tag) throws Exception {
    String[] last = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"};
    String[] first = {"Anna", "Jürgen", "Özlem", "Lukas", "Marie", "Paul", "Sophie", "Jonas", "Lea", "Felix"};
    String[] gender = {"w", "m", "w", "m", "w", "m", "w", "m", "w", "m"};
    Random rnd = new Random(20260101);
    StringBuilder sheet = new StringBuilder(6_000_000);
    sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    row(sheet, 1, "Mitgliederliste TSV – Benchmark");
    row(sheet, 3, "Mitgliedsnr.", "Name", "Vorname", "Geb.-Datum", "Geschlecht", "Straße", "PLZ", "Ort", "E-Mail", "Eintritt", "Beitragsgruppe");
    for (int i = 0; i < ROWS; i++) {
      int k = i % 10;
      LocalDate birth = LocalDate.of(1940 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      LocalDate entry = birth.plusYears(18 + rnd.nextInt(20));
      if (entry.isAfter(LocalDate.of(2025, 1, 1))) {
        entry = LocalDate.of(2025, 1, 1);
      }
      row(sheet, i + 4, tag + "-" + i, last[k] + "-" + tag, first[(i / 10) % 10] + i, de(birth), gender[(i / 10) % 10],
          "Hauptstraße " + (i % 200 + 1), "97070", "Würzburg", "m" + i + "@example.org", de(entry), "Erwachsene");
    }
    sheet.append("</sheetData></worksheet>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Mitglieder\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    }
    return bytes.toByteArray();
  }

  static String de(LocalDate d) {
    return String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  static void row(StringBuilder b, int r, String... cells) {
    b.append("<row r=\"").append(r).append("\">");
    for (int i = 0; i < cells.length; i++) {
      b.append("<c r=\"").append((char) ('A' + i)).append(r).append("\" t=\"inlineStr\"><is><t>")
          .append(cells[i].replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
    }
    b.append("</row>");
  }

  static void put(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
