package de.heldenhelfer.reports;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Report of the personal data stored about one person (right of access, Art. 15 GDPR): title, a
 * subject line, the date it was generated and sections given by the caller. Each section has a
 * heading (tagged H2) and blocks: key/value pairs, small tables or plain text. Values are rendered
 * like in the exports (dates {@code dd.MM.yyyy}, "ja"/"nein").
 */
public final class PersonalDataReport {

  /** A block of content within a section. */
  public sealed interface Block permits KeyValues, SmallTable, Text {}

  /**
   * One labelled value.
   *
   * @param key label, e.g. "Geburtsdatum"
   * @param value value (String, Number, LocalDate, Boolean or {@code null})
   */
  public record KeyValue(String key, Object value) {
    /** Validates the key. */
    public KeyValue {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * Labelled values, printed as a two-column table with the labels as row headers.
   *
   * @param entries the values in display order
   */
  public record KeyValues(List<KeyValue> entries) implements Block {
    /** Copies the entries. */
    public KeyValues {
      entries = List.copyOf(entries);
    }

    /** Key/value pairs from alternating arguments: key1, value1, key2, value2, … */
    public static KeyValues of(Object... keysAndValues) {
      if (keysAndValues.length % 2 != 0) {
        throw new IllegalArgumentException("keys and values must come in pairs");
      }
      List<KeyValue> list = new ArrayList<>();
      for (int i = 0; i < keysAndValues.length; i += 2) {
        list.add(new KeyValue(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]));
      }
      return new KeyValues(list);
    }
  }

  /**
   * A small table, e.g. the functions held or the consents given. An empty table is printed as
   * "Keine Einträge."
   *
   * @param headers column headers
   * @param rows rows of values; each row may be shorter than the headers
   */
  public record SmallTable(List<String> headers, List<List<?>> rows) implements Block {
    /** Copies headers and rows (rows may contain {@code null} values). */
    public SmallTable {
      headers = List.copyOf(headers);
      if (headers.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      rows =
          rows.stream()
              .<List<?>>map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r)))
              .toList();
    }
  }

  /**
   * A paragraph of text, e.g. an explanation of purposes and recipients.
   *
   * @param text the text
   */
  public record Text(String text) implements Block {
    /** Validates the text. */
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A section of the report.
   *
   * @param heading heading, e.g. "Stammdaten"
   * @param blocks content in display order
   */
  public record Section(String heading, List<Block> blocks) {
    /** Copies the blocks. */
    public Section {
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
    }

    /** A section from its heading and blocks. */
    public static Section of(String heading, Block... blocks) {
      return new Section(heading, Arrays.asList(blocks));
    }
  }

  private final String title;
  private final String subject;
  private final LocalDate generatedOn;
  private final Locale locale;

  private PersonalDataReport(String title, String subject, LocalDate generatedOn, Locale locale) {
    this.title = Objects.requireNonNull(title, "title");
    this.subject = subject;
    this.generatedOn = Objects.requireNonNull(generatedOn, "generatedOn");
    this.locale = Texts.orDefault(locale);
  }

  /**
   * A report.
   *
   * @param title e.g. "Auskunft über gespeicherte Daten (Art. 15 DSGVO)"
   * @param subject line under the title, e.g. "Jürgen Müller – TSV Heldenstadt e. V.", may be null
   * @param generatedOn date printed as "Erstellt am …"
   */
  public static PersonalDataReport of(String title, String subject, LocalDate generatedOn) {
    return new PersonalDataReport(title, subject, generatedOn, Locale.GERMANY);
  }

  /** The same report with its fixed texts in {@code locale}. */
  public PersonalDataReport withLocale(Locale newLocale) {
    return new PersonalDataReport(title, subject, generatedOn, newLocale);
  }

  /** Writes the report; flushes, does not close {@code out}. */
  public void write(List<Section> sections, OutputStream out) throws IOException {
    Objects.requireNonNull(sections, "sections");
    PdfDocument pdf = PdfSupport.open(out, title, locale);
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    float side = 18 * PdfSupport.MM;
    String generated =
        Texts.format(locale, "personal.generatedOn", CellValues.DATE.format(generatedOn));
    PdfSupport.PageFooter footer =
        new PdfSupport.PageFooter(pdf, fonts.regular(), locale, generated, side);
    try (Document document = new Document(pdf, PageSize.A4, true)) {
      document.setMargins(15 * PdfSupport.MM, side, 18 * PdfSupport.MM, side);
      document.setFont(fonts.regular()).setFontSize(PdfSupport.BODY_SIZE);
      document.add(PdfSupport.heading(title, fonts.bold(), 16f, 1));
      if (subject != null && !subject.isBlank()) {
        document.add(new Paragraph(subject.strip()).setFontSize(11f).setMarginTop(0));
      }
      document.add(new Paragraph(generated).setFontSize(9f).setMarginTop(0));

      for (Section section : sections) {
        document.add(PdfSupport.heading(section.heading(), fonts.bold(), 13f, 2).setMarginTop(12f));
        for (Block block : section.blocks()) {
          if (block instanceof KeyValues kv) {
            document.add(keyValues(kv, fonts));
          } else if (block instanceof SmallTable t) {
            if (t.rows().isEmpty()) {
              document.add(new Paragraph(Texts.format(locale, "personal.noEntries")));
            } else {
              document.add(table(t, fonts));
            }
          } else if (block instanceof Text text) {
            document.add(new Paragraph(text.text()));
          }
        }
      }
      footer.writeTotal();
    }
    out.flush();
  }

  private Table keyValues(KeyValues block, PdfSupport.Fonts fonts) {
    Table table =
        new Table(UnitValue.createPercentArray(new float[] {35, 65})).useAllAvailableWidth();
    table.setMarginBottom(6f);
    for (KeyValue entry : block.entries()) {
      table.addCell(
          PdfSupport.headerCell(entry.key(), fonts.bold(), false)
              .setBackgroundColor(new DeviceGray(0.94f)));
      table.addCell(new Cell().add(new Paragraph(CellValues.text(entry.value(), locale))));
    }
    return table;
  }

  private Table table(SmallTable block, PdfSupport.Fonts fonts) {
    Table table =
        new Table(UnitValue.createPercentArray(block.headers().size())).useAllAvailableWidth();
    table.setMarginBottom(6f).setFontSize(9f);
    for (String header : block.headers()) {
      table.addHeaderCell(
          PdfSupport.headerCell(header, fonts.bold(), true)
              .setBackgroundColor(new DeviceGray(0.88f)));
    }
    for (List<?> row : block.rows()) {
      for (int c = 0; c < block.headers().size(); c++) {
        Object value = c < row.size() ? row.get(c) : null;
        table.addCell(new Cell().add(new Paragraph(CellValues.text(value, locale))));
      }
    }
    return table;
  }
}
