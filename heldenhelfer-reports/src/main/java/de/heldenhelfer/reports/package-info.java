/**
 * Documents, exports and imports for Heldenhelfer: a small, data-agnostic library that knows
 * columns and rows, not members.
 *
 * <ul>
 *   <li>Exports of any list: {@link de.heldenhelfer.reports.XlsxExport}, {@link
 *       de.heldenhelfer.reports.CsvExport} and {@link de.heldenhelfer.reports.PdfTable}, all {@link
 *       de.heldenhelfer.reports.TableWriter}s fed with {@link de.heldenhelfer.reports.Column}s and
 *       a stream of rows.
 *   <li>Fixed PDF documents: {@link de.heldenhelfer.reports.AddressLabels}, {@link
 *       de.heldenhelfer.reports.AttendanceList} and {@link
 *       de.heldenhelfer.reports.PersonalDataReport}. All PDFs are tagged, carry a title and the
 *       document language and embed the bundled DejaVu Sans font.
 *   <li>Imports: {@link de.heldenhelfer.reports.SpreadsheetReader} reads an uploaded .xlsx or .csv
 *       file; {@link de.heldenhelfer.reports.CellParsers} turns German cell texts into dates,
 *       yes/no values and numbers, with errors as values.
 *   <li>Document templates: {@link de.heldenhelfer.reports.templates} parses the {@code .hhtpl}
 *       format (docs/templates.md) and renders filled templates as tagged PDF and docx.
 * </ul>
 *
 * <p>User-facing texts live in the resource bundle {@code de.heldenhelfer.reports.messages} (German
 * base, English in {@code _en}).
 */
package de.heldenhelfer.reports;
