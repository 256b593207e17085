package de.heldenhelfer.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {
  private static final LocalDateTime ARCHIVED = LocalDateTime.of(2026, 3, 15, 10, 0);

  @Test
  void retentionRunsFromTheEndOfTheYearOfArchiving() {
    LocalDate day = ARCHIVED.toLocalDate();
    assertEquals(
        LocalDate.of(2036, 12, 31), DocumentCategory.FREISTELLUNGSBESCHEID.defaultKeepUntil(day));
    assertEquals(LocalDate.of(2032, 12, 31), DocumentCategory.SCHRIFTVERKEHR.defaultKeepUntil(day));
    assertNull(DocumentCategory.SATZUNG.defaultKeepUntil(day));
    assertNull(DocumentCategory.PROTOKOLL.defaultKeepUntil(day));
  }

  @Test
  void boardOverridesRetentionAndMayDeleteOnlyAfterIt() {
    ArchivedDocument d =
        ArchivedDocument.create(
            DocumentDraft.of("Brief", DocumentCategory.SCHRIFTVERKEHR, null), "A", ARCHIVED);
    assertEquals(LocalDate.of(2032, 12, 31), d.keepUntil());
    assertFalse(d.isPastRetention(LocalDate.of(2032, 12, 31)));
    assertTrue(d.isPastRetention(LocalDate.of(2033, 1, 1)));
    // archived today: a mistaken upload may go
    d.checkDeletable(ARCHIVED.toLocalDate());
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> d.checkDeletable(LocalDate.of(2027, 1, 1)));
    assertEquals("document.delete.retained", e.messageKey());
    d.checkDeletable(LocalDate.of(2033, 1, 1));

    d.apply(
        new DocumentDraft(
            "Brief", DocumentCategory.SCHRIFTVERKEHR, null, LocalDate.of(2026, 6, 30), false));
    assertTrue(d.retentionOverridden());
    d.checkDeletable(LocalDate.of(2026, 7, 1));
    d.apply(new DocumentDraft("Brief", DocumentCategory.SCHRIFTVERKEHR, null, null, true));
    assertNull(d.keepUntil());
    assertEquals(
        "document.delete.keptForever",
        assertThrows(RuleViolationException.class, () -> d.checkDeletable(LocalDate.of(2099, 1, 1)))
            .messageKey());
  }

  @Test
  void refusesInvalidMetadata() {
    assertEquals(
        "document.title.required",
        assertThrows(
                RuleViolationException.class,
                () ->
                    ArchivedDocument.create(
                        DocumentDraft.of(" ", DocumentCategory.SONSTIGES, null), "A", ARCHIVED))
            .messageKey());
    assertEquals(
        "document.category.required",
        assertThrows(
                RuleViolationException.class,
                () -> ArchivedDocument.create(DocumentDraft.of("T", null, null), "A", ARCHIVED))
            .messageKey());
    ArchivedDocument d =
        ArchivedDocument.create(
            DocumentDraft.of("T", DocumentCategory.VERTRAG, null), "A", ARCHIVED);
    assertEquals(
        "document.retention.beforeArchived",
        assertThrows(
                RuleViolationException.class,
                () ->
                    d.apply(
                        new DocumentDraft(
                            "T", DocumentCategory.VERTRAG, null, LocalDate.of(2026, 1, 1), false)))
            .messageKey());
    assertEquals(
        "document.retention.both",
        assertThrows(
                RuleViolationException.class,
                () ->
                    d.apply(
                        new DocumentDraft(
                            "T", DocumentCategory.VERTRAG, null, LocalDate.of(2030, 1, 1), true)))
            .messageKey());
  }

  @Test
  void uploadChecksSizeBeforeTypeAndSanitiseTheName() {
    byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    DocumentService.Checked c = DocumentService.check("../../etc/passwd.pdf", pdf, 1000);
    assertEquals("passwd.pdf", c.name());
    assertEquals("application/pdf", c.mediaType());
    UploadRefusedException e =
        assertThrows(UploadRefusedException.class, () -> DocumentService.check("a.pdf", pdf, 5));
    assertEquals("document.file.tooLarge", e.messageKey());
    assertEquals("a.pdf", e.arguments()[0]);
    assertEquals(
        "document.file.empty",
        assertThrows(
                UploadRefusedException.class, () -> DocumentService.check("a.pdf", new byte[0], 5))
            .messageKey());
    assertEquals("20 MB", DocumentService.megabytes(DocumentService.DEFAULT_MAX_BYTES));
    assertEquals(
        "b8c8ba9b1d4fbfc0b0fc8c3d3e5e8c9b8b1d0a7c5c6d5ed0c8b7a1a8a0b8f6d1".length(),
        DocumentService.sha256(pdf).length());
  }
}
