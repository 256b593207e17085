package de.heldenhelfer.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void keepsOnlyTheLastPathSegment() {
    assertEquals("passwd.pdf", FileNames.sanitize("../../etc/passwd.pdf"));
    assertEquals("Satzung.pdf", FileNames.sanitize("C:\\Users\\x\\Satzung.pdf"));
    assertEquals("Satzung.pdf", FileNames.sanitize("C:Satzung.pdf"));
    assertEquals("a.pdf", FileNames.sanitize("\\\\server\\share\\a.pdf"));
    assertEquals("x.pdf", FileNames.sanitize("/var/../x.pdf"));
  }

  @Test
  void removesControlAndInvisibleCharactersAndForbiddenOnes() {
    assertEquals("Protokoll.pdf", FileNames.sanitize("Proto\u0000koll\r\n.pdf"));
    // right-to-left override that would show "Rechnungfdp.exe" as "Rechnungexe.pdf"
    assertEquals("Rechnungfdp.exe", FileNames.sanitize("Rechnung\u202Efdp.exe"));
    assertEquals("a_b_c_.txt", FileNames.sanitize("a<b>c?.txt"));
    assertEquals("TabName.txt", FileNames.sanitize("Tab\tName.txt"));
    assertEquals("Jahres bericht.txt", FileNames.sanitize("Jahres\u00A0 bericht.txt"));
  }

  @Test
  void stripsLeadingDotsAndTrailingDotsAndBlanks() {
    assertEquals("htaccess", FileNames.sanitize(".htaccess"));
    assertEquals("bashrc.txt", FileNames.sanitize("...bashrc.txt"));
    assertEquals("Satzung.pdf", FileNames.sanitize("  Satzung.pdf. . "));
    assertEquals(FileNames.FALLBACK, FileNames.sanitize("../.."));
    assertEquals(FileNames.FALLBACK, FileNames.sanitize(""));
    assertEquals(FileNames.FALLBACK, FileNames.sanitize(null));
  }

  @Test
  void prefixesReservedWindowsNames() {
    assertEquals("_CON.pdf", FileNames.sanitize("CON.pdf"));
    assertEquals("_nul.txt", FileNames.sanitize("nul.txt"));
    assertEquals("_com1.tar.csv", FileNames.sanitize("com1.tar.csv"));
    assertEquals("Console.pdf", FileNames.sanitize("Console.pdf"));
  }

  @Test
  void keepsUmlautsInComposedForm() {
    assertEquals(
        "Übungsleiter-Pauschale Straße.pdf",
        FileNames.sanitize("Übungsleiter-Pauschale Straße.pdf"));
    String decomposed = "U\u0308bung.pdf"; // U + combining diaeresis, as macOS sends it
    assertEquals("Übung.pdf", FileNames.sanitize(decomposed));
  }

  @Test
  void limitsTheLengthAndKeepsTheExtension() {
    String name = FileNames.sanitize("ä".repeat(300) + ".pdf");
    assertEquals(FileNames.MAX_LENGTH, name.length());
    assertTrue(name.endsWith(".pdf"));
    assertFalse(name.contains("/"));
  }
}
