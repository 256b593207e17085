package de.heldenhelfer.reports.templates;

import java.util.List;

/** A parsed block of a template body; texts still hold their {@code {{placeholders}}}. */
sealed interface Block {
  /** First source line of the block. */
  int line();

  /** One source line of text. */
  record Line(int line, String text) {}

  /** Layout of a paragraph. */
  enum Style {
    NORMAL,
    RIGHT,
    SMALL
  }

  /** {@code #}, {@code ##} or {@code ###}. */
  record Heading(int line, int level, Line text) implements Block {}

  /** Consecutive lines; the line breaks are kept. */
  record Paragraph(int line, Style style, List<Line> lines) implements Block {}

  /** {@code - item} or {@code 1. item} lines. */
  record ListBlock(int line, boolean ordered, List<Line> items) implements Block {}

  /** Lines starting with {@code |}; the first row is the header row. */
  record Table(int line, List<List<Line>> rows) implements Block {}

  /** {@code [ ] text} lines. */
  record Checkboxes(int line, List<Line> items) implements Block {}

  /** {@code [signature: A | B]}. */
  record Signature(int line, List<Line> captions) implements Block {}

  /** {@code [pagebreak]}. */
  record PageBreak(int line) implements Block {}

  /** {@code [if name]} … {@code [else]} … {@code [end]}. */
  record If(int line, String name, List<Block> then, List<Block> otherwise) implements Block {}
}
