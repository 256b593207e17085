package de.heldenhelfer.documents;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What a document is, and how long a club keeps it by default (docs/adr/0009-document-archive.md).
 * Periods run from the end of the calendar year in which the document was archived, as § 147 Abs. 4
 * AO and § 257 Abs. 5 HGB count them; {@code 0} means permanently.
 */
public enum DocumentCategory {
  /** Statutes: the club's constitution; every version stays (register history). */
  SATZUNG(0),
  /** Minutes of general meetings and board meetings: evidence of resolutions and elections. */
  PROTOKOLL(0),
  /** Notice of tax exemption: tax-relevant, § 147 Abs. 1 Nr. 4, Abs. 3 AO – 10 years. */
  FREISTELLUNGSBESCHEID(10),
  /** Insurance policies: claims may surface late; longest limitation period § 199 Abs. 3 BGB. */
  VERSICHERUNG(10),
  /** Contracts (leases, employment, sponsoring): § 147 AO / § 199 Abs. 3 BGB – 10 years. */
  VERTRAG(10),
  /**
   * Letters sent and received: Handels- und Geschäftsbriefe, § 147 Abs. 1 Nr. 2, 3 AO – 6 years.
   */
  SCHRIFTVERKEHR(6),
  /**
   * Made from a template (invitations, minutes, Zuwendungsbestätigungen): the copy of a donation
   * receipt is a tax record (§ 50 Abs. 7 EStDV, § 147 AO) – 10 years.
   */
  ERZEUGT(10),
  /** Anything else: the shorter commercial period of 6 years. */
  SONSTIGES(6);

  private final int years;

  DocumentCategory(int years) {
    this.years = years;
  }

  /** The default retention in years, empty for "permanently". */
  public OptionalInt retentionYears() {
    return years == 0 ? OptionalInt.empty() : OptionalInt.of(years);
  }

  /**
   * Until when a document archived on {@code archivedOn} is kept by default: the end of the
   * calendar year plus the period, or {@code null} for permanently.
   */
  public LocalDate defaultKeepUntil(LocalDate archivedOn) {
    return years == 0 ? null : LocalDate.of(archivedOn.getYear() + years, 12, 31);
  }

  /** The key of the category's name in the message and text bundles. */
  public String messageKey() {
    return "document.category." + name();
  }

  /** Parses a category name; empty or unknown → {@code null}. */
  public static DocumentCategory parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
