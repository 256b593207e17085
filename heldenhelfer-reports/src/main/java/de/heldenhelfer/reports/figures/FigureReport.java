package de.heldenhelfer.reports.figures;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document of statistics tables: title, subtitle, the tables and the description of method, rules
 * and source.
 *
 * @param title e.g. "Mitglieder in der Region"
 * @param subtitle e.g. "Stichtag 01.01.2026 · Stadt und Landkreis Würzburg"; may be {@code null}
 * @param tables the tables, at least one
 * @param method paragraphs describing method, rules and source ({@code null} becomes empty)
 * @param locale language of the fixed texts (Summe, Methode, legend); {@code null} means German
 */
public record FigureReport(
    String title, String subtitle, List<FigureTable> tables, List<String> method, Locale locale) {

  /** Validates and copies. */
  public FigureReport {
    Objects.requireNonNull(title, "title");
    tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("at least one table is needed");
    }
    method = method == null ? List.of() : List.copyOf(method);
    locale = locale == null ? Locale.GERMANY : locale;
  }
}
