package de.heldenhelfer.reports;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Certificate of voluntary work (Ehrenamtsnachweis), A4 portrait: title, the volunteer's name and
 * the period, an introductory sentence, a table "Datum / Verein / Tätigkeit / Stunden / bestätigt
 * von / am" ordered by date, the hours per club and in total, optionally a section "Bayerische
 * Ehrenamtskarte" with the lines of the pre-check, and a closing note that every line was confirmed
 * by its club in Heldenhelfer (no signature image). Tagged PDF with language, title, embedded fonts
 * and "Seite x von y" in the footer. Numbers use a decimal comma (a point in English).
 */
public final class EngagementCertificate {

  /**
   * One confirmed engagement.
   *
   * @param date day of the engagement
   * @param club name of the club
   * @param activity what was done, may be {@code null}
   * @param hours hours spent
   * @param confirmedBy name of the board member who confirmed the line, may be {@code null}
   * @param confirmedOn day of the confirmation, may be {@code null}
   */
  public record Line(
      LocalDate date,
      String club,
      String activity,
      double hours,
      String confirmedBy,
      LocalDate confirmedOn) {
    /** Validates date and club. */
    public Line {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(club, "club");
    }
  }

  private EngagementCertificate() {}

  /**
   * Writes the certificate; flushes, does not close {@code out}.
   *
   * @param out target stream
   * @param volunteerName name of the volunteer as printed
   * @param from first day of the period
   * @param to last day of the period
   * @param lines confirmed engagement (any order; printed by date and club)
   * @param ehrenamtskarteLines lines of the Ehrenamtskarte pre-check, may be empty or {@code null}
   * @param issuedOn day the certificate is issued
   * @param locale language of the fixed texts (German unless English is asked for)
   */
  public static void write(
      OutputStream out,
      String volunteerName,
      LocalDate from,
      LocalDate to,
      java.util.List<Line> lines,
      java.util.List<String> ehrenamtskarteLines,
      LocalDate issuedOn,
      Locale locale)
      throws IOException {
    Objects.requireNonNull(volunteerName, "volunteerName");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Locale loc = Texts.orDefault(locale);
    boolean english = "en".equals(loc.getLanguage());
    char decimal = english ? '.' : ',';
    String name = volunteerName.strip();
    String fromText = CellValues.DATE.format(from);
    String toText = CellValues.DATE.format(to);
    String issuedText = CellValues.DATE.format(issuedOn);

    java.util.List<Line> sorted = new ArrayList<>(lines == null ? java.util.List.of() : lines);
    Collator collator = Collator.getInstance(loc);
    sorted.sort(Comparator.comparing(Line::date).thenComparing(Line::club, collator::compare));

    String title = Texts.format(loc, "certificate.title");
    PdfDocument pdf = PdfSupport.open(out, title + " – " + name, loc);
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    float side = 20 * PdfSupport.MM;
    PdfSupport.PageFooter footer =
        new PdfSupport.PageFooter(
            pdf,
            fonts.regular(),
            loc,
            Texts.format(loc, "certificate.footer", name, issuedText),
            side);
    try (Document document = new Document(pdf, PageSize.A4, true)) {
      document.setMargins(18 * PdfSupport.MM, side, 18 * PdfSupport.MM, side);
      document.setFont(fonts.regular()).setFontSize(PdfSupport.BODY_SIZE);

      document.add(PdfSupport.heading(title, fonts.bold(), 18f, 1));
      document.add(new Paragraph(name).setFont(fonts.bold()).setFontSize(13f).setMarginTop(0));
      document.add(
          new Paragraph(Texts.format(loc, "certificate.period", fromText, toText)).setMarginTop(0));

      if (sorted.isEmpty()) {
        document.add(
            new Paragraph(Texts.format(loc, "certificate.none", name, fromText, toText))
                .setMarginTop(10f));
      } else {
        document.add(
            new Paragraph(Texts.format(loc, "certificate.intro", name, fromText, toText))
                .setMarginTop(10f));
        document.add(linesTable(sorted, fonts, loc, decimal));

        Map<String, BigDecimal> perClub = new TreeMap<>(collator::compare);
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : sorted) {
          BigDecimal h = hours(line.hours());
          perClub.merge(line.club().strip(), h, BigDecimal::add);
          total = total.add(h);
        }
        document.add(
            PdfSupport.heading(Texts.format(loc, "certificate.perClub"), fonts.bold(), 12f, 2)
                .setMarginTop(12f));
        Table sums =
            new Table(UnitValue.createPercentArray(new float[] {70, 30})).useAllAvailableWidth();
        sums.addHeaderCell(
            PdfSupport.headerCell(Texts.format(loc, "certificate.column.club"), fonts.bold(), true)
                .setBackgroundColor(new DeviceGray(0.88f)));
        sums.addHeaderCell(
            PdfSupport.headerCell(Texts.format(loc, "certificate.column.hours"), fonts.bold(), true)
                .setBackgroundColor(new DeviceGray(0.88f))
                .setTextAlignment(TextAlignment.RIGHT));
        for (Map.Entry<String, BigDecimal> e : perClub.entrySet()) {
          sums.addCell(cell(e.getKey()));
          sums.addCell(cell(number(e.getValue(), decimal)).setTextAlignment(TextAlignment.RIGHT));
        }
        sums.addCell(
            PdfSupport.headerCell(Texts.format(loc, "certificate.total"), fonts.bold(), false));
        sums.addCell(
            new Cell()
                .add(new Paragraph(number(total, decimal)).setFont(fonts.bold()))
                .setTextAlignment(TextAlignment.RIGHT));
        document.add(sums);
        document.add(
            new Paragraph(Texts.format(loc, "certificate.total") + ": " + number(total, decimal))
                .setFont(fonts.bold())
                .setMarginTop(6f));
      }

      if (ehrenamtskarteLines != null && !ehrenamtskarteLines.isEmpty()) {
        document.add(
            PdfSupport.heading(
                    Texts.format(loc, "certificate.ehrenamtskarte"), fonts.bold(), 12f, 2)
                .setMarginTop(12f));
        List list = new List().setSymbolIndent(8f).setListSymbol("•");
        for (String text : ehrenamtskarteLines) {
          if (text != null && !text.isBlank()) {
            list.add(new ListItem(text.strip()));
          }
        }
        document.add(list);
      }

      Paragraph closing =
          new Paragraph(Texts.format(loc, "certificate.closing", issuedText))
              .setFontSize(9f)
              .setMarginTop(16f);
      closing.getAccessibilityProperties().setRole(StandardRoles.P);
      document.add(closing);
      footer.writeTotal();
    }
    out.flush();
  }

  private static Table linesTable(
      java.util.List<Line> lines, PdfSupport.Fonts fonts, Locale loc, char decimal) {
    Table table =
        new Table(UnitValue.createPercentArray(new float[] {14, 24, 28, 10, 24}))
            .useAllAvailableWidth();
    for (String key : new String[] {"date", "club", "activity", "hours", "confirmed"}) {
      Cell header =
          PdfSupport.headerCell(Texts.format(loc, "certificate.column." + key), fonts.bold(), true)
              .setBackgroundColor(new DeviceGray(0.88f));
      if (key.equals("hours")) {
        header.setTextAlignment(TextAlignment.RIGHT);
      }
      table.addHeaderCell(header);
    }
    for (Line line : lines) {
      table.addCell(cell(CellValues.DATE.format(line.date())));
      table.addCell(cell(line.club().strip()));
      table.addCell(cell(line.activity()));
      table.addCell(
          cell(number(hours(line.hours()), decimal)).setTextAlignment(TextAlignment.RIGHT));
      String by = line.confirmedBy() == null ? "" : line.confirmedBy().strip();
      String on = line.confirmedOn() == null ? "" : CellValues.DATE.format(line.confirmedOn());
      table.addCell(cell(by.isEmpty() || on.isEmpty() ? by + on : by + ", " + on));
    }
    return table;
  }

  /** Hours as an exact decimal with at most two places (quarter hours print as 0,25). */
  private static BigDecimal hours(double hours) {
    if (!Double.isFinite(hours)) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static String number(BigDecimal value, char decimal) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return CellValues.number(v, decimal);
  }

  private static Cell cell(String text) {
    Cell cell = new Cell().setKeepTogether(true);
    if (text != null && !text.isBlank()) {
      cell.add(new Paragraph(text.strip()));
    }
    return cell;
  }
}
