package de.heldenhelfer.reports.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureCsvTest {

  static byte[] write(FigureTable table, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FigureCsv.write(table, out, locale);
    return out.toByteArray();
  }

  @Test
  void writesBomHeaderRowsTotalsAndCaption() throws IOException {
    byte[] bytes = write(FigureFixtures.region(), Locale.GERMANY);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "\uFEFFGemeinde;unter 18;18 bis 64;65 und älter;Summe",
            "Würzburg;1234;5678;910;7822",
            "Höchberg;56;321;87;464",
            "Zell a. Main;•;44;•;•",
            "Summe;1293;6043;1000;8336",
            "Werte unter 5 unterdrückt (•)"),
        List.of(csv.split("\r\n")));
    assertEquals('\n', csv.charAt(csv.length() - 1));
    assertEquals('\r', csv.charAt(csv.length() - 2));
  }

  @Test
  void quotesAndGuardsLabelsAndLeavesOutMissingTotals() throws IOException {
    String csv = new String(write(FigureFixtures.census(), Locale.GERMANY), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFAbteilung;Mitglieder\r\nFußball;120\r\nTurnen;85\r\n\"'=Schach; Go\";17\r\n", csv);

    FigureTable grandOnly =
        FigureFixtures.census().withTotals(null, null, FigureCell.shown(222)).withCaption("a\"b");
    String withTotal = new String(write(grandOnly, Locale.ENGLISH), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFFAbteilung;Mitglieder;Total\r\nFußball;120;\r\nTurnen;85;\r\n"
            + "\"'=Schach; Go\";17;\r\nTotal;;222\r\n\"a\"\"b\"\r\n",
        withTotal);
  }

  @Test
  void writesTheLegendWhenThereIsNoCaption() throws IOException {
    FigureTable table = FigureFixtures.region().withCaption(null);
    String[] lines = new String(write(table, Locale.ENGLISH), StandardCharsets.UTF_8).split("\r\n");
    assertEquals("• = value suppressed for confidentiality", lines[lines.length - 1]);
    assertEquals("\uFEFFGemeinde;unter 18;18 bis 64;65 und älter;Total", lines[0]);
  }
}
