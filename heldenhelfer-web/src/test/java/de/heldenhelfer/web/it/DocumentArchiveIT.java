package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.documents.DocumentCategory;
import de.heldenhelfer.documents.DocumentDraft;
import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.documents.UploadRefusedException;
import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document archive in the container against the test stack's MariaDB: upload, versions and
 * byte-identical downloads, the upload checks by content, safe names, retention and deletion,
 * optimistic locking, the hook for generated documents, and the confinement to the club. Club A is
 * TSV 1862 Würzburg-Süd (vorstand-sport), club B SV Randersacker (vorstand-test); mitglied is a
 * plain member of club A.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentArchiveIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-documents-it", DocumentArchiveIT.class);
  }

  @Inject IdentityService identities;
  @Inject DocumentService documents;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject RequestContextController requestContext;
  @Inject Instance<Actor> actors;
  @Inject Instance<TenantContext> tenants;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  private final String tag = "d" + Long.toString(System.nanoTime(), 36);

  @Test
  void uploadsVersionsAndDownloadsTheIdenticalBytes() throws Exception {
    Principal boardA = boardA();
    byte[] v1 = pdf("Satzung Fassung 2019 " + tag);
    byte[] v2 = pdf("Satzung Fassung 2026 mit Änderung § 7 " + tag);
    DocumentService.StoredDocument s =
        documents.upload(
            DocumentDraft.of("Satzung " + tag, DocumentCategory.SATZUNG, "beschlossen 2019"),
            "Satzung 2019.pdf",
            new ByteArrayInputStream(v1));
    assertEquals(1, s.versionNumber());
    assertEquals("application/pdf", s.mediaType());
    assertEquals(sha256(v1), s.sha256());
    long version = documents.details(s.documentId()).summary().version();
    DocumentService.StoredDocument s2 =
        documents.addVersion(
            s.documentId(), version, "Satzung 2026 – Änderung.pdf", new ByteArrayInputStream(v2));
    assertEquals(2, s2.versionNumber());

    DocumentService.DocumentDetails d = documents.details(s.documentId());
    assertEquals(2, d.versions().size());
    assertEquals(2, d.versions().get(0).number(), "newest first");
    assertEquals("Satzung 2026 – Änderung.pdf", d.versions().get(0).fileName());
    assertEquals(boardA.displayName(), d.versions().get(1).uploadedBy(), "who uploaded what");
    assertNull(d.summary().keepUntil(), "statutes are kept permanently");

    assertArrayEquals(v1, documents.download(s.documentId(), 1).content());
    DocumentService.Download current = documents.download(s.documentId(), 0);
    assertArrayEquals(v2, current.content());
    assertEquals("Satzung 2026 – Änderung.pdf", current.fileName());
    assertEquals("application/pdf", current.mediaType());
    assertThrows(NotFoundException.class, () -> documents.download(s.documentId(), 3));

    // list, search by title, category filter – no content loaded for lists
    assertTrue(ids(documents.list(null, "satzung " + tag)).contains(s.documentId()));
    assertTrue(ids(documents.list(DocumentCategory.SATZUNG, tag)).contains(s.documentId()));
    assertFalse(ids(documents.list(DocumentCategory.PROTOKOLL, tag)).contains(s.documentId()));
    assertTrue(ids(documents.recent(5)).contains(s.documentId()), "newest on the dashboard");
    assertEquals(
        2,
        count(
            "SELECT COUNT(*) FROM document_chunk c JOIN document_version v ON v.id = c.version_id WHERE v.document_id = ?",
            s.documentId()));
  }

  @Test
  void twentyMegabytesAreStoredInChunksAndComeBackIdentical() throws Exception {
    boardA();
    byte[] big = new byte[(int) DocumentService.DEFAULT_MAX_BYTES];
    new Random(42).nextBytes(big);
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, big, 0, header.length);
    DocumentService.StoredDocument s =
        documents.upload(
            DocumentDraft.of("Scan " + tag, DocumentCategory.VERSICHERUNG, null),
            "Police.pdf",
            new ByteArrayInputStream(big));
    assertEquals(big.length, s.size());
    assertArrayEquals(big, documents.download(s.documentId(), 0).content());
    assertEquals(
        20,
        count("SELECT chunk_count FROM document_version WHERE document_id = ?", s.documentId()));

    byte[] tooBig = new byte[big.length + 1];
    System.arraycopy(big, 0, tooBig, 0, big.length);
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class,
            () ->
                documents.upload(
                    DocumentDraft.of("Zu groß " + tag, DocumentCategory.SONSTIGES, null),
                    "Riesig.pdf",
                    new ByteArrayInputStream(tooBig)));
    assertEquals(
        "„Riesig.pdf“ ist zu groß: Dateien dürfen höchstens 20 MB groß sein. Bitte verkleinern Sie"
            + " die Datei (z. B. als PDF mit geringerer Auflösung scannen).",
        e.localizedMessage(Locale.GERMAN));
    assertEquals(0, count("SELECT COUNT(*) FROM document WHERE title = ?", "Zu groß " + tag));
  }

  @Test
  void refusesByContentWithAGermanMessageAndStoresNothing() throws Exception {
    boardA();
    long before = documentsOfClubA();
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[60] = (byte) 0x80;
    assertRefused(
        "Satzung.pdf",
        exe,
        "„Satzung.pdf“ wurde nicht gespeichert: Dieser Dateityp ist in der Ablage nicht erlaubt.");
    assertRefused(
        "Logo.png",
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8),
        "„Logo.png“ wurde nicht gespeichert: Die Endung „.png“ passt nicht zum Inhalt der Datei – sie"
            + " ist ein Text (UTF-8).");
    assertRefused(
        "Bombe.docx",
        zipBomb(),
        "„Bombe.docx“ wurde nicht gespeichert: Die Datei würde sich beim Öffnen");
    assertRefused(
        "Kasse.csv",
        "Name;Betrag\nMüller;12,50\n".getBytes(StandardCharsets.ISO_8859_1),
        "„Kasse.csv“ wurde nicht gespeichert: Textdateien müssen in UTF-8 gespeichert sein.");
    assertRefused("leer.pdf", new byte[0], "„leer.pdf“ ist leer");
    assertEquals(before, documentsOfClubA(), "nothing half-saved");
  }

  @Test
  void storesPathAndControlCharacterNamesSafely() throws Exception {
    boardA();
    assertEquals("passwd.pdf", stored("../../etc/passwd.pdf"));
    assertEquals("Satzung.pdf", stored("C:\\Users\\x\\Satzung.pdf"));
    assertEquals("Protokoll Mai.pdf", stored("Proto\u0000koll\r\n Mai.pdf"));
    assertEquals("Rechnungfdp.pdf", stored("Rechnung\u202Efdp.pdf"));
    assertEquals("htaccess.pdf", stored(".htaccess.pdf"));
    assertEquals("_CON.pdf", stored("CON.pdf"));
    assertEquals("Übungsleiterpauschale.pdf", stored("Übungsleiterpauschale.pdf"));
  }

  @Test
  void clubBCannotListDownloadChangeOrDeleteClubAsDocument() throws Exception {
    Principal boardA = boardA();
    long clubA = clubOf(boardA);
    DocumentService.StoredDocument s =
        documents.upload(
            DocumentDraft.of(
                "Freistellungsbescheid " + tag, DocumentCategory.FREISTELLUNGSBESCHEID, null),
            "Bescheid.pdf",
            new ByteArrayInputStream(pdf("Finanzamt Würzburg " + tag)));
    long id = s.documentId();
    Principal boardB = principal(DemoAccounts.SUBJECT_VORSTAND_TEST);
    long clubB = clubOf(boardB);
    assertTrue(clubA != clubB);
    inClub(
        boardB,
        clubB,
        () -> {
          assertFalse(ids(documents.list(null, tag)).contains(id), "not in club B's list");
          assertThrows(NotFoundException.class, () -> documents.details(id));
          assertThrows(NotFoundException.class, () -> documents.download(id, 0));
          assertThrows(NotFoundException.class, () -> documents.download(id, 1));
          assertThrows(NotFoundException.class, () -> documents.delete(id, 0));
          assertThrows(
              NotFoundException.class,
              () ->
                  documents.update(
                      id, 0, DocumentDraft.of("gekapert", DocumentCategory.SONSTIGES, null)));
          assertThrows(
              NotFoundException.class,
              () -> documents.addVersion(id, 0, "x.pdf", new ByteArrayInputStream(pdf("B"))));
          return null;
        });
    // a plain member of club A gets no access at all
    Principal member = principal(DemoAccounts.SUBJECT_MITGLIED);
    inClub(
        member,
        clubA,
        () -> {
          assertThrows(AccessDeniedException.class, () -> documents.list(null, null));
          assertThrows(AccessDeniedException.class, () -> documents.download(id, 0));
          assertThrows(AccessDeniedException.class, () -> documents.delete(id, 0));
          assertThrows(
              AccessDeniedException.class,
              () -> documents.storeGenerated("x", "x.pdf", "application/pdf", pdf("x")));
          return null;
        });
    // club A still has it, unchanged
    DocumentService.DocumentDetails d = documents.details(id);
    assertEquals("Freistellungsbescheid " + tag, d.summary().title());
    assertEquals(1, d.versions().size());
    assertEquals(clubA, count("SELECT club_id FROM document WHERE id = ?", id));
  }

  @Test
  void aStaleEditIsRefusedAndNothingIsOverwritten() throws Exception {
    boardA();
    DocumentService.StoredDocument s =
        documents.upload(
            DocumentDraft.of("Mietvertrag " + tag, DocumentCategory.VERTRAG, null),
            "Mietvertrag.pdf",
            new ByteArrayInputStream(pdf("Vereinsheim")));
    long v0 = documents.details(s.documentId()).summary().version();
    documents.update(
        s.documentId(),
        v0,
        DocumentDraft.of("Mietvertrag Vereinsheim " + tag, DocumentCategory.VERTRAG, "erste"));
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            documents.update(
                s.documentId(),
                v0,
                DocumentDraft.of("Überschrieben " + tag, DocumentCategory.SONSTIGES, "zweite")));
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            documents.addVersion(s.documentId(), v0, "b.pdf", new ByteArrayInputStream(pdf("b"))));
    DocumentService.DocumentDetails d = documents.details(s.documentId());
    assertEquals("Mietvertrag Vereinsheim " + tag, d.summary().title());
    assertEquals("erste", d.summary().description());
    assertEquals(1, d.versions().size());
  }

  @Test
  void retentionIsShownFlaggedOverriddenAndGuardsDeletion() throws Exception {
    boardA();
    DocumentService.StoredDocument letter =
        documents.upload(
            DocumentDraft.of("Brief Stadt " + tag, DocumentCategory.SCHRIFTVERKEHR, null),
            "Brief.txt",
            new ByteArrayInputStream(
                "Sehr geehrte Damen und Herren, …".getBytes(StandardCharsets.UTF_8)));
    DocumentService.StoredDocument statutes =
        documents.upload(
            DocumentDraft.of("Alte Satzung " + tag, DocumentCategory.SATZUNG, null),
            "Satzung.pdf",
            new ByteArrayInputStream(pdf("1990")));
    // archived long ago
    update(
        "UPDATE document SET created_at = '2015-04-01 10:00:00' WHERE id = ?", letter.documentId());
    update(
        "UPDATE document SET created_at = '1990-04-01 10:00:00' WHERE id = ?",
        statutes.documentId());

    DocumentService.DocumentSummary l = documents.details(letter.documentId()).summary();
    assertEquals(
        java.time.LocalDate.of(2021, 12, 31), l.keepUntil(), "6 years from the end of 2015");
    assertTrue(l.pastRetention());
    assertEquals("text/plain; charset=UTF-8", l.mediaType());
    DocumentService.DocumentSummary st = documents.details(statutes.documentId()).summary();
    assertFalse(st.pastRetention());
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> documents.delete(st.id(), st.version()));
    assertTrue(
        e.localizedMessage(Locale.GERMAN).contains("wird dauerhaft aufbewahrt"),
        e.localizedMessage(Locale.GERMAN));

    // the board keeps the letter longer on purpose, then lets it go
    documents.update(
        l.id(),
        l.version(),
        new DocumentDraft(
            l.title(), l.category(), null, java.time.LocalDate.of(2099, 12, 31), false));
    DocumentService.DocumentSummary kept = documents.details(l.id()).summary();
    assertTrue(kept.retentionOverridden());
    assertFalse(kept.pastRetention());
    assertThrows(RuleViolationException.class, () -> documents.delete(kept.id(), kept.version()));
    documents.update(kept.id(), kept.version(), DocumentDraft.of(l.title(), l.category(), null));
    documents.delete(kept.id(), documents.details(kept.id()).summary().version());
    assertThrows(NotFoundException.class, () -> documents.details(kept.id()));
    assertEquals(
        0, count("SELECT COUNT(*) FROM document_version WHERE document_id = ?", kept.id()));
    assertTrue(documents.countPastRetention() >= 0);
  }

  @Test
  void generatedDocumentsAreStoredAsUploadedByTheCurrentPerson() throws Exception {
    Principal boardA = boardA();
    byte[] content = pdf("Einladung zur Mitgliederversammlung " + tag);
    DocumentService.StoredDocument s =
        documents.storeGenerated(
            "Einladung Mitgliederversammlung " + tag, "Einladung.pdf", "application/pdf", content);
    DocumentService.DocumentDetails d = documents.details(s.documentId());
    assertEquals(DocumentCategory.ERZEUGT, d.summary().category());
    assertEquals(boardA.displayName(), d.summary().uploadedBy());
    assertArrayEquals(content, documents.download(s.documentId(), 0).content());
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class,
            () ->
                documents.storeGenerated(
                    "Falsch " + tag,
                    "Einladung.pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    content));
    assertEquals("document.file.mediaType", e.messageKey());
  }

  // ------------------------------------------------------------------ helpers

  private void assertRefused(String name, byte[] content, String messageStart) {
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class,
            () ->
                documents.upload(
                    DocumentDraft.of("Abgelehnt " + tag, DocumentCategory.SONSTIGES, null),
                    name,
                    new ByteArrayInputStream(content)));
    String text = e.localizedMessage(Locale.GERMAN);
    assertTrue(text.startsWith(messageStart), text);
  }

  private String stored(String name) {
    return documents
        .upload(
            DocumentDraft.of("Name " + tag, DocumentCategory.SONSTIGES, null),
            name,
            new ByteArrayInputStream(pdf(name)))
        .fileName();
  }

  private Principal boardA() {
    Principal p = principal(DemoAccounts.SUBJECT_VORSTAND_SPORT);
    actor.actAs(p);
    tenant.enter(clubOf(p));
    return p;
  }

  private long documentsOfClubA() throws Exception {
    return count(
        "SELECT COUNT(*) FROM document WHERE club_id = ?",
        clubOf(principal(DemoAccounts.SUBJECT_VORSTAND_SPORT)));
  }

  private Principal principal(String subject) {
    return identities.principalOf(subject, List.of());
  }

  private static long clubOf(Principal p) {
    return p.clubs().get(0).clubId();
  }

  private static List<Long> ids(List<DocumentService.DocumentSummary> rows) {
    return rows.stream().map(DocumentService.DocumentSummary::id).toList();
  }

  /** A small but real PDF (header, one object, trailer) carrying {@code text}. */
  static byte[] pdf(String text) {
    return ("%PDF-1.4\n1 0 obj\n<< /Title ("
            + text
            + ") >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A docx whose document.xml inflates to 200 MB of zeros. */
  static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private <T> T inClub(Principal who, long clubId, Callable<T> work) throws Exception {
    return executor
        .submit(
            () -> {
              requestContext.activate();
              try {
                actors.get().actAs(who);
                tenants.get().enter(clubId);
                return work.call();
              } finally {
                requestContext.deactivate();
              }
            })
        .get();
  }

  private long count(String sql, Object param) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private void update(String sql, long param) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, param);
      ps.executeUpdate();
    }
  }
}
