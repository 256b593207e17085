package de.heldenhelfer.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentInspectorTest {
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff};

  @Test
  void recognisesTypesByMagicBytes() {
    assertEquals(FileKind.PDF, ContentInspector.inspect("Satzung.pdf", PDF));
    assertEquals(FileKind.PNG, ContentInspector.inspect("Logo.PNG", PNG));
    assertEquals(FileKind.JPEG, ContentInspector.inspect("Foto.jpeg", JPEG));
    assertEquals(FileKind.JPEG, ContentInspector.inspect("Foto.jpg", JPEG));
  }

  @Test
  void refusesAnExecutableRenamedPdf() {
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class, () -> ContentInspector.inspect("Satzung.pdf", EXE));
    assertEquals("document.file.unknownType", e.messageKey());
    assertEquals("Satzung.pdf", e.arguments()[0]);
  }

  @Test
  void refusesHtmlNamedPngAndAPdfNamedDocx() {
    byte[] html = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class, () -> ContentInspector.inspect("bild.png", html));
    assertEquals("document.file.mismatch", e.messageKey());
    assertEquals("png", e.arguments()[1]);
    assertEquals(FileKind.TEXT.label(), e.arguments()[2]);
    e =
        assertThrows(
            UploadRefusedException.class, () -> ContentInspector.inspect("brief.docx", PDF));
    assertEquals("document.file.mismatch", e.messageKey());
    e = assertThrows(UploadRefusedException.class, () -> ContentInspector.inspect("Satzung", PDF));
    assertEquals("document.file.noExtension", e.messageKey());
  }

  @Test
  void acceptsUtf8TextAndCsvAndRefusesOtherEncodings() {
    byte[] csv = "\uFEFFName;Straße\nMüller;Domstraße 1\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(FileKind.TEXT, ContentInspector.inspect("liste.csv", csv));
    assertEquals("text/csv; charset=UTF-8", FileKind.TEXT.mediaType("liste.csv"));
    assertEquals("text/plain; charset=UTF-8", FileKind.TEXT.mediaType("notiz.txt"));
    byte[] latin1 = "Müller;Straße\n".getBytes(StandardCharsets.ISO_8859_1);
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class, () -> ContentInspector.inspect("liste.csv", latin1));
    assertEquals("document.file.notUtf8", e.messageKey());
    e = assertThrows(UploadRefusedException.class, () -> ContentInspector.inspect("x.bin", latin1));
    assertEquals("document.file.unknownType", e.messageKey());
  }

  @Test
  void recognisesOfficeAndOpenDocumentContainersByTheirMarkers() throws IOException {
    assertEquals(
        FileKind.DOCX,
        ContentInspector.inspect(
            "Brief.docx", ooxml("wordprocessingml.document.main+xml", "word/document.xml")));
    assertEquals(
        FileKind.XLSX,
        ContentInspector.inspect(
            "Kasse.xlsx", ooxml("spreadsheetml.sheet.main+xml", "xl/workbook.xml")));
    assertEquals(
        FileKind.PPTX,
        ContentInspector.inspect(
            "Folien.pptx", ooxml("presentationml.presentation.main+xml", "ppt/presentation.xml")));
    assertEquals(
        FileKind.ODT,
        ContentInspector.inspect("Brief.odt", odf("application/vnd.oasis.opendocument.text")));
    assertEquals(
        FileKind.ODS,
        ContentInspector.inspect(
            "Kasse.ods", odf("application/vnd.oasis.opendocument.spreadsheet")));
  }

  @Test
  void refusesPlainZipsMacrosAndDamagedContainers() throws IOException {
    byte[] plain = zip(Map.of("readme.txt", "hallo".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "document.file.unknownType",
        assertThrows(UploadRefusedException.class, () -> ContentInspector.inspect("a.docx", plain))
            .messageKey());
    byte[] docm = ooxml("ms-word.document.macroEnabled.main+xml", "word/vbaProject.bin");
    assertEquals(
        "document.file.macros",
        assertThrows(UploadRefusedException.class, () -> ContentInspector.inspect("a.docx", docm))
            .messageKey());
    byte[] truncated = java.util.Arrays.copyOf(plain, 12);
    assertEquals(
        "document.file.damaged",
        assertThrows(
                UploadRefusedException.class, () -> ContentInspector.inspect("a.docx", truncated))
            .messageKey());
  }

  @Test
  void refusesAZipBombDocx() throws IOException {
    byte[] bomb = zipBomb();
    assertEquals(true, bomb.length < 1024 * 1024, "small on disk: " + bomb.length);
    UploadRefusedException e =
        assertThrows(
            UploadRefusedException.class, () -> ContentInspector.inspect("Bombe.docx", bomb));
    assertEquals("document.file.zipBomb", e.messageKey());
  }

  @Test
  void readAtMostStopsOneByteAfterTheLimit() throws IOException {
    byte[] big = new byte[5000];
    assertEquals(1001, ContentInspector.readAtMost(new ByteArrayInputStream(big), 1000).length);
    assertEquals(5000, ContentInspector.readAtMost(new ByteArrayInputStream(big), 5000).length);
  }

  // ------------------------------------------------------------------ files

  /** A docx whose document.xml inflates to 200 MB of zeros (compressed: about 200 KB). */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          contentTypes("wordprocessingml.document.main+xml").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
    }
    return out.toByteArray();
  }

  static byte[] ooxml(String mainType, String mainPart) throws IOException {
    return zip(
        Map.of(
            "[Content_Types].xml",
            contentTypes(mainType).getBytes(StandardCharsets.UTF_8),
            mainPart,
            "<x/>".getBytes(StandardCharsets.UTF_8)));
  }

  static String contentTypes(String mainType) {
    return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + mainType
        + "\"/></Types>";
  }

  static byte[] odf(String mime) throws IOException {
    return zip(
        Map.of(
            "mimetype", mime.getBytes(StandardCharsets.US_ASCII),
            "content.xml", "<x/>".getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
    }
    return out.toByteArray();
  }
}
