package de.heldenhelfer.reports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads CSV bytes: encoding and separator detection, RFC 4180 parsing. */
final class CsvReading {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String fileName;
  private final int maxRows;
  private final int maxColumns;
  private final int maxCellChars;

  CsvReading(String fileName, int maxRows, int maxColumns, int maxCellChars) {
    this.fileName = fileName;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    this.maxCellChars = maxCellChars;
  }

  SpreadsheetData read(byte[] bytes) throws ReportInputException {
    List<ReportMessage> warnings = new ArrayList<>();
    Charset charset;
    int offset = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      offset = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE; // Excel "Unicode text"
      offset = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (isValidUtf8(bytes)) {
      charset = StandardCharsets.UTF_8;
    } else {
      charset = WINDOWS_1252;
      warnings.add(ReportMessage.of("import.warning.windows1252"));
    }
    String text = new String(bytes, offset, bytes.length - offset, charset);
    if (text.indexOf('\u0000') >= 0) {
      throw new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", fileName));
    }
    char separator = detectSeparator(text);
    TableCollector collector = new TableCollector(fileName, maxRows);
    parse(text, separator, collector);
    return collector.result(
        SpreadsheetData.Format.CSV, warnings, new SpreadsheetData.CsvDialect(charset, separator));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The separator of the header line: the most frequent of {@code ; , tab} outside quotes; on a tie
   * semicolon before tab before comma; semicolon when there is none.
   */
  static char detectSeparator(String text) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          break;
        } else if (c == ';') {
          semicolons++;
        } else if (c == ',') {
          commas++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (semicolons >= tabs && semicolons >= commas) {
      return ';';
    }
    return tabs >= commas ? '\t' : ',';
  }

  private void parse(String text, char separator, TableCollector collector)
      throws ReportInputException {
    int n = text.length();
    int i = 0;
    int row = 0;
    StringBuilder field = new StringBuilder();
    while (i < n) {
      row++;
      List<Object> fields = new ArrayList<>();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        field.setLength(0);
        if (i < n && text.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= n) {
              throw new ReportInputException(
                  ReportMessage.of("import.error.unclosedQuote", String.valueOf(row)));
            }
            char c = text.charAt(i++);
            if (c == '"') {
              if (i < n && text.charAt(i) == '"') {
                i++;
              } else {
                break;
              }
            }
            append(field, c, row);
          }
        }
        // unquoted field, or lenient rest after a closing quote
        while (true) {
          if (i >= n) {
            endOfRecord = true;
            break;
          }
          char c = text.charAt(i++);
          if (c == separator) {
            break;
          }
          if (c == '\r' || c == '\n') {
            if (c == '\r' && i < n && text.charAt(i) == '\n') {
              i++;
            }
            endOfRecord = true;
            break;
          }
          append(field, c, row);
        }
        if (fields.size() >= maxColumns) {
          if (field.length() > 0) {
            throw new ReportInputException(
                ReportMessage.of(
                    "import.error.tooManyColumns",
                    String.valueOf(row),
                    String.valueOf(maxColumns)));
          }
        } else {
          fields.add(value(field));
        }
      }
      collector.row(row, fields);
    }
  }

  private void append(StringBuilder field, char c, int row) throws ReportInputException {
    if (field.length() >= maxCellChars) {
      throw new ReportInputException(
          ReportMessage.of(
              "import.error.cellTooLong", String.valueOf(row), String.valueOf(maxCellChars)));
    }
    field.append(c);
  }

  /** Removes the apostrophe that CSV exports put before formula-like text. */
  private static String value(StringBuilder field) {
    String s = field.toString();
    if (s.length() > 1 && s.charAt(0) == '\'' && CellValues.looksLikeFormula(s.substring(1))) {
      return s.substring(1);
    }
    return s;
  }
}
