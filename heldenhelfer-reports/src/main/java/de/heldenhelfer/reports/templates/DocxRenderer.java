package de.heldenhelfer.reports.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a filled template as an editable docx: Word's built-in heading styles ("heading 1" to
 * "heading 3"), real numbered and bulleted lists, tables with a repeated header row, bold runs and
 * line breaks.
 */
final class DocxRenderer {
  private static final int[] HEADING_HALF_POINTS = {32, 26, 22};
  private static final int SMALL_HALF_POINTS = 16;

  private final XWPFDocument doc;
  private final XWPFNumbering numbering;
  private BigInteger bulletNumId;
  private int nextAbstractId = 1;

  private DocxRenderer(XWPFDocument doc) {
    this.doc = doc;
    this.numbering = doc.createNumbering();
  }

  static byte[] render(String title, List<Filled> blocks) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator("Heldenhelfer");
      styles(doc);
      DocxRenderer renderer = new DocxRenderer(doc);
      for (Filled block : blocks) {
        renderer.add(block);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii("Arial");
    fonts.setHAnsi("Arial");
    fonts.setCs("Arial");
    styles.setDefaultFonts(fonts);
    styles.setSpellingLanguage("de-DE");
    CTStyle normal = CTStyle.Factory.newInstance();
    normal.setStyleId("Normal");
    normal.addNewName().setVal("Normal");
    normal.setType(STStyleType.PARAGRAPH);
    normal.setDefault(true);
    normal.addNewQFormat();
    CTPPrGeneral normalP = normal.addNewPPr();
    normalP.addNewSpacing().setAfter(BigInteger.valueOf(120));
    normal.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
    styles.addStyle(new XWPFStyle(normal, styles));
    for (int level = 1; level <= 3; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId("Heading" + level);
      style.addNewName().setVal("heading " + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewBasedOn().setVal("Normal");
      style.addNewNext().setVal("Normal");
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
      style.addNewQFormat();
      CTPPrGeneral p = style.addNewPPr();
      p.addNewKeepNext();
      p.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 200));
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      CTRPr r = style.addNewRPr();
      r.addNewB();
      r.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
      styles.addStyle(new XWPFStyle(style, styles));
    }
  }

  private void add(Filled block) {
    if (block instanceof Filled.Heading h) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("Heading" + h.level());
      runs(p, h.runs(), 0);
    } else if (block instanceof Filled.Paragraph p) {
      XWPFParagraph paragraph = doc.createParagraph();
      if (p.style() == Block.Style.RIGHT) {
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
      }
      runs(paragraph, p.runs(), p.style() == Block.Style.SMALL ? SMALL_HALF_POINTS : 0);
    } else if (block instanceof Filled.ListBlock l) {
      BigInteger numId = l.ordered() ? newNumbering(true) : bullets();
      for (List<Filled.Run> item : l.items()) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.ZERO);
        p.setSpacingAfter(40);
        runs(p, item, 0);
      }
    } else if (block instanceof Filled.Table t) {
      int columns = t.rows().get(0).size();
      XWPFTable table = doc.createTable(t.rows().size(), columns);
      table.setWidth("100%");
      for (int r = 0; r < t.rows().size(); r++) {
        XWPFTableRow row = table.getRow(r);
        if (r == 0) {
          row.setRepeatHeader(true);
        }
        for (int c = 0; c < columns; c++) {
          XWPFTableCell cell = row.getCell(c);
          XWPFParagraph p = cell.getParagraphs().get(0);
          p.setSpacingAfter(0);
          List<Filled.Run> runs = t.rows().get(r).get(c);
          if (r == 0) {
            runs = runs.stream().map(x -> new Filled.Run(x.text(), true)).toList();
          }
          runs(p, runs, 0);
        }
      }
      doc.createParagraph();
    } else if (block instanceof Filled.Checkboxes c) {
      for (List<Filled.Run> item : c.items()) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(60);
        p.createRun().setText(Filled.BOX + "\u00a0");
        runs(p, item, 0);
      }
    } else if (block instanceof Filled.Signature s) {
      XWPFTable table = doc.createTable(1, s.captions().size());
      table.setWidth("100%");
      table.removeBorders();
      for (int i = 0; i < s.captions().size(); i++) {
        XWPFTableCell cell = table.getRow(0).getCell(i);
        XWPFParagraph space = cell.getParagraphs().get(0);
        space.setSpacingBefore(720);
        space.setSpacingAfter(0);
        XWPFParagraph caption = cell.addParagraph();
        caption.setBorderTop(Borders.SINGLE);
        caption.setIndentationRight(400);
        runs(caption, s.captions().get(i), SMALL_HALF_POINTS + 2);
      }
      doc.createParagraph();
    } else if (block instanceof Filled.PageBreak p) {
      doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
  }

  /** Adds the runs; {@code \n} inside a run becomes a line break. */
  private static void runs(XWPFParagraph p, List<Filled.Run> runs, int halfPoints) {
    for (Filled.Run run : runs) {
      XWPFRun r = p.createRun();
      r.setBold(run.bold());
      if (halfPoints > 0) {
        r.setFontSize(halfPoints / 2.0);
      }
      String[] lines = run.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          r.addBreak();
        }
        if (!lines[i].isEmpty()) {
          r.setText(lines[i], r.getCTR().sizeOfTArray());
        }
      }
    }
  }

  private BigInteger bullets() {
    if (bulletNumId == null) {
      bulletNumId = newNumbering(false);
    }
    return bulletNumId;
  }

  /** A new abstract numbering (so that every numbered list starts at 1) and its num id. */
  private BigInteger newNumbering(boolean ordered) {
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.valueOf(nextAbstractId++));
    CTLvl lvl = abstractNum.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal(ordered ? "%1." : "\u2022");
    lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
    lvl.getPPr().getInd().setHanging(BigInteger.valueOf(360));
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    return numbering.addNum(abstractId);
  }
}
