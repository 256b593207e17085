package de.heldenhelfer.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an uploaded file name safe to store, show and send back in a download: only the last path
 * segment is kept ({@code ../../etc/passwd.pdf} → {@code passwd.pdf}, {@code C:\Users\x\a.pdf} →
 * {@code a.pdf}), control and invisible formatting characters (e.g. the right-to-left override that
 * disguises {@code exe.pdf}) and characters Windows forbids are removed, leading dots (hidden
 * files) and trailing dots or blanks go, reserved Windows device names get a prefix, and the name
 * is limited to {@value #MAX_LENGTH} characters with its extension kept. Umlauts and ß stay (NFC).
 */
public final class FileNames {
  /** Longest stored file name. */
  public static final int MAX_LENGTH = 120;

  /** The name used when nothing usable is left. */
  public static final String FALLBACK = "Dokument";

  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {}

  /** The safe form of {@code submitted}; never empty. */
  public static String sanitize(String submitted) {
    if (submitted == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(cut + 1);
    if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
      name = name.substring(2); // "C:Satzung.pdf" (drive-relative)
    }
    StringBuilder sb = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.PRIVATE_USE
                  || type == Character.SURROGATE
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR) {
                return;
              }
              if ("<>:\"|?*".indexOf(cp) >= 0) {
                sb.append('_');
              } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
              } else {
                sb.appendCodePoint(cp);
              }
            });
    name = sb.toString().replaceAll(" {2,}", " ");
    name = stripLeading(name);
    name = stripTrailing(name);
    if (name.isEmpty() || name.chars().allMatch(c -> c == '_' || c == '.')) {
      return FALLBACK;
    }
    String base = name;
    String ext = "";
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      base = name.substring(0, dot);
      ext = name.substring(dot);
    }
    String device = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
    if (RESERVED.contains(device.strip().toUpperCase(Locale.ROOT))) {
      base = "_" + base;
    }
    if (ext.length() > 16) { // not an extension we accept anyway; keep it short
      ext = ext.substring(0, 16);
    }
    int room = MAX_LENGTH - ext.length();
    if (base.codePointCount(0, base.length()) > room) {
      base = stripTrailing(base.substring(0, base.offsetByCodePoints(0, room)));
    }
    return base.isEmpty() ? FALLBACK + ext : base + ext;
  }

  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ' ')) {
      i++;
    }
    return s.substring(i);
  }

  private static String stripTrailing(String s) {
    int i = s.length();
    while (i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ' ')) {
      i--;
    }
    return s.substring(0, i);
  }
}
