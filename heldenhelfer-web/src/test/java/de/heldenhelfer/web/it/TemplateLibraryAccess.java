package de.heldenhelfer.web.it;

import de.heldenhelfer.reports.templates.TemplateValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shipped invitation text and typed sample values, for the PDF benchmark's render timing. */
final class TemplateLibraryAccess {
  private TemplateLibraryAccess() {}

  static String invitationSource() {
    try (InputStream in =
        TemplateLibraryAccess.class.getResourceAsStream(
            "/de/heldenhelfer/paperwork/templates/einladung-mitgliederversammlung.hhtpl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TemplateValues sampleValues() {
    Map<String, Object> v = new HashMap<>();
    v.put("club.name", "Export-Benchmark e.V.");
    v.put("club.address", "Domstraße 1, 97070 Würzburg");
    v.put("club.email", "vorstand@benchmark.example");
    v.put("club.city", "Würzburg");
    v.put("club.chair", "Jörg Weiß");
    v.put("today", LocalDate.of(2026, 11, 22));
    v.put("input.art", "ordentlichen Mitgliederversammlung");
    v.put("input.datum", LocalDate.of(2027, 1, 15));
    v.put("input.beginn", LocalTime.of(19, 30));
    v.put("input.ort", "Sportheim, Am Sportpark 4, 97084 Würzburg");
    v.put(
        "input.tagesordnung", List.of("Begrüßung", "Berichte", "Entlastung", "Wahlen", "Anträge"));
    v.put("input.satzung", "§ 10 der Satzung");
    v.put("input.ladungsfrist", "zwei Wochen");
    v.put("input.antragsfrist", LocalDate.of(2027, 1, 1));
    v.put("input.vollmacht", true);
    v.put("input.hybrid", true);
    v.put("input.onlineAnmeldung", "bis drei Tage vorher per E-Mail");
    v.put("input.onlineRechte", "über das Videokonferenzsystem");
    v.put("unused", BigDecimal.ONE);
    return TemplateValues.of(v);
  }
}
