package de.heldenhelfer.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an uploaded .xlsx or .csv file into a header row and data rows ({@link SpreadsheetData}).
 *
 * <p>The format is recognised by content, the file name only decides between CSV and "not
 * supported" for plain text (.csv and .tsv are read as CSV, .txt and others are refused). Problems
 * with the file as a whole throw {@link ReportInputException}: empty, larger than {@code maxBytes},
 * not a spreadsheet, old .xls, password-protected, zip bomb, damaged, more than {@link
 * #withMaxRows(int) maxRows} data rows (default {@value #DEFAULT_MAX_ROWS}), more than {@value
 * #MAX_COLUMNS} columns or cells longer than {@value #MAX_CELL_CHARS} characters.
 *
 * <p><b>xlsx</b>: only the first sheet is read, as a stream with SAX (POI's XSSFReader), so 10,000
 * rows need only a few MB of heap. Number cells with a date format become {@link
 * java.time.LocalDate} (or {@link java.time.LocalDateTime} / {@link java.time.LocalTime}), other
 * numbers {@link BigDecimal}, booleans {@link Boolean}, all others strings. <i>Formulas are never
 * evaluated</i>: a formula cell yields the value Excel saved with the file (its cached result), as
 * if the cell held that value; a formula without cached value is empty, and a warning names the
 * number of formula cells and the first one. Sheet XML with a DOCTYPE is rejected as damaged (no
 * entity is ever resolved). Zip bombs are stopped by POI's {@link ZipSecureFile} limits, which this
 * class tightens JVM-wide when it is loaded (min. inflate ratio {@value #MIN_INFLATE_RATIO}, max.
 * entry size {@value #MAX_ENTRY_SIZE} bytes, max. text size {@value #MAX_TEXT_SIZE} characters;
 * stricter settings made elsewhere are kept).
 *
 * <p><b>csv</b>: UTF-8 with or without byte order mark, UTF-16 with byte order mark, otherwise
 * Windows-1252 with a warning. The separator ({@code ;}, {@code ,} or tab) is taken from the header
 * line. Quotes follow RFC 4180 (doubled quotes, separators and line breaks inside quotes); row
 * numbers count records like Excel does. An apostrophe that the CSV export put before formula-like
 * text ({@code '=…}, {@code '+…}) is removed.
 *
 * <p>All cells are stripped of surrounding blanks (also no-break spaces); empty cells are {@code
 * null}; empty rows are skipped; the first non-empty row is the header.
 */
public final class SpreadsheetReader {
  /** Default upload limit: 10 MB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Default limit of data rows. */
  public static final int DEFAULT_MAX_ROWS = 50_000;

  /** Most columns a row may have values in. */
  public static final int MAX_COLUMNS = 1_000;

  /** Longest cell text (the Excel limit). */
  public static final int MAX_CELL_CHARS = 32_767;

  /** Compressed/uncompressed ratio below which a zip entry counts as a bomb (POI's default). */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** Largest uncompressed zip entry: 200 MB (a sheet of 50,000 wide rows stays well below). */
  public static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

  /** Largest text POI extracts at once. */
  public static final long MAX_TEXT_SIZE = 10_000_000L;

  private static final Set<String> CSV_EXTENSIONS = Set.of("csv", "tsv");
  private static final Set<String> XLSX_EXTENSIONS = Set.of("xlsx", "xlsm");

  static {
    // POI only offers JVM-wide settings; tighten them, never loosen stricter ones.
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
    if (ZipSecureFile.getMaxTextSize() > MAX_TEXT_SIZE) {
      ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }
  }

  private final int maxRows;

  private SpreadsheetReader(int maxRows) {
    this.maxRows = maxRows;
  }

  /** A reader with the default row limit. */
  public static SpreadsheetReader create() {
    return new SpreadsheetReader(DEFAULT_MAX_ROWS);
  }

  /** The same reader with another limit of data rows (header not counted). */
  public SpreadsheetReader withMaxRows(int newMaxRows) {
    if (newMaxRows < 1) {
      throw new IllegalArgumentException("maxRows must be positive");
    }
    return new SpreadsheetReader(newMaxRows);
  }

  /**
   * Reads an uploaded file.
   *
   * @param in the upload; read up to {@code maxBytes + 1} bytes, not closed
   * @param fileName the name the user uploaded (used for the format and in messages)
   * @param maxBytes size limit in bytes, e.g. {@link #DEFAULT_MAX_BYTES}
   * @return header and rows
   * @throws ReportInputException if the file as a whole cannot be read
   * @throws IOException if reading {@code in} fails
   */
  public SpreadsheetData read(InputStream in, String fileName, long maxBytes)
      throws ReportInputException, IOException {
    Objects.requireNonNull(in, "in");
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    String name = fileName == null || fileName.isBlank() ? "?" : displayName(fileName);
    byte[] bytes = readLimited(in, maxBytes, name);
    if (bytes.length == 0) {
      throw new ReportInputException(ReportMessage.of("import.error.empty", name));
    }
    String extension = extension(name);
    FileMagic magic = FileMagic.valueOf(bytes);
    switch (magic) {
      case OOXML:
        return readXlsx(bytes, name);
      case OLE2:
        throw ole2Problem(bytes, name);
      case BIFF2:
      case BIFF3:
      case BIFF4:
        throw new ReportInputException(ReportMessage.of("import.error.xls", name));
      case UNKNOWN:
        if (CSV_EXTENSIONS.contains(extension)) {
          return new CsvReading(name, maxRows, MAX_COLUMNS, MAX_CELL_CHARS).read(bytes);
        }
        if (XLSX_EXTENSIONS.contains(extension) || extension.equals("xls")) {
          throw new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", name));
        }
        throw new ReportInputException(
            ReportMessage.of(
                "import.error.unsupportedType", extension.isEmpty() ? name : "." + extension));
      default:
        // PDF, images, HTML, XML, RTF, …
        throw new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", name));
    }
  }

  private static byte[] readLimited(InputStream in, long maxBytes, String name)
      throws IOException, ReportInputException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(chunk)) != -1) {
      total += read;
      if (total > maxBytes) {
        throw new ReportInputException(
            ReportMessage.of("import.error.tooLarge", name, megabytes(maxBytes)));
      }
      buffer.write(chunk, 0, read);
    }
    return buffer.toByteArray();
  }

  private static String megabytes(long bytes) {
    BigDecimal mb =
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.DOWN);
    return CellValues.number(mb.stripTrailingZeros(), ',');
  }

  /** The last path segment (browsers of old sent full paths). */
  private static String displayName(String fileName) {
    String n = fileName.strip();
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    return slash >= 0 && slash < n.length() - 1 ? n.substring(slash + 1) : n;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static ReportInputException ole2Problem(byte[] bytes, String name) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        return new ReportInputException(ReportMessage.of("import.error.encrypted", name));
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        return new ReportInputException(ReportMessage.of("import.error.xls", name));
      }
    } catch (IOException | RuntimeException e) {
      return new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", name), e);
    }
    return new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", name));
  }

  private SpreadsheetData readXlsx(byte[] bytes, String name) throws ReportInputException {
    Path temp = null;
    try {
      // a file lets POI read zip entries lazily (and check each for bombs) instead of inflating
      // the whole package into memory
      temp = Files.createTempFile("heldenhelfer-import-", ".xlsx");
      Files.write(temp, bytes);
      if (!hasContentTypes(temp)) {
        // a zip, but no Office Open XML package (e.g. .ods or .zip)
        throw new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", name));
      }
      OPCPackage pkg;
      try {
        pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ);
      } catch (NotOfficeXmlFileException e) {
        throw xlsxProblem(e, "import.error.notSpreadsheet", name);
      } catch (Exception e) {
        throw xlsxProblem(e, "import.error.corrupt", name);
      }
      try {
        return new XlsxReading(pkg, name, maxRows, MAX_COLUMNS, MAX_CELL_CHARS).read();
      } catch (XlsxReading.NotAWorkbook e) {
        throw new ReportInputException(ReportMessage.of("import.error.notSpreadsheet", name));
      } finally {
        pkg.revert();
      }
    } catch (ReportInputException e) {
      throw e;
    } catch (XlsxReading.Abort e) {
      throw e.reportInputException();
    } catch (Exception e) {
      throw xlsxProblem(e, "import.error.corrupt", name);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          temp.toFile().deleteOnExit();
        }
      }
    }
  }

  private static boolean hasContentTypes(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      return file.getEntry("[Content_Types].xml") != null;
    }
  }

  /** Maps a POI/SAX failure: zip bombs and our own aborts win over the given key. */
  private static ReportInputException xlsxProblem(Throwable e, String key, String name) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof XlsxReading.Abort abort) {
        return abort.reportInputException();
      }
      if (t instanceof ReportInputException rie) {
        return rie;
      }
      String message = t.getMessage();
      if (message != null && message.contains("Zip bomb detected")) {
        return new ReportInputException(ReportMessage.of("import.error.zipBomb", name), e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (e instanceof org.xml.sax.SAXException sax && sax.getException() != null) {
      return xlsxProblem(sax.getException(), key, name);
    }
    return new ReportInputException(ReportMessage.of(key, name), e);
  }
}
