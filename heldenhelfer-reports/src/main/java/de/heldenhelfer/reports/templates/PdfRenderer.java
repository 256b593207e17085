package de.heldenhelfer.reports.templates;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import de.heldenhelfer.reports.PdfSupport;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/** Renders a filled template as a tagged A4 PDF. */
final class PdfRenderer {
  private static final float SMALL_SIZE = 8f;
  private static final float[] HEADING_SIZES = {16f, 13f, 11f};

  private final PdfSupport.Fonts fonts;

  private PdfRenderer(PdfSupport.Fonts fonts) {
    this.fonts = fonts;
  }

  static byte[] render(String title, List<Filled> blocks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // templates are German documents: language tag, footer and values are German
    PdfDocument pdf = PdfSupport.open(out, title, Locale.GERMANY);
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    float side = 20 * PdfSupport.MM;
    PdfSupport.PageFooter footer =
        new PdfSupport.PageFooter(pdf, fonts.regular(), Locale.GERMANY, title, side);
    try (Document document = new Document(pdf, PageSize.A4, true)) {
      document.setMargins(20 * PdfSupport.MM, side, 22 * PdfSupport.MM, 25 * PdfSupport.MM);
      document.setFont(fonts.regular()).setFontSize(PdfSupport.BODY_SIZE + 0.5f);
      PdfRenderer renderer = new PdfRenderer(fonts);
      for (Filled block : blocks) {
        renderer.add(document, block);
      }
      footer.writeTotal();
    }
    return out.toByteArray();
  }

  private void add(Document document, Filled block) {
    if (block instanceof Filled.Heading h) {
      Paragraph p =
          paragraph(h.runs())
              .setFont(fonts.bold())
              .setFontSize(HEADING_SIZES[h.level() - 1])
              .setMarginTop(h.level() == 1 ? 0 : 8f)
              .setMarginBottom(3f);
      p.setKeepWithNext(true);
      p.getAccessibilityProperties().setRole("H" + h.level());
      document.add(p);
    } else if (block instanceof Filled.Paragraph p) {
      Paragraph paragraph = paragraph(p.runs()).setMarginTop(0).setMarginBottom(6f);
      if (p.style() == Block.Style.RIGHT) {
        paragraph.setTextAlignment(TextAlignment.RIGHT);
      } else if (p.style() == Block.Style.SMALL) {
        paragraph.setFontSize(SMALL_SIZE).setFontColor(new DeviceGray(0.2f));
      }
      document.add(paragraph);
    } else if (block instanceof Filled.ListBlock l) {
      com.itextpdf.layout.element.List list;
      if (l.ordered()) {
        list = new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL);
        list.setPostSymbolText(".");
      } else {
        list = new com.itextpdf.layout.element.List();
        list.setListSymbol("\u2022");
      }
      list.setSymbolIndent(6f);
      list.setMarginBottom(6f);
      for (List<Filled.Run> item : l.items()) {
        ListItem li = new ListItem();
        li.add(paragraph(item).setMargin(0));
        list.add(li);
      }
      document.add(list);
    } else if (block instanceof Filled.Table t) {
      int columns = t.rows().get(0).size();
      Table table = new Table(columns).useAllAvailableWidth().setAutoLayout();
      table.setMarginBottom(6f);
      boolean header = true;
      for (List<List<Filled.Run>> row : t.rows()) {
        for (List<Filled.Run> cell : row) {
          if (header) {
            Cell th = PdfSupport.headerCell("", fonts.bold(), true);
            th.getChildren().clear();
            th.add(paragraph(cell).setFont(fonts.bold()).setMargin(0));
            table.addHeaderCell(th.setBackgroundColor(new DeviceGray(0.9f)));
          } else {
            table.addCell(new Cell().add(paragraph(cell).setMargin(0)));
          }
        }
        header = false;
      }
      document.add(table);
    } else if (block instanceof Filled.Checkboxes c) {
      for (List<Filled.Run> item : c.items()) {
        Paragraph p = new Paragraph().setMarginTop(0).setMarginBottom(3f);
        p.add(new Text(Filled.BOX + "\u00a0").setFont(fonts.regular()).setFontSize(13f));
        for (Filled.Run run : item) {
          p.add(text(run));
        }
        document.add(p);
      }
    } else if (block instanceof Filled.Signature s) {
      document.add(signatures(s.captions()));
    } else if (block instanceof Filled.PageBreak p) {
      document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }
  }

  /** Signature lines side by side: space to sign, a rule, the caption in small print. */
  private Div signatures(List<List<Filled.Run>> captions) {
    Table table = new Table(UnitValue.createPercentArray(captions.size())).useAllAvailableWidth();
    // a layout table: tagged as a division, not as a data table
    table.getAccessibilityProperties().setRole(StandardRoles.DIV);
    for (List<Filled.Run> caption : captions) {
      Paragraph line =
          paragraph(caption)
              .setFontSize(SMALL_SIZE + 1)
              .setMargin(0)
              .setPaddingTop(2f)
              .setBorderTop(new SolidBorder(0.7f));
      Cell cell =
          new Cell()
              .setBorder(Border.NO_BORDER)
              .setPaddingTop(16 * PdfSupport.MM)
              .setPaddingRight(10 * PdfSupport.MM)
              .add(line);
      cell.getAccessibilityProperties().setRole(StandardRoles.DIV);
      table.addCell(cell);
    }
    Div div = new Div().setKeepTogether(true).setMarginBottom(8f);
    div.add(table);
    return div;
  }

  private Paragraph paragraph(List<Filled.Run> runs) {
    Paragraph p = new Paragraph();
    for (Filled.Run run : runs) {
      p.add(text(run));
    }
    return p;
  }

  private Text text(Filled.Run run) {
    Text text = new Text(run.text());
    if (run.bold()) {
      text.setFont(fonts.bold());
    }
    return text;
  }
}
