package de.heldenhelfer.documents;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the board enters for a document: title, category, description and, optionally, its own
 * retention (a date, or "keep permanently"; neither means the category's default).
 */
public record DocumentDraft(
    String title,
    DocumentCategory category,
    String description,
    LocalDate keepUntil,
    boolean keepForever)
    implements Serializable {
  /** A draft with the category's default retention. */
  public static DocumentDraft of(String title, DocumentCategory category, String description) {
    return new DocumentDraft(title, category, description, null, false);
  }
}
