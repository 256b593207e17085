package de.heldenhelfer.reports.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown names, wrong suffixes, member use and missing values. */
class TemplateCheckTest {
  static final Map<String, ValueType> KNOWN =
      Map.of(
          "club.name", ValueType.TEXT,
          "club.registerNumber", ValueType.TEXT,
          "club.exemptionNoticeDate", ValueType.DATE,
          "club.board", ValueType.LIST,
          "member.fullName", ValueType.TEXT,
          "member.birthDate", ValueType.DATE,
          "today", ValueType.DATE);

  static final Map<String, ValueType> KNOWN_WITH_ADDRESS = withAddress();

  private static Map<String, ValueType> withAddress() {
    Map<String, ValueType> names = new HashMap<>(KNOWN);
    names.put("club.address", ValueType.TEXT);
    names.put("club.chair", ValueType.TEXT);
    return Map.copyOf(names);
  }

  static TemplateSource parse(String header, String body) {
    return TemplateSource.parse("title: T\ncategory: OTHER\n" + header + "===\n" + body);
  }

  static List<String> check(TemplateSource t) {
    return t.check(KNOWN).stream()
        .map(p -> p.line() + " " + p.message().key() + " " + p.message().arguments())
        .toList();
  }

  @Test
  void aCorrectTemplateHasNoProblems() {
    TemplateSource t =
        parse(
            "member: optional | Mitglied\ninput: betrag | MONEY | Betrag\ninput: n | NUMBER | Anzahl\n",
            "{{club.name}} {{today.long}} {{input.betrag.words}} {{input.n.words}}\n"
                + "[if member.fullName]\n{{member.fullName}} {{member.birthDate}}\n[end]");
    assertEquals(List.of(), t.check(KNOWN));
  }

  @Test
  void unknownNamesWrongSuffixesAndMemberWithoutMemberUse() {
    TemplateSource t =
        parse(
            "input: datum | DATE | Datum\n",
            String.join(
                "\n",
                "{{club.nam}}",
                "{{input.datum.words}}",
                "{{club.name.long}}",
                "{{member.fullName}}",
                "{{input.ort}}",
                "[if input.datum.long]",
                "x",
                "[end]",
                "{{club.board.words}}"));
    // the header has 3 lines + separator: the body starts at line 5
    assertEquals(
        List.of(
            "5 template.error.unknownName [club.nam]",
            "6 template.error.suffix [words, input.datum, DATE]",
            "7 template.error.suffix [long, club.name, TEXT]",
            "8 template.error.memberNotDeclared [member.fullName]",
            "9 template.error.unknownInput [ort]",
            "10 template.error.ifSuffix [input.datum.long]",
            "13 template.error.suffix [words, club.board, LIST]"),
        check(t));
    assertEquals(
        "Zeile 6: Der Zusatz „.words“ passt nicht zu „input.datum“ (Typ DATE): .words gibt es"
            + " für Beträge und Zahlen, .long für Datumsangaben.",
        t.check(KNOWN).get(1).toString());
  }

  @Test
  void missingValuesIgnoreTheHiddenBranchAndOptionalInputs() {
    TemplateSource t =
        parse(
            "input: datum | DATE | Datum der Versammlung\n"
                + "input: online | YESNO | Online-Teilnahme\n"
                + "input: zugang | TEXT | Zugangsdaten\n"
                + "input: hinweis | TEXT | Hinweis | optional\n"
                + "input: ort | TEXT | Ort | default=Vereinsheim\n",
            String.join(
                "\n",
                "{{club.name}} am {{input.datum}} in {{input.ort}} {{input.hinweis}}",
                "",
                "[if input.online]",
                "Zugang: {{input.zugang}}",
                "[else]",
                "Registernummer {{club.registerNumber}}",
                "[end]"));
    Map<String, Object> values = new HashMap<>();
    values.put("input.online", Boolean.TRUE);
    values.put("input.datum", "  ");
    assertEquals(
        List.of(
            new MissingValue("club.name", 9),
            new MissingValue("input.datum", 9),
            new MissingValue("input.zugang", 12)),
        t.missingValues(TemplateValues.of(values)));
    values.put("input.online", Boolean.FALSE);
    assertEquals(
        List.of(
            new MissingValue("club.name", 9),
            new MissingValue("input.datum", 9),
            new MissingValue("club.registerNumber", 14)),
        t.missingValues(TemplateValues.of(values)));

    TemplateException e =
        assertThrows(TemplateException.class, () -> t.toPdf(TemplateValues.of(values), null));
    assertEquals(
        "Zeile 9: Für den Platzhalter „club.name“ fehlt ein Wert.\n"
            + "Zeile 9: „Datum der Versammlung“ fehlt.\n"
            + "Zeile 14: Für den Platzhalter „club.registerNumber“ fehlt ein Wert.",
        e.getMessage());
    assertThrows(TemplateException.class, () -> t.toDocx(TemplateValues.of(values), null));

    values.put("club.name", "Sportfreunde Würzburg e.V.");
    values.put("club.registerNumber", "VR 1234");
    values.put("input.datum", LocalDate.of(2026, 3, 20));
    assertEquals(List.of(), t.missingValues(TemplateValues.of(values)));
    String text = TemplateRenderTest.pdfText(t.toPdf(TemplateValues.of(values), null));
    assertTrue(text.contains("Sportfreunde Würzburg e.V. am 20.03.2026 in Vereinsheim"), text);
  }

  @Test
  void aValueThatCannotBePrintedIsATemplateErrorNotAStackTrace() {
    TemplateSource t = parse("input: betrag | MONEY | Betrag\n", "{{input.betrag.words}}");
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () -> t.toPdf(TemplateValues.of(Map.of("input.betrag", new BigDecimal("-5"))), null));
    assertEquals("template.error.negativeAmount", e.problems().get(0).message().key());
    assertEquals(4 + 1, e.problems().get(0).line());
  }

  @Test
  void numbersAreWrittenWithoutSeparatorAndInWords() {
    TemplateSource t =
        parse(
            "input: n | NUMBER | Anzahl\ninput: jahr | NUMBER | Jahr\ninput: b | MONEY | Betrag\n",
            "{{input.n}} = {{input.n.words}}; Jahr {{input.jahr}}; {{input.b}} = {{input.b.words}}");
    String text =
        TemplateRenderTest.pdfText(
            t.toPdf(
                TemplateValues.of(
                    Map.of("input.n", 21, "input.jahr", 2026L, "input.b", new BigDecimal("1001"))),
                null));
    assertTrue(
        text.contains("21 = einundzwanzig; Jahr 2026; 1.001,00 € = eintausendein Euro"), text);
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () ->
                t.toPdf(
                    TemplateValues.of(
                        Map.of(
                            "input.n",
                            new BigDecimal("2.5"),
                            "input.jahr",
                            1L,
                            "input.b",
                            new BigDecimal("1000000000"))),
                    null));
    assertEquals(
        List.of("template.error.amountWords", "template.error.amountWords"),
        e.problems().stream().map(p -> p.message().key()).toList());
  }

  @Test
  void valuesAreValidatedAndBlankCountsAsNoValue() {
    assertThrows(
        IllegalArgumentException.class, () -> TemplateValues.of(Map.of("x", new Object())));
    TemplateValues v =
        TemplateValues.of(
            Map.of("a", "", "b", List.of(" ", ""), "c", List.of("x", " "), "d", 3, "e", false));
    assertEquals(false, v.has("a"));
    assertEquals(false, v.has("b"));
    assertEquals(List.of("x"), v.get("c"));
    assertEquals(3L, v.get("d"));
    assertTrue(v.has("e"), "false is a value (printed as nein)");
  }
}
