package de.heldenhelfer.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what an upload is by its content, never by its name: magic bytes for PDF, PNG and JPEG;
 * for zip containers the marker entries ({@code [Content_Types].xml} with the main part's content
 * type for Office Open XML, the {@code mimetype} entry for OpenDocument) after inflating every
 * entry within limits, so a zip bomb is refused before anything is stored; strict UTF-8 without
 * control characters for text. Then the name's extension must agree with the detected type.
 */
public final class ContentInspector {
  /** Most entries a document container may have. */
  static final int MAX_ENTRIES = 5_000;

  /** Most bytes all entries of a container may inflate to. */
  static final long MAX_INFLATED = 100L * 1024 * 1024;

  /** Above this many inflated bytes, the ratio to the file's size must stay below MAX_RATIO. */
  static final long RATIO_FLOOR = 10L * 1024 * 1024;

  /** Largest acceptable inflated/compressed ratio for large containers. */
  static final int MAX_RATIO = 100;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  private ContentInspector() {}

  /**
   * The kind of {@code content}, uploaded as (already sanitised) {@code fileName}.
   *
   * @throws UploadRefusedException if the type is not accepted, the container is damaged or a zip
   *     bomb, the text is not UTF-8, or the extension does not fit the content
   */
  public static FileKind inspect(String fileName, byte[] content) {
    FileKind kind = detect(fileName, content);
    if (!kind.matchesName(fileName)) {
      String ext = FileKind.extension(fileName);
      if (ext.isEmpty()) {
        throw new UploadRefusedException("document.file.noExtension", fileName, kind.label());
      }
      throw new UploadRefusedException("document.file.mismatch", fileName, ext, kind.label());
    }
    return kind;
  }

  /** The kind by content alone. */
  static FileKind detect(String fileName, byte[] content) {
    if (startsWith(content, PDF)) {
      return FileKind.PDF;
    }
    if (startsWith(content, PNG)) {
      return FileKind.PNG;
    }
    if (startsWith(content, JPEG)) {
      return FileKind.JPEG;
    }
    if (startsWith(content, ZIP)) {
      return container(fileName, content);
    }
    String ext = FileKind.extension(fileName);
    if (isText(content)) {
      return FileKind.TEXT;
    }
    if ((ext.equals("txt") || ext.equals("csv")) && !hasBinaryControls(content)) {
      throw new UploadRefusedException("document.file.notUtf8", fileName);
    }
    throw new UploadRefusedException("document.file.unknownType", fileName);
  }

  private static FileKind container(String fileName, byte[] content) {
    String contentTypes = null;
    String odfMime = null;
    boolean macros = false;
    long inflated = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new UploadRefusedException("document.file.zipBomb", fileName);
        }
        String name = e.getName();
        boolean keep = name.equals("[Content_Types].xml") || name.equals("mimetype");
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          inflated += n;
          if (inflated > MAX_INFLATED
              || (inflated > RATIO_FLOOR && inflated > (long) MAX_RATIO * content.length)) {
            throw new UploadRefusedException("document.file.zipBomb", fileName);
          }
          if (kept != null && kept.size() < 1024 * 1024) {
            kept.write(buffer, 0, n);
          }
        }
        if (name.equals("[Content_Types].xml")) {
          contentTypes = kept.toString(StandardCharsets.UTF_8);
        } else if (name.equals("mimetype")) {
          odfMime = kept.toString(StandardCharsets.US_ASCII).strip();
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("/vbaproject.bin") || lower.startsWith("basic/")) {
          macros = true;
        }
      }
    } catch (IOException | IllegalArgumentException ex) {
      throw new UploadRefusedException("document.file.damaged", fileName);
    }
    if (entries == 0) {
      throw new UploadRefusedException("document.file.damaged", fileName);
    }
    FileKind kind = null;
    if (contentTypes != null) {
      if (contentTypes.contains("macroEnabled")) {
        macros = true;
      } else if (contentTypes.contains("wordprocessingml.document.main+xml")) {
        kind = FileKind.DOCX;
      } else if (contentTypes.contains("spreadsheetml.sheet.main+xml")) {
        kind = FileKind.XLSX;
      } else if (contentTypes.contains("presentationml.presentation.main+xml")) {
        kind = FileKind.PPTX;
      }
    } else if ("application/vnd.oasis.opendocument.text".equals(odfMime)) {
      kind = FileKind.ODT;
    } else if ("application/vnd.oasis.opendocument.spreadsheet".equals(odfMime)) {
      kind = FileKind.ODS;
    }
    if (macros) {
      throw new UploadRefusedException("document.file.macros", fileName);
    }
    if (kind == null) {
      throw new UploadRefusedException("document.file.unknownType", fileName);
    }
    return kind;
  }

  /**
   * Strict UTF-8 (optionally with byte order mark), only tab, line feed, carriage return, form feed
   * below 0x20.
   */
  static boolean isText(byte[] content) {
    if (hasBinaryControls(content)) {
      return false;
    }
    int start = startsWith(content, BOM) ? BOM.length : 0;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasBinaryControls(byte[] content) {
    for (byte b : content) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads at most {@code limit + 1} bytes, so a caller can tell "too big" without reading all. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      int take = (int) Math.min(n, limit + 1 - total);
      out.write(buffer, 0, take);
      total += take;
      if (total > limit) {
        break;
      }
    }
    return out.toByteArray();
  }
}
