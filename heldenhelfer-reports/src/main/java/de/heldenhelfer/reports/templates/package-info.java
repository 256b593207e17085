/**
 * The document template engine: parses the {@code .hhtpl} format (docs/templates.md) with {@link
 * de.heldenhelfer.reports.templates.TemplateSource#parse(String)}, checks placeholder names and
 * missing values, and renders filled templates as tagged PDF (iText) and editable docx (POI).
 * {@link de.heldenhelfer.reports.templates.GermanNumberWords} writes euro amounts in words as the
 * Zuwendungsbestätigung asks. No domain knowledge: the caller provides names, types and values.
 */
package de.heldenhelfer.reports.templates;
