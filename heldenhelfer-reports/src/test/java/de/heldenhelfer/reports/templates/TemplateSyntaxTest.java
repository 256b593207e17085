package de.heldenhelfer.reports.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every syntax error of header and body, reported with its line; all problems at once. */
class TemplateSyntaxTest {
  static final String HEADER = "title: Test\ncategory: OTHER\n===\n";

  /** "line key" of every problem. */
  static List<String> problems(String text) {
    TemplateException e = assertThrows(TemplateException.class, () -> TemplateSource.parse(text));
    return e.problems().stream().map(p -> p.line() + " " + p.message().key()).toList();
  }

  static List<String> bodyProblems(String body) {
    return problems(HEADER + body);
  }

  @Test
  void headerProblems() {
    assertEquals(List.of("0 template.error.noSeparator"), problems("title: A\ncategory: OTHER\n"));
    assertEquals(
        List.of(
            "0 template.error.titleMissing",
            "1 template.error.headerLine",
            "2 template.error.unknownKey",
            "3 template.error.category",
            "4 template.error.formats",
            "5 template.error.member",
            "6 template.error.input",
            "7 template.error.inputKey",
            "8 template.error.inputType",
            "9 template.error.inputOption",
            "10 template.error.inputDefault",
            "12 template.error.inputDuplicate",
            "13 template.error.duplicateKey"),
        problems(
            String.join(
                "\n",
                "no colon here",
                "colour: red",
                "category: SPORT",
                "formats: pdf, odt",
                "member: sometimes",
                "input: date | DATE",
                "input: 1date | DATE | Datum",
                "input: date | CALENDAR | Datum",
                "input: date | DATE | Datum | mandatory",
                "input: beginn | TIME | Beginn | default=25:00",
                "input: amount | MONEY | Betrag",
                "input: amount | MONEY | Betrag nochmal",
                "category: OTHER",
                "===",
                "Text")));
    assertEquals(List.of("0 template.error.categoryMissing"), problems("title: A\n===\nText"));
    assertEquals(
        List.of("2 template.error.titleMissing"), problems("category: OTHER\ntitle:\n===\nText"));
  }

  @Test
  void bodyProblemsWithTheirLines() {
    // header has 3 lines, so the first body line is line 4
    assertEquals(List.of("0 template.error.bodyEmpty"), bodyProblems("\n\n"));
    assertEquals(List.of("5 template.error.heading"), bodyProblems("Text\n#### Zu tief"));
    assertEquals(List.of("4 template.error.heading"), bodyProblems("#"));
    assertEquals(
        List.of("5 template.error.placeholderUnclosed"), bodyProblems("Text\nHallo {{club.name"));
    assertEquals(
        List.of("4 template.error.placeholderSyntax"), bodyProblems("Hallo {{club name}}"));
    assertEquals(List.of("4 template.error.placeholderSyntax"), bodyProblems("Hallo club.name}}"));
    assertEquals(List.of("6 template.error.boldUnclosed"), bodyProblems("A\n\n**fett"));
    assertEquals(
        List.of("4 template.error.ifSyntax", "6 template.error.endWithoutIf"),
        bodyProblems("[if]\nA\n[end]"));
    assertEquals(
        List.of("5 template.error.ifNested", "8 template.error.endWithoutIf"),
        bodyProblems("[if input.a]\n[if input.b]\nA\n[end]\n[end]"));
    assertEquals(List.of("5 template.error.elseWithoutIf"), bodyProblems("A\n[else]"));
    assertEquals(List.of("5 template.error.endWithoutIf"), bodyProblems("A\n[end]"));
    assertEquals(
        List.of("8 template.error.elseTwice"),
        bodyProblems("[if input.a]\nA\n[else]\nB\n[else]\n[end]"));
    assertEquals(List.of("5 template.error.ifUnclosed"), bodyProblems("A\n[if input.a]\nB"));
    assertEquals(List.of("4 template.error.signature"), bodyProblems("[signature: ]"));
    assertEquals(List.of("4 template.error.signature"), bodyProblems("[signature: A | B | C]"));
    assertEquals(List.of("4 template.error.directive"), bodyProblems("[center]\nText"));
    assertEquals(List.of("4 template.error.checkbox"), bodyProblems("[ ]"));
    assertEquals(
        List.of("4 template.error.styleWithoutParagraph"), bodyProblems("[right]\n\nText"));
    assertEquals(
        List.of("4 template.error.styleWithoutParagraph"), bodyProblems("[small]\n- Punkt"));
    assertEquals(
        List.of("6 template.error.tableColumns"),
        bodyProblems("| A | B |\n|---|---|\n| 1 | 2 | 3 |"));
  }

  @Test
  void allProblemsAreReportedAtOnceInLineOrder() {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () ->
                TemplateSource.parse(
                    "title: T\ncategory: NOPE\n===\n# Ok\n\n#### zu tief\n\n{{a b}}\n[end]"));
    assertEquals(List.of(2, 6, 8, 9), e.problems().stream().map(TemplateProblem::line).toList());
    assertTrue(
        e.getMessage().startsWith("Zeile 2: Die Kategorie „NOPE“ gibt es nicht."), e.getMessage());
    assertTrue(
        e.localizedMessage(Locale.ENGLISH).startsWith("Line 2: There is no category “NOPE”."));
  }

  @Test
  void headerValues() {
    TemplateSource t =
        TemplateSource.parse(
            String.join(
                "\n",
                "# Kommentar",
                "title: Einladung zur Mitgliederversammlung",
                "category: MEETING",
                "description: Lädt alle Mitglieder ein",
                "description: – mit Tagesordnung.",
                "legal-basis: §§ 32, 58 BGB",
                "formats: pdf, docx",
                "member: required | Spenderin/Spender",
                "input: datum | DATE | Datum der Versammlung",
                "input: betrag | MONEY | Betrag | optional | default=1.234,50",
                "input: punkte | LIST | Tagesordnung | default=Begrüßung; Berichte",
                "===",
                "# {{input.datum.long}}",
                "[if input.betrag]",
                "{{input.betrag.words}} {{club.name}}",
                "[end]"));
    assertEquals("Einladung zur Mitgliederversammlung", t.title());
    assertEquals("MEETING", t.category());
    assertEquals("Lädt alle Mitglieder ein – mit Tagesordnung.", t.description());
    assertEquals("§§ 32, 58 BGB", t.legalBasis());
    assertTrue(t.docx());
    assertEquals(MemberUse.REQUIRED, t.memberUse());
    assertEquals("Spenderin/Spender", t.memberLabel());
    assertEquals(
        List.of(
            new InputField("datum", ValueType.DATE, "Datum der Versammlung", true, null),
            new InputField("betrag", ValueType.MONEY, "Betrag", false, "1.234,50"),
            new InputField("punkte", ValueType.LIST, "Tagesordnung", true, "Begrüßung; Berichte")),
        t.inputs());
    assertEquals(
        List.of("input.datum", "input.betrag", "club.name"), List.copyOf(t.placeholders()));
    TemplateSource plain = TemplateSource.parse(HEADER + "Text");
    assertFalse(plain.docx());
    assertEquals(MemberUse.NONE, plain.memberUse());
    assertEquals("", plain.description());
  }
}
