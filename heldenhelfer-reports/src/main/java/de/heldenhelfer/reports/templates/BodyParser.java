package de.heldenhelfer.reports.templates;

import static de.heldenhelfer.reports.templates.TemplateSource.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the body of a template into blocks, collecting every syntax problem with its line. */
final class BodyParser {
  private static final Pattern IF = Pattern.compile("\\[if(?:\\s+(.*?))?\\s*]");
  private static final Pattern SIGNATURE = Pattern.compile("\\[signature:(.*)]");
  private static final Pattern HEADING = Pattern.compile("(#+)(?:\\s+(.*))?");
  private static final Pattern BULLET = Pattern.compile("-\\s+(.*)");
  private static final Pattern NUMBERED = Pattern.compile("\\d+\\.\\s+(.*)");
  private static final Pattern DIRECTIVE = Pattern.compile("\\[[a-z][^\\]]*]");
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");

  private enum Kind {
    PARAGRAPH,
    BULLETS,
    NUMBERS,
    TABLE,
    CHECKBOXES
  }

  private final List<TemplateProblem> problems;
  private final List<Block> root = new ArrayList<>();

  private Kind kind;
  private int blockLine;
  private Block.Style blockStyle;
  private final List<Block.Line> lines = new ArrayList<>();
  private final List<List<Block.Line>> rows = new ArrayList<>();

  private Block.Style pendingStyle;
  private int pendingStyleLine;

  private String ifName;
  private int ifLine;
  private List<Block> ifThen;
  private List<Block> ifElse;
  private boolean inElse;

  BodyParser(List<TemplateProblem> problems) {
    this.problems = problems;
  }

  List<Block> parse(String[] source, int start) {
    int before = problems.size();
    for (int i = start; i < source.length; i++) {
      line(i + 1, source[i].strip());
    }
    flush();
    stylePending();
    if (ifName != null) {
      problems.add(problem(ifLine, "template.error.ifUnclosed", ifName));
    }
    if (root.isEmpty() && problems.size() == before) {
      problems.add(problem(0, "template.error.bodyEmpty"));
    }
    return root;
  }

  private void line(int n, String t) {
    if (t.isEmpty()) {
      flush();
      stylePending();
      return;
    }
    Matcher m;
    if ((m = IF.matcher(t)).matches()) {
      flushAndCheckStyle();
      String name = m.group(1) == null ? "" : m.group(1).strip();
      if (ifName != null) {
        problems.add(problem(n, "template.error.ifNested"));
      } else if (!TemplateSource.NAME.matcher(name).matches()) {
        problems.add(problem(n, "template.error.ifSyntax", t));
      } else {
        ifName = name;
        ifLine = n;
        ifThen = new ArrayList<>();
        ifElse = new ArrayList<>();
        inElse = false;
      }
    } else if (t.equals("[else]")) {
      flushAndCheckStyle();
      if (ifName == null) {
        problems.add(problem(n, "template.error.elseWithoutIf"));
      } else if (inElse) {
        problems.add(problem(n, "template.error.elseTwice"));
      } else {
        inElse = true;
      }
    } else if (t.equals("[end]")) {
      flushAndCheckStyle();
      if (ifName == null) {
        problems.add(problem(n, "template.error.endWithoutIf"));
      } else {
        root.add(new Block.If(ifLine, ifName, List.copyOf(ifThen), List.copyOf(ifElse)));
        ifName = null;
      }
    } else if (t.equals("[pagebreak]")) {
      flushAndCheckStyle();
      target().add(new Block.PageBreak(n));
    } else if ((m = SIGNATURE.matcher(t)).matches()) {
      flushAndCheckStyle();
      List<Block.Line> captions = new ArrayList<>();
      String[] parts = m.group(1).split("\\|", -1);
      boolean ok = parts.length <= 2;
      for (String part : parts) {
        ok &= !part.isBlank();
        captions.add(text(n, part.strip()));
      }
      if (ok) {
        target().add(new Block.Signature(n, List.copyOf(captions)));
      } else {
        problems.add(problem(n, "template.error.signature", t));
      }
    } else if (t.equals("[right]") || t.equals("[small]")) {
      flushAndCheckStyle();
      pendingStyle = t.equals("[right]") ? Block.Style.RIGHT : Block.Style.SMALL;
      pendingStyleLine = n;
    } else if (t.startsWith("[ ]")) {
      String rest = t.substring(3).strip();
      if (rest.isEmpty()) {
        problems.add(problem(n, "template.error.checkbox"));
        return;
      }
      start(Kind.CHECKBOXES, n);
      lines.add(text(n, rest));
    } else if (DIRECTIVE.matcher(t).matches()) {
      flushAndCheckStyle();
      problems.add(problem(n, "template.error.directive", t));
    } else if ((m = HEADING.matcher(t)).matches()) {
      flushAndCheckStyle();
      int level = m.group(1).length();
      String text = m.group(2) == null ? "" : m.group(2).strip();
      if (level > 3 || text.isEmpty()) {
        problems.add(problem(n, "template.error.heading", t));
      } else {
        target().add(new Block.Heading(n, level, text(n, text)));
      }
    } else if ((m = BULLET.matcher(t)).matches()) {
      start(Kind.BULLETS, n);
      lines.add(text(n, m.group(1).strip()));
    } else if ((m = NUMBERED.matcher(t)).matches()) {
      start(Kind.NUMBERS, n);
      lines.add(text(n, m.group(1).strip()));
    } else if (t.startsWith("|")) {
      start(Kind.TABLE, n);
      String inner = t.substring(1);
      if (inner.endsWith("|")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      String[] cells = inner.split("\\|", -1);
      boolean separator = true;
      for (String cell : cells) {
        separator &= SEPARATOR_CELL.matcher(cell.strip()).matches();
      }
      if (!separator) {
        List<Block.Line> row = new ArrayList<>();
        for (String cell : cells) {
          row.add(text(n, cell.strip()));
        }
        rows.add(row);
      }
    } else {
      if (kind != Kind.PARAGRAPH) {
        flush();
        kind = Kind.PARAGRAPH;
        blockLine = n;
        blockStyle = pendingStyle == null ? Block.Style.NORMAL : pendingStyle;
        pendingStyle = null;
      }
      lines.add(text(n, t));
    }
  }

  /** Checks the inline syntax of a text: placeholders and bold markers. */
  private Block.Line text(int n, String t) {
    int bold = 0;
    for (int i = t.indexOf("**"); i >= 0; i = t.indexOf("**", i + 2)) {
      bold++;
    }
    if (bold % 2 != 0) {
      problems.add(problem(n, "template.error.boldUnclosed"));
    }
    int from = 0;
    StringBuilder outside = new StringBuilder();
    while (true) {
      int open = t.indexOf("{{", from);
      if (open < 0) {
        outside.append(t, from, t.length());
        break;
      }
      outside.append(t, from, open);
      int close = t.indexOf("}}", open + 2);
      if (close < 0) {
        problems.add(problem(n, "template.error.placeholderUnclosed", t.substring(open)));
        break;
      }
      String name = t.substring(open + 2, close).strip();
      if (!TemplateSource.NAME.matcher(name).matches()) {
        problems.add(problem(n, "template.error.placeholderSyntax", "{{" + name + "}}"));
      }
      from = close + 2;
    }
    if (outside.indexOf("}}") >= 0) {
      problems.add(problem(n, "template.error.placeholderSyntax", "}}"));
    }
    return new Block.Line(n, t);
  }

  private List<Block> target() {
    return ifName == null ? root : inElse ? ifElse : ifThen;
  }

  private void start(Kind wanted, int n) {
    if (kind != wanted) {
      flushAndCheckStyle();
      kind = wanted;
      blockLine = n;
    }
  }

  private void flushAndCheckStyle() {
    flush();
    stylePending();
  }

  private void stylePending() {
    if (pendingStyle != null) {
      problems.add(
          problem(
              pendingStyleLine,
              "template.error.styleWithoutParagraph",
              pendingStyle == Block.Style.RIGHT ? "[right]" : "[small]"));
      pendingStyle = null;
    }
  }

  private void flush() {
    if (kind == null) {
      return;
    }
    switch (kind) {
      case PARAGRAPH ->
          target().add(new Block.Paragraph(blockLine, blockStyle, List.copyOf(lines)));
      case BULLETS -> target().add(new Block.ListBlock(blockLine, false, List.copyOf(lines)));
      case NUMBERS -> target().add(new Block.ListBlock(blockLine, true, List.copyOf(lines)));
      case CHECKBOXES -> target().add(new Block.Checkboxes(blockLine, List.copyOf(lines)));
      case TABLE -> {
        if (rows.isEmpty()) {
          problems.add(problem(blockLine, "template.error.tableEmpty"));
        } else {
          int columns = rows.get(0).size();
          boolean ok = true;
          for (List<Block.Line> row : rows) {
            if (ok && row.size() != columns) {
              problems.add(
                  problem(
                      row.get(0).line(),
                      "template.error.tableColumns",
                      String.valueOf(columns),
                      String.valueOf(row.size())));
              ok = false;
            }
          }
          List<List<Block.Line>> copy = new ArrayList<>();
          rows.forEach(r -> copy.add(List.copyOf(r)));
          target().add(new Block.Table(blockLine, List.copyOf(copy)));
        }
      }
    }
    kind = null;
    lines.clear();
    rows.clear();
  }
}
