package de.heldenhelfer.reports;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Attendance list for a general meeting (Anwesenheitsliste), A4 portrait: title, meeting, date and
 * place, then a table "Nr. / Name / Mitgliedsnummer / Unterschrift" whose signature column is wide
 * and whose rows are {@value #ROW_HEIGHT_MM} mm high, so that people can sign by hand. The header
 * row repeats on every page, every page has a line "Anwesend auf dieser Seite: ____" and "Seite x
 * von y", and the list ends with a line for the total number of members present and for the
 * signature of the chair. A few empty numbered rows are added for late-comers (default {@value
 * #DEFAULT_BLANK_ROWS}).
 */
public final class AttendanceList {
  static final float ROW_HEIGHT_MM = 11f;
  static final int DEFAULT_BLANK_ROWS = 5;

  /**
   * The meeting.
   *
   * @param clubName name of the club
   * @param title e.g. "Ordentliche Mitgliederversammlung 2025"
   * @param date day of the meeting
   * @param place place of the meeting, may be {@code null}
   */
  public record Meeting(String clubName, String title, LocalDate date, String place) {
    /** Validates the meeting. */
    public Meeting {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * One line of the list.
   *
   * @param name name as printed, e.g. "Müller, Jürgen"
   * @param memberNumber member number, may be {@code null}
   */
  public record Attendee(String name, String memberNumber) {}

  private final Meeting meeting;
  private final int blankRows;
  private final Locale locale;

  private AttendanceList(Meeting meeting, int blankRows, Locale locale) {
    this.meeting = Objects.requireNonNull(meeting, "meeting");
    this.blankRows = blankRows;
    this.locale = Texts.orDefault(locale);
  }

  /** An attendance list for {@code meeting}. */
  public static AttendanceList of(Meeting meeting) {
    return new AttendanceList(meeting, DEFAULT_BLANK_ROWS, Locale.GERMANY);
  }

  /** The same list with {@code count} empty rows at the end (0 to 100). */
  public AttendanceList withBlankRows(int count) {
    if (count < 0 || count > 100) {
      throw new IllegalArgumentException("blank rows must be 0..100");
    }
    return new AttendanceList(meeting, count, locale);
  }

  /** The same list with its fixed texts in {@code locale}. */
  public AttendanceList withLocale(Locale newLocale) {
    return new AttendanceList(meeting, blankRows, newLocale);
  }

  /** Writes the list; closes the stream of attendees. */
  public void write(Stream<? extends Attendee> attendees, OutputStream out) throws IOException {
    try (attendees) {
      write(attendees.iterator(), out);
    }
  }

  /** Writes the list in the order of {@code attendees}; flushes, does not close {@code out}. */
  public void write(Iterator<? extends Attendee> attendees, OutputStream out) throws IOException {
    Objects.requireNonNull(attendees, "attendees");
    String title = Texts.format(locale, "attendance.title");
    PdfDocument pdf = PdfSupport.open(out, title + " – " + meeting.title(), locale);
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    float side = 15 * PdfSupport.MM;
    PdfSupport.PageFooter footer =
        new PdfSupport.PageFooter(
            pdf, fonts.regular(), locale, Texts.format(locale, "attendance.pageCount"), side);
    try (Document document = new Document(pdf, PageSize.A4, true)) {
      document.setMargins(12 * PdfSupport.MM, side, 16 * PdfSupport.MM, side);
      document.setFont(fonts.regular()).setFontSize(PdfSupport.BODY_SIZE);

      document.add(PdfSupport.heading(title, fonts.bold(), 16f, 1));
      document.add(
          new Paragraph(meeting.title()).setFont(fonts.bold()).setFontSize(12f).setMarginTop(0));
      String date = CellValues.DATE.format(meeting.date());
      String when =
          meeting.place() == null || meeting.place().isBlank()
              ? Texts.format(locale, "attendance.date", date)
              : Texts.format(locale, "attendance.dateAndPlace", date, meeting.place().strip());
      document.add(new Paragraph(when).setMarginTop(0).setMarginBottom(0));
      if (meeting.clubName() != null && !meeting.clubName().isBlank()) {
        document.add(new Paragraph(meeting.clubName().strip()).setMarginTop(0));
      }

      Table table =
          new Table(UnitValue.createPercentArray(new float[] {6, 32, 22, 40}), true)
              .useAllAvailableWidth();
      for (String key : new String[] {"number", "name", "memberNumber", "signature"}) {
        table.addHeaderCell(
            PdfSupport.headerCell(
                    Texts.format(locale, "attendance.column." + key), fonts.bold(), true)
                .setBackgroundColor(new DeviceGray(0.88f)));
      }
      document.add(table);
      int number = 0;
      while (attendees.hasNext()) {
        Attendee attendee = attendees.next();
        number++;
        addRow(table, number, attendee == null ? new Attendee("", "") : attendee);
        if (number % 50 == 0) {
          table.flush();
        }
      }
      for (int i = 0; i < blankRows; i++) {
        addRow(table, ++number, new Attendee("", ""));
      }
      table.complete();

      document.add(new Paragraph(Texts.format(locale, "attendance.total")).setMarginTop(14f));
      document.add(new Paragraph(Texts.format(locale, "attendance.checkedBy")).setMarginTop(14f));
      footer.writeTotal();
    }
    out.flush();
  }

  private static void addRow(Table table, int number, Attendee attendee) {
    float height = ROW_HEIGHT_MM * PdfSupport.MM;
    table.addCell(cell(String.valueOf(number), height).setTextAlignment(TextAlignment.RIGHT));
    table.addCell(cell(attendee.name(), height));
    table.addCell(cell(attendee.memberNumber(), height));
    table.addCell(cell("", height));
  }

  private static Cell cell(String text, float height) {
    Cell cell =
        new Cell()
            .setMinHeight(height)
            .setVerticalAlignment(VerticalAlignment.MIDDLE)
            .setKeepTogether(true);
    if (text != null && !text.isEmpty()) {
      cell.add(new Paragraph(text));
    }
    return cell;
  }
}
