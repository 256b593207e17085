/**
 * The club's document archive (issue 4, ADR 0009): club-private, every entity is
 * {@code @Multitenant} on {@code club_id} (ADR 0002).
 *
 * <ul>
 *   <li>{@link de.heldenhelfer.documents.ArchivedDocument} – title, {@link
 *       de.heldenhelfer.documents.DocumentCategory category}, description, retention (category
 *       default or the board's override) and the current version number; {@link
 *       de.heldenhelfer.documents.DocumentVersion} – who uploaded which file when, size, SHA-256;
 *       {@link de.heldenhelfer.documents.DocumentChunk} – the content in 1 MiB pieces, read only
 *       for downloads.
 *   <li>Upload checks before anything is stored: size limit ({@code hh.documents.max-bytes}),
 *       {@link de.heldenhelfer.documents.FileNames#sanitize safe names}, {@link
 *       de.heldenhelfer.documents.ContentInspector type by content} (incl. zip bomb guard) and the
 *       extension agreeing with it.
 *   <li>{@link de.heldenhelfer.documents.DocumentService} – list, details, upload, new version,
 *       edit, delete, download, and {@code storeGenerated} for documents made from templates.
 * </ul>
 */
package de.heldenhelfer.documents;
