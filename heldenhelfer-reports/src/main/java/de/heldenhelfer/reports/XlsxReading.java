package de.heldenhelfer.reports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx package with SAX (XSSFReader), never building a workbook in
 * memory. Formulas are not evaluated: the cached value Excel saved is used.
 */
final class XlsxReading {
  private final OPCPackage pkg;
  private final String fileName;
  private final int maxRows;
  private final int maxColumns;
  private final int maxCellChars;

  XlsxReading(OPCPackage pkg, String fileName, int maxRows, int maxColumns, int maxCellChars) {
    this.pkg = pkg;
    this.fileName = fileName;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
    this.maxCellChars = maxCellChars;
  }

  /** Signals a problem found while the SAX parser runs. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort(ReportInputException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    ReportInputException reportInputException() {
      return (ReportInputException) getCause();
    }
  }

  /** Thrown when the package is OOXML but not a workbook. */
  static final class NotAWorkbook extends Exception {
    private static final long serialVersionUID = 1L;
  }

  SpreadsheetData read()
      throws IOException,
          OpenXML4JException,
          SAXException,
          ParserConfigurationException,
          ReportInputException,
          NotAWorkbook {
    XSSFReader reader = new XSSFReader(pkg);
    WorkbookInfo workbook = WorkbookInfo.parse(reader.getWorkbookData());
    if (!workbook.isWorkbook) {
      throw new NotAWorkbook();
    }
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    if (!sheets.hasNext()) {
      throw new ReportInputException(ReportMessage.of("import.error.empty", fileName));
    }
    TableCollector collector = new TableCollector(fileName, maxRows);
    SheetHandler handler = new SheetHandler(collector, strings, styles, workbook.date1904);
    String firstSheet;
    try (InputStream sheet = sheets.next()) {
      firstSheet = sheets.getSheetName();
      XMLReader xml = secureReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(sheet));
    }
    List<ReportMessage> warnings = new ArrayList<>();
    if (handler.formulaCount > 0) {
      warnings.add(
          ReportMessage.of(
              "import.warning.formulas",
              String.valueOf(handler.formulaCount),
              handler.firstFormulaCell));
    }
    if (workbook.sheetCount > 1) {
      warnings.add(
          ReportMessage.of(
              "import.warning.otherSheets", String.valueOf(workbook.sheetCount), firstSheet));
    }
    return collector.result(SpreadsheetData.Format.XLSX, warnings, null);
  }

  /**
   * POI's hardened SAX reader (no external entities or DTDs) that additionally rejects any DOCTYPE:
   * worksheets never contain one.
   */
  static XMLReader secureReader() throws SAXException, ParserConfigurationException {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    xml.setFeature("http://xml.org/sax/features/external-general-entities", false);
    xml.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return xml;
  }

  /** Date system and sheet count from workbook.xml. */
  private static final class WorkbookInfo extends DefaultHandler {
    boolean isWorkbook;
    boolean date1904;
    int sheetCount;
    private boolean root = true;

    static WorkbookInfo parse(InputStream in)
        throws IOException, SAXException, ParserConfigurationException {
      WorkbookInfo info = new WorkbookInfo();
      try (in) {
        XMLReader xml = secureReader();
        xml.setContentHandler(info);
        xml.parse(new InputSource(in));
      }
      return info;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      if (root) {
        isWorkbook = localName.equals("workbook");
        root = false;
      } else if (localName.equals("workbookPr")) {
        String v = atts.getValue("date1904");
        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
      } else if (localName.equals("sheet")) {
        sheetCount++;
      }
    }
  }

  /** SAX handler for one worksheet. */
  private final class SheetHandler extends DefaultHandler {
    private final TableCollector collector;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    private int rowNumber;
    private List<Object> values;
    private int column;
    private String cellRef;
    private String type;
    private int style;
    private boolean formula;
    private boolean capture;
    private boolean inInlineString;
    private boolean inPhonetic;
    int formulaCount;
    String firstFormulaCell;

    SheetHandler(
        TableCollector collector,
        ReadOnlySharedStringsTable strings,
        StylesTable styles,
        boolean date1904) {
      this.collector = collector;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "row" -> {
          String r = atts.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : parseInt(r, rowNumber + 1);
          values = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          cellRef = atts.getValue("r");
          column = cellRef == null ? column + 1 : columnIndex(cellRef, column + 1);
          if (cellRef == null) {
            cellRef = columnName(column) + rowNumber;
          }
          type = atts.getValue("t");
          String s = atts.getValue("s");
          style = s == null ? 0 : parseInt(s, 0);
          formula = false;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> capture = true;
        case "is" -> inInlineString = true;
        case "rPh" -> inPhonetic = true;
        case "t" -> capture = inInlineString && !inPhonetic;
        default -> {
          // other elements (sheetPr, cols, mergeCells, …) are irrelevant
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (capture) {
        if (text.length() + length > maxCellChars) {
          throw new Abort(
              new ReportInputException(
                  ReportMessage.of(
                      "import.error.cellTooLong",
                      String.valueOf(rowNumber),
                      String.valueOf(maxCellChars))));
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> capture = false;
        case "is" -> inInlineString = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> endCell();
        case "row" -> {
          try {
            collector.row(rowNumber, values);
          } catch (ReportInputException e) {
            throw new Abort(e);
          }
          values = null;
        }
        default -> {
          // nothing
        }
      }
    }

    private void endCell() {
      if (formula) {
        formulaCount++;
        if (firstFormulaCell == null) {
          firstFormulaCell = cellRef;
        }
      }
      Object value = value();
      if (value == null || values == null) {
        return;
      }
      if (column >= maxColumns) {
        throw new Abort(
            new ReportInputException(
                ReportMessage.of(
                    "import.error.tooManyColumns",
                    String.valueOf(rowNumber),
                    String.valueOf(maxColumns))));
      }
      while (values.size() <= column) {
        values.add(null);
      }
      values.set(column, value);
    }

    private Object value() {
      String raw = text.toString();
      if (type == null || type.equals("n")) {
        return raw.isBlank() ? null : number(raw.strip());
      }
      return switch (type) {
        case "s" -> sharedString(raw.strip());
        case "inlineStr", "str", "e" -> raw;
        case "b" -> raw.isBlank() ? null : "1".equals(raw.strip()) || "true".equals(raw.strip());
        case "d" -> isoDate(raw.strip());
        default -> raw;
      };
    }

    private Object sharedString(String index) {
      if (index.isEmpty()) {
        return null;
      }
      try {
        return strings.getItemAt(parseInt(index, -1)).getString();
      } catch (IndexOutOfBoundsException e) {
        throw new Abort(
            new ReportInputException(ReportMessage.of("import.error.corrupt", fileName), e));
      }
    }

    private Object number(String raw) {
      try {
        if (isDateStyle(style)) {
          double d = Double.parseDouble(raw);
          LocalDateTime dt = DateUtil.getLocalDateTime(d, date1904, true);
          if (dt != null) {
            if (d < 1 && d >= 0) {
              return dt.toLocalTime();
            }
            return dt.toLocalTime().equals(LocalTime.MIDNIGHT) ? dt.toLocalDate() : dt;
          }
        }
        return CellValues.toBigDecimal(new BigDecimal(raw));
      } catch (NumberFormatException e) {
        return raw;
      }
    }

    private Object isoDate(String raw) {
      try {
        return raw.length() <= 10 ? LocalDate.parse(raw) : LocalDateTime.parse(raw);
      } catch (DateTimeParseException e) {
        return raw;
      }
    }

    private boolean isDateStyle(int index) {
      if (styles == null) {
        return false;
      }
      return dateStyles.computeIfAbsent(
          index,
          i -> {
            try {
              XSSFCellStyle cellStyle = styles.getStyleAt(i);
              return cellStyle != null
                  && DateUtil.isADateFormat(
                      cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            } catch (RuntimeException e) {
              return false;
            }
          });
    }
  }

  private static int parseInt(String s, int fallback) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** 0-based column of a reference like "AB12"; {@code fallback} when there are no letters. */
  static int columnIndex(String ref, int fallback) {
    int col = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    return i == 0 ? fallback : col - 1;
  }

  /** Letters of a 0-based column, e.g. 27 → "AB". */
  static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      sb.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return sb.toString();
  }
}
