package de.heldenhelfer.mailcatcher;

/**
 * An attachment (or any non-body leaf part) of a message.
 *
 * @param name decoded file name, {@code null} if the part has none
 * @param contentType base MIME type in lower case, e.g. {@code application/pdf}
 * @param size decoded size in bytes
 */
record AttachmentInfo(String name, String contentType, long size) {}
