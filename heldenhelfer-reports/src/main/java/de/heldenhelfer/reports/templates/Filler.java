package de.heldenhelfer.reports.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces the placeholders of the shown blocks with their printed values. */
final class Filler {
  private final TemplateValues values;
  private final Map<String, InputField> inputs;
  private final List<TemplateProblem> problems = new ArrayList<>();

  Filler(TemplateValues values, Map<String, InputField> inputs) {
    this.values = values;
    this.inputs = inputs;
  }

  /**
   * @throws TemplateException when a value cannot be printed with its suffix
   */
  List<Filled> fill(List<Block> blocks) {
    List<Filled> result = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        result.add(new Filled.Heading(h.level(), runs(h.text())));
      } else if (block instanceof Block.Paragraph p) {
        result.add(new Filled.Paragraph(p.style(), joined(p.lines())));
      } else if (block instanceof Block.ListBlock l) {
        result.add(new Filled.ListBlock(l.ordered(), items(l.items())));
      } else if (block instanceof Block.Table t) {
        List<List<List<Filled.Run>>> rows = new ArrayList<>();
        for (List<Block.Line> row : t.rows()) {
          rows.add(row.stream().map(this::runs).toList());
        }
        result.add(new Filled.Table(rows));
      } else if (block instanceof Block.Checkboxes c) {
        result.add(new Filled.Checkboxes(c.items().stream().map(this::runs).toList()));
      } else if (block instanceof Block.Signature s) {
        result.add(new Filled.Signature(s.captions().stream().map(this::runs).toList()));
      } else if (block instanceof Block.PageBreak p) {
        result.add(new Filled.PageBreak());
      } else if (block instanceof Block.If f) {
        throw new IllegalStateException("[if] must be resolved before filling");
      }
    }
    if (!problems.isEmpty()) {
      throw new TemplateException(problems);
    }
    return result;
  }

  /** List items; an item that is exactly one LIST placeholder becomes one item per entry. */
  private List<List<Filled.Run>> items(List<Block.Line> lines) {
    List<List<Filled.Run>> items = new ArrayList<>();
    for (Block.Line line : lines) {
      String name = TemplateSource.onlyPlaceholder(line.text());
      if (name != null && values.get(name) instanceof List<?> entries) {
        for (Object entry : entries) {
          items.add(List.of(new Filled.Run(String.valueOf(entry), false)));
        }
      } else {
        items.add(runs(line));
      }
    }
    return items;
  }

  private List<Filled.Run> joined(List<Block.Line> lines) {
    List<Filled.Run> runs = new ArrayList<>();
    for (Block.Line line : lines) {
      if (!runs.isEmpty()) {
        runs.add(new Filled.Run("\n", false));
      }
      runs.addAll(runs(line));
    }
    return runs;
  }

  /** The runs of one line: {@code **} toggles bold, placeholders are replaced by their values. */
  List<Filled.Run> runs(Block.Line line) {
    List<Filled.Run> runs = new ArrayList<>();
    String[] parts = line.text().split("\\*\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      String text = replace(parts[i], line.line());
      if (!text.isEmpty()) {
        runs.add(new Filled.Run(text, i % 2 == 1));
      }
    }
    return runs;
  }

  private String replace(String text, int line) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (close < 0) {
        sb.append(text, from, text.length());
        return sb.toString();
      }
      sb.append(text, from, open);
      sb.append(value(text.substring(open + 2, close).strip(), line));
      from = close + 2;
    }
  }

  private String value(String full, int line) {
    String[] parts = TemplateSource.split(full, n -> inputs.containsKey(n) || values.has(n));
    Object value = values.get(parts[0]);
    if (value == null) {
      return ""; // an optional input without value (missing values were reported before)
    }
    InputField input = inputs.get(parts[0]);
    try {
      return Formats.format(value, input == null ? null : input.type(), parts[1]);
    } catch (Formats.ValueException e) {
      problems.add(TemplateSource.problem(line, e.key, full));
      return "";
    }
  }
}
