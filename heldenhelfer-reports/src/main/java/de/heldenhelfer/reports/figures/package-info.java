/**
 * Exports of anonymous statistics tables: the planners' region figures after disclosure control and
 * a club's own census figures. A {@link de.heldenhelfer.reports.figures.FigureReport} holds one or
 * more {@link de.heldenhelfer.reports.figures.FigureTable}s of counts, each cell either shown or
 * suppressed ({@link de.heldenhelfer.reports.figures.FigureCell#SYMBOL •}), plus the paragraphs
 * describing method, rules and source.
 *
 * <ul>
 *   <li>{@link de.heldenhelfer.reports.figures.FigureWorkbook}: xlsx, one sheet per table and a
 *       method sheet.
 *   <li>{@link de.heldenhelfer.reports.figures.FigureCsv}: one table as CSV for German Excel.
 *   <li>{@link de.heldenhelfer.reports.figures.FigurePdf}: tagged PDF with a bar chart and the
 *       table per figure, and the method at the end.
 * </ul>
 *
 * <p>The classes never see the true value of a suppressed cell: the caller passes the protected
 * table only.
 */
package de.heldenhelfer.reports.figures;
