package de.heldenhelfer.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made xlsx files for the import tests: formulas, an external entity, a zip bomb. */
final class ImportFiles {
  private ImportFiles() {}

  static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>";
  static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";
  static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"Mitglieder\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "</Relationships>";
  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

  /** An xlsx with the given sheet XML (inline strings, no shared strings). */
  static byte[] xlsx(String sheetXml) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("_rels/.rels", utf8(ROOT_RELS));
    parts.put("xl/workbook.xml", utf8(WORKBOOK));
    parts.put("xl/_rels/workbook.xml.rels", utf8(WORKBOOK_RELS));
    parts.put("xl/worksheets/sheet1.xml", utf8(sheetXml));
    return zip(parts, 0);
  }

  /** An inline-string cell. */
  static String s(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** A sheet whose text cells are given row by row (columns A, B, …). */
  static String sheet(String... rowsOfCells) {
    StringBuilder b = new StringBuilder(SHEET_START).append("<sheetData>");
    for (int r = 0; r < rowsOfCells.length; r++) {
      b.append("<row r=\"").append(r + 1).append("\">").append(rowsOfCells[r]).append("</row>");
    }
    return b.append("</sheetData></worksheet>").toString();
  }

  /** A valid xlsx whose sheet XML carries {@code megabytes} MB of blanks (deflates ~1000:1). */
  static byte[] zipBomb(int megabytes) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("_rels/.rels", utf8(ROOT_RELS));
    parts.put("xl/workbook.xml", utf8(WORKBOOK));
    parts.put("xl/_rels/workbook.xml.rels", utf8(WORKBOOK_RELS));
    return zip(parts, megabytes);
  }

  private static byte[] zip(Map<String, byte[]> parts, int bombMegabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
      if (bombMegabytes > 0) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        zip.write(utf8(SHEET_START + "<sheetData>"));
        byte[] blanks = new byte[1024 * 1024];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < bombMegabytes; i++) {
          zip.write(blanks);
        }
        zip.write(utf8("</sheetData></worksheet>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
