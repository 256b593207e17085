package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberDraft;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.paperwork.ClubTemplate;
import de.heldenhelfer.paperwork.TemplateLibrary;
import de.heldenhelfer.paperwork.TemplateService;
import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The template library in the container against MariaDB: the shipped starter set, filling templates
 * into PDF and docx read back with iText and POI, values missing or unreadable named in German
 * before anything is generated, amounts in words, club copies with unknown placeholders refused,
 * another club's copies invisible, the service desk's new version flagged to clubs, and members
 * refused. Club A is TSV 1862 Würzburg-Süd, club B SV Randersacker.
 */
@ExtendWith(ArquillianExtension.class)
class TemplateIT {
  private static final String INVITATION = "einladung-mitgliederversammlung";

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-template-it", TemplateIT.class);
  }

  @Inject IdentityService identities;
  @Inject TemplateService templates;
  @Inject MemberService members;
  @Inject DocumentService documents;
  @Inject RequestContextController requestContext;
  @Inject Instance<Actor> actors;
  @Inject Instance<TenantContext> tenants;

  @Resource ManagedExecutorService executor;

  private final String tag = "v" + Long.toString(System.nanoTime(), 36);

  @Test
  void theStarterSetIsInTheLibrary() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    List<String> codes =
        inClub(board, clubOf(board), templates::library).central().stream()
            .map(TemplateService.CentralEntry::code)
            .toList();
    assertTrue(codes.containsAll(TemplateLibrary.starterCodes()), codes.toString());
    assertEquals(9, TemplateLibrary.starterCodes().size());
  }

  @Test
  void invitationBecomesATaggedPdfAndAnEditableDocxWithClubDataAgendaAndUmlauts() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Map<String, String> in = invitationInputs();
    TemplateService.Generated pdf =
        inClub(
            board,
            club,
            () ->
                templates.generate(
                    TemplateService.Ref.central(INVITATION), null, in, TemplateService.Format.PDF));
    assertEquals("application/pdf", pdf.mediaType());
    assertTrue(
        pdf.fileName().endsWith(".pdf") && pdf.fileName().startsWith("Einladung"), pdf.fileName());
    String text = pdfText(pdf.content());
    assertTrue(text.contains("TSV 1862 Würzburg-Süd e.V."), text);
    // the long date sits in a table cell: text extraction interleaves the cells line by line
    assertTrue(text.contains("Freitag, 15. Januar") && text.contains("2027"), text);
    assertTrue(text.contains("Bericht des Vorstands über das Geschäftsjahr"), text);
    assertTrue(text.contains("Satzungsänderung: Beiträge für Jugendliche"), text);
    assertTrue(text.contains("19:30"), text);
    assertTrue(text.contains("hybride"), "the online note is in when chosen: " + text);
    assertFalse(text.contains("{{"), text);
    try (PdfDocument doc =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf.content())))) {
      assertTrue(doc.isTagged(), "tagged PDF");
    }
    TemplateService.Generated docx =
        inClub(
            board,
            club,
            () ->
                templates.generate(
                    TemplateService.Ref.central(INVITATION),
                    null,
                    in,
                    TemplateService.Format.DOCX));
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.content()));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      String words = x.getText();
      assertTrue(words.contains("Satzungsänderung: Beiträge für Jugendliche"), words);
      assertFalse(words.contains("{{"), words);
    }
    // without the hybrid choice the online note is left out
    in.put("hybrid", "false");
    String plain =
        pdfText(
            inClub(
                    board,
                    club,
                    () ->
                        templates.generate(
                            TemplateService.Ref.central(INVITATION),
                            null,
                            in,
                            TemplateService.Format.PDF))
                .content());
    assertFalse(plain.contains("hybride Versammlung"), plain);
  }

  @Test
  void missingAndUnreadableValuesAreNamedBeforeAnythingIsGenerated() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Map<String, String> in = invitationInputs();
    in.remove("datum");
    in.remove("ort");
    DomainException missing =
        assertThrows(
            DomainException.class,
            () ->
                inClub(
                    board,
                    club,
                    () ->
                        templates.generate(
                            TemplateService.Ref.central(INVITATION),
                            null,
                            in,
                            TemplateService.Format.PDF)));
    String text = missing.localizedMessage(Locale.GERMAN);
    assertTrue(text.contains("Datum der Versammlung") && text.contains("Versammlungsort"), text);
    in.put("datum", "31.02.2027");
    in.put("ort", "Sportheim");
    String bad =
        assertThrows(
                DomainException.class,
                () ->
                    inClub(
                        board,
                        club,
                        () ->
                            templates.generate(
                                TemplateService.Ref.central(INVITATION),
                                null,
                                in,
                                TemplateService.Format.PDF)))
            .localizedMessage(Locale.GERMAN);
    assertTrue(bad.contains("31.02.2027") && bad.contains("kein gültiges Datum"), bad);
  }

  @Test
  void donationReceiptWritesTheAmountInWordsForTheChosenDonor() throws Exception {
    Principal board = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    long club = clubOf(board);
    Member donor = inClub(board, club, () -> members.create(donor("Jürgen" + tag)));
    Map<String, String> in = new HashMap<>();
    in.put("betrag", "1.234,56");
    in.put("datum", "03.11.2026");
    in.put("verzicht", "false");
    in.put("finanzamt", "Würzburg");
    in.put("steuernummer", "257/147/12345");
    in.put("zeitraum", "2021 bis 2023");
    in.put("zweck", "des Sports");
    TemplateService.Ref receipt = TemplateService.Ref.central("zuwendungsbestaetigung-geld");
    String noDonor =
        assertThrows(
                DomainException.class,
                () ->
                    inClub(
                        board,
                        club,
                        () -> templates.generate(receipt, null, in, TemplateService.Format.PDF)))
            .localizedMessage(Locale.GERMAN);
    assertTrue(noDonor.contains("Spender"), noDonor);
    String text =
        pdfText(
            inClub(
                    board,
                    club,
                    () -> templates.generate(receipt, donor.id(), in, TemplateService.Format.PDF))
                .content());
    assertTrue(text.contains("Jürgen" + tag), text);
    assertTrue(text.contains("1.234,56 €"), text);
    assertTrue(text.replaceAll("\\s+", "").contains("eintausendzweihundertvierunddreißig"), text);
  }

  @Test
  void clubCopiesAreCheckedPrivateAndFollowNewCentralVersions() throws Exception {
    Principal boardA = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    Principal desk =
        identities.principalOf(DemoAccounts.SUBJECT_SERVICESTELLE, List.of("servicedesk"));
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    long clubA = clubOf(boardA);
    long clubB = clubOf(boardB);
    String code = "anmeldung-veranstaltung-gemeinde";
    ClubTemplate copy = inClub(boardA, clubA, () -> templates.copy(code));
    String unknown = copy.source() + "\n\nGez. {{club.vorsitzender}}\n";
    String refused =
        assertThrows(
                RuleViolationException.class,
                () ->
                    inClub(
                        boardA,
                        clubA,
                        () -> templates.saveCopy(copy.id(), copy.version(), unknown)))
            .localizedMessage(Locale.GERMAN);
    assertTrue(refused.contains("Zeile") && refused.contains("club.vorsitzender"), refused);
    String adapted = copy.source() + "\n\nUnser Verein bittet um Rückmeldung bis " + tag + ".\n";
    ClubTemplate saved =
        inClub(boardA, clubA, () -> templates.saveCopy(copy.id(), copy.version(), adapted));
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            inClub(
                boardA, clubA, () -> templates.saveCopy(copy.id(), copy.version(), adapted + "x")));

    // club B neither sees nor uses nor changes club A's copy
    assertThrows(
        NotFoundException.class,
        () -> inClub(boardB, clubB, () -> templates.clubTemplate(copy.id())));
    assertThrows(
        NotFoundException.class,
        () ->
            inClub(
                boardB,
                clubB,
                () ->
                    templates.generate(
                        TemplateService.Ref.copy(copy.id()),
                        null,
                        Map.of(),
                        TemplateService.Format.PDF)));
    assertThrows(
        NotFoundException.class,
        () ->
            inClub(
                boardB,
                clubB,
                () -> {
                  templates.deleteCopy(copy.id(), saved.version());
                  return null;
                }));
    assertTrue(
        inClub(boardB, clubB, templates::library).copies().stream()
            .noneMatch(c -> c.id() == copy.id()));
    assertTrue(
        inClub(boardA, clubA, templates::library).copies().stream()
            .anyMatch(c -> c.id() == copy.id()));
    // a plain member has no access to templates
    assertThrows(AccessDeniedException.class, () -> inClub(member, clubA, templates::library));

    // the service desk publishes a new version: club A's copy is outdated until it takes it over
    TemplateService.Central central = inRegion(desk, () -> templates.central(code));
    assertThrows(
        RuleViolationException.class,
        () ->
            inRegion(
                desk,
                () ->
                    templates.saveCentral(
                        code,
                        central.version(),
                        central.source() + "\n{{club.gibtsnicht}}\n",
                        "kaputt")));
    int number =
        inRegion(
            desk,
            () ->
                templates.saveCentral(
                    code,
                    central.version(),
                    central.source() + "\n\nStand: " + tag + "\n",
                    "Test " + tag));
    assertEquals(central.versions().get(0).number() + 1, number);
    ClubTemplate outdated = inClub(boardA, clubA, () -> templates.clubTemplate(copy.id()));
    assertTrue(outdated.isOutdated());
    ClubTemplate rebased =
        inClub(boardA, clubA, () -> templates.rebaseCopy(copy.id(), outdated.version()));
    assertFalse(rebased.isOutdated());
    assertTrue(rebased.source().contains("Stand: " + tag));
    // the service desk adds a new template: every club sees it; a taken or bad code is refused
    String newCode = "test-" + tag;
    String newText =
        "title: Testvorlage "
            + tag
            + "\ncategory: LETTER\nformats: pdf\n===\n# {{club.name}}\n\nHallo.\n";
    inRegion(desk, () -> templates.createCentral(newCode, newText));
    assertThrows(
        RuleViolationException.class,
        () -> inRegion(desk, () -> templates.createCentral(newCode, newText)));
    assertThrows(
        RuleViolationException.class,
        () -> inRegion(desk, () -> templates.createCentral("Ä b", newText)));
    assertTrue(
        inClub(boardB, clubB, templates::library).central().stream()
            .anyMatch(c -> c.code().equals(newCode)));
    assertThrows(
        AccessDeniedException.class,
        () -> inClub(boardA, clubA, () -> templates.createCentral("x-" + tag, newText)));
    // a board cannot publish central versions
    assertThrows(
        AccessDeniedException.class,
        () ->
            inClub(
                boardA,
                clubA,
                () -> templates.saveCentral(code, central.version(), central.source(), "x")));
  }

  // ------------------------------------------------------------------ helpers

  static Map<String, String> invitationInputs() {
    Map<String, String> in = new HashMap<>();
    in.put("art", "ordentlichen Mitgliederversammlung");
    in.put("datum", "15.01.2027");
    in.put("beginn", "19:30");
    in.put("ort", "Sportheim Würzburg-Süd, Am Sportpark 4, 97084 Würzburg");
    in.put(
        "tagesordnung",
        "Begrüßung und Feststellung der Beschlussfähigkeit\nBericht des Vorstands über das"
            + " Geschäftsjahr\nSatzungsänderung: Beiträge für Jugendliche\nWahlen zum Vorstand");
    in.put("satzung", "§ 10 Abs. 2 der Satzung");
    in.put("ladungsfrist", "zwei Wochen");
    in.put("antragsfrist", "01.01.2027");
    in.put("vollmacht", "false");
    in.put("hybrid", "true");
    return in;
  }

  private static MemberDraft donor(String firstName) {
    MemberDraft d = new MemberDraft();
    d.setSalutation("Herr");
    d.setFirstName(firstName);
    d.setLastName("Spenderhöfer");
    d.setBirthDate(LocalDate.of(1961, 7, 9));
    d.setStreet("Hauptstraße 12");
    d.setPostalCode("97082");
    d.setCity("Würzburg");
    d.setEntryDate(LocalDate.of(1990, 1, 1));
    return d;
  }

  static String pdfText(byte[] pdf) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
      }
    }
    return sb.toString();
  }

  private Principal principal(String subject) {
    return identities.principalOf(subject, List.of());
  }

  private static long clubOf(Principal p) {
    return p.clubs().get(0).clubId();
  }

  private <T> T inRegion(Principal who, Callable<T> work) throws Exception {
    return run(who, null, work);
  }

  private <T> T inClub(Principal who, long clubId, Callable<T> work) throws Exception {
    return run(who, clubId, work);
  }

  private <T> T run(Principal who, Long clubId, Callable<T> work) throws Exception {
    try {
      return executor
          .submit(
              () -> {
                requestContext.activate();
                try {
                  actors.get().actAs(who);
                  if (clubId != null) {
                    tenants.get().enter(clubId);
                  }
                  return work.call();
                } finally {
                  requestContext.deactivate();
                }
              })
          .get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      throw e;
    }
  }
}
