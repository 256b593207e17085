package de.heldenhelfer.reports.templates;

import java.util.List;

/** A template body with its values filled in, ready for a renderer (PDF or docx). */
sealed interface Filled {
  /** A piece of text; {@code \n} inside is a line break. */
  record Run(String text, boolean bold) {}

  record Heading(int level, List<Run> runs) implements Filled {}

  record Paragraph(Block.Style style, List<Run> runs) implements Filled {}

  record ListBlock(boolean ordered, List<List<Run>> items) implements Filled {}

  /** The first row is the header row; all rows have the same number of cells. */
  record Table(List<List<List<Run>>> rows) implements Filled {}

  record Checkboxes(List<List<Run>> items) implements Filled {}

  record Signature(List<List<Run>> captions) implements Filled {}

  record PageBreak() implements Filled {}

  /** The checkbox glyph (U+2610 BALLOT BOX), part of DejaVu Sans. */
  String BOX = "\u2610";
}
