package de.heldenhelfer.documents;

import java.util.List;
import java.util.Locale;

/**
 * The file types the archive accepts, each recognised by its content ({@link ContentInspector}),
 * with the extensions that may name it and the media type it is served with.
 */
public enum FileKind {
  PDF("PDF", "application/pdf", "pdf"),
  PNG("PNG-Bild", "image/png", "png"),
  JPEG("JPEG-Bild", "image/jpeg", "jpg", "jpeg"),
  DOCX(
      "Word-Dokument (docx)",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx"),
  XLSX(
      "Excel-Tabelle (xlsx)",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx"),
  PPTX(
      "PowerPoint-Präsentation (pptx)",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "pptx"),
  ODT("OpenDocument-Text (odt)", "application/vnd.oasis.opendocument.text", "odt"),
  ODS("OpenDocument-Tabelle (ods)", "application/vnd.oasis.opendocument.spreadsheet", "ods"),
  /** UTF-8 text: served as text/csv for .csv and text/plain otherwise. */
  TEXT("Text (UTF-8)", "text/plain; charset=UTF-8", "txt", "csv");

  private final String label;
  private final String mediaType;
  private final List<String> extensions;

  FileKind(String label, String mediaType, String... extensions) {
    this.label = label;
    this.mediaType = mediaType;
    this.extensions = List.of(extensions);
  }

  /** A German name of the type for messages. */
  public String label() {
    return label;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** True if a file called {@code fileName} may have this content. */
  public boolean matchesName(String fileName) {
    return extensions.contains(extension(fileName));
  }

  /** The media type to serve a file of this kind called {@code fileName} with. */
  public String mediaType(String fileName) {
    if (this == TEXT && "csv".equals(extension(fileName))) {
      return "text/csv; charset=UTF-8";
    }
    return mediaType;
  }

  /** The lower-case extension of {@code fileName} without the dot, or an empty text. */
  public static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1
        ? ""
        : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
