package de.heldenhelfer.reports.templates;

import de.heldenhelfer.reports.ReportMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code .hhtpl} template (format: docs/templates.md): header, inputs and body. Immutable
 * and thread-safe; parse once, fill many times.
 */
public final class TemplateSource {
  /** The categories a header may name. */
  public static final List<String> CATEGORIES =
      List.of(
          "MEETING",
          "REGISTER",
          "FINANCE",
          "YOUTH_PROTECTION",
          "DATA_PROTECTION",
          "EVENT",
          "LETTER",
          "OTHER");

  static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
  static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(\\.[a-zA-Z][a-zA-Z0-9]*)*");
  private static final Pattern LIST_ONLY = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

  private final String title;
  private final String category;
  private final String description;
  private final String legalBasis;
  private final boolean docx;
  private final MemberUse memberUse;
  private final String memberLabel;
  private final List<InputField> inputs;
  private final Map<String, InputField> inputsByName;
  private final Map<String, Object> defaults;
  private final List<Block> body;

  private TemplateSource(Header header, List<Block> body) {
    this.title = header.title;
    this.category = header.category;
    this.description = header.description.toString().strip();
    this.legalBasis = header.legalBasis;
    this.docx = header.docx;
    this.memberUse = header.memberUse;
    this.memberLabel = header.memberLabel;
    this.inputs = List.copyOf(header.inputs);
    Map<String, InputField> byName = new LinkedHashMap<>();
    for (InputField f : inputs) {
      byName.put(f.placeholder(), f);
    }
    this.inputsByName = Collections.unmodifiableMap(byName);
    this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(header.defaults));
    this.body = List.copyOf(body);
  }

  /**
   * Parses a template.
   *
   * @throws TemplateException with all syntax problems of header and body, each with its line
   */
  public static TemplateSource parse(String text) {
    Objects.requireNonNull(text, "text");
    String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = normalised.split("\\r?\\n|\\r", -1);
    List<TemplateProblem> problems = new ArrayList<>();
    int separator = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("===")) {
        separator = i;
        break;
      }
    }
    if (separator < 0) {
      problems.add(problem(0, "template.error.noSeparator"));
    }
    Header header = Header.parse(lines, separator < 0 ? lines.length : separator, problems);
    List<Block> body =
        separator < 0 ? List.of() : new BodyParser(problems).parse(lines, separator + 1);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(TemplateProblem::line));
      throw new TemplateException(problems);
    }
    return new TemplateSource(header, body);
  }

  static TemplateProblem problem(int line, String key, Object... args) {
    return new TemplateProblem(line, ReportMessage.of(key, args));
  }

  /** The document title. */
  public String title() {
    return title;
  }

  /** One of {@link #CATEGORIES}. */
  public String category() {
    return category;
  }

  /** What the template is for; empty when the header has none. */
  public String description() {
    return description;
  }

  /** The law it follows, or {@code null}. */
  public String legalBasis() {
    return legalBasis;
  }

  /** Whether a docx is produced besides the PDF. */
  public boolean docx() {
    return docx;
  }

  /** Whether a member is chosen when filling. */
  public MemberUse memberUse() {
    return memberUse;
  }

  /** What the chosen member is called in the form ("Spenderin/Spender"), or {@code null}. */
  public String memberLabel() {
    return memberLabel;
  }

  /** The declared inputs in header order. */
  public List<InputField> inputs() {
    return inputs;
  }

  /** Every name the body uses, including {@code [if]} names, without suffix, in body order. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (Ref ref : refs(body, true)) {
      names.add(split(ref.name(), inputsByName::containsKey)[0]);
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * The template errors of the body, given the names the caller provides ({@code club.*}, {@code
   * member.*}, {@code today}) with their types; {@code input.*} names come from the header. Member
   * names are only allowed when the header declares member use. Empty when the template is fine.
   */
  public List<TemplateProblem> check(Map<String, ValueType> knownNames) {
    Objects.requireNonNull(knownNames, "knownNames");
    Predicate<String> plain = n -> inputsByName.containsKey(n) || knownNames.containsKey(n);
    List<TemplateProblem> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Ref ref : refs(body, true)) {
      if (!seen.add(ref.line() + " " + ref.name())) {
        continue;
      }
      String[] parts = split(ref.name(), plain);
      String base = parts[0];
      String suffix = parts[1];
      InputField input = inputsByName.get(base);
      ValueType type = input != null ? input.type() : knownNames.get(base);
      if (type == null) {
        problems.add(
            base.startsWith("input.")
                ? problem(ref.line(), "template.error.unknownInput", base.substring(6))
                : problem(ref.line(), "template.error.unknownName", base));
      } else if (input == null && base.startsWith("member.") && memberUse == MemberUse.NONE) {
        problems.add(problem(ref.line(), "template.error.memberNotDeclared", base));
      } else if (suffix != null && ref.condition()) {
        problems.add(problem(ref.line(), "template.error.ifSuffix", ref.name()));
      } else if (suffix != null && !suffixFits(suffix, type)) {
        problems.add(problem(ref.line(), "template.error.suffix", suffix, base, type.name()));
      }
    }
    return List.copyOf(problems);
  }

  private static boolean suffixFits(String suffix, ValueType type) {
    return switch (suffix) {
      case Formats.WORDS -> type == ValueType.MONEY || type == ValueType.NUMBER;
      case Formats.LONG -> type == ValueType.DATE;
      default -> false;
    };
  }

  /**
   * Placeholders that would be printed (outside {@code [if]}, or in the branch that is shown) but
   * have no value; each name once, with the first line that prints it. Optional inputs and inputs
   * with a default are never missing.
   */
  public List<MissingValue> missingValues(TemplateValues values) {
    TemplateValues effective = withDefaults(values);
    Predicate<String> plain = n -> inputsByName.containsKey(n) || effective.has(n);
    Map<String, MissingValue> missing = new LinkedHashMap<>();
    for (Ref ref : refs(shown(body, effective), false)) {
      String base = split(ref.name(), plain)[0];
      InputField input = inputsByName.get(base);
      if (!effective.has(base) && (input == null || input.required())) {
        missing.putIfAbsent(base, new MissingValue(base, ref.line()));
      }
    }
    return List.copyOf(missing.values());
  }

  /**
   * Renders the tagged PDF (A4, DejaVu Sans embedded, "Seite x von y").
   *
   * @param locale reserved; template documents are German (values, footer, language tag "de-DE")
   * @throws TemplateException when values are missing or cannot be printed
   */
  public byte[] toPdf(TemplateValues values, Locale locale) {
    return PdfRenderer.render(title, fill(values));
  }

  /**
   * Renders an editable docx (Word heading styles, numbered and bulleted lists, tables).
   *
   * @param locale reserved; template documents are German
   * @throws TemplateException when values are missing or cannot be printed
   */
  public byte[] toDocx(TemplateValues values, Locale locale) {
    return DocxRenderer.render(title, fill(values));
  }

  // ---------------------------------------------------------------------------------------------

  TemplateValues withDefaults(TemplateValues values) {
    TemplateValues result = Objects.requireNonNull(values, "values");
    for (Map.Entry<String, Object> d : defaults.entrySet()) {
      if (!result.has(d.getKey())) {
        result = result.with(d.getKey(), d.getValue());
      }
    }
    return result;
  }

  List<Filled> fill(TemplateValues values) {
    List<MissingValue> missing = missingValues(values);
    if (!missing.isEmpty()) {
      throw new TemplateException(
          missing.stream()
              .map(
                  m -> {
                    InputField input = inputsByName.get(m.name());
                    return input != null
                        ? problem(m.line(), "template.missing.input", input.label())
                        : problem(m.line(), "template.missing.value", m.name());
                  })
              .toList());
    }
    return new Filler(withDefaults(values), inputsByName).fill(shown(body, withDefaults(values)));
  }

  /** {@code [name, suffix]}; the suffix is {@code null} when there is none. */
  static String[] split(String full, Predicate<String> plain) {
    int dot = full.lastIndexOf('.');
    if (dot > 0 && !plain.test(full)) {
      String last = full.substring(dot + 1);
      if (last.equals(Formats.WORDS) || last.equals(Formats.LONG)) {
        return new String[] {full.substring(0, dot), last};
      }
    }
    return new String[] {full, null};
  }

  /** Whether the part of {@code [if name]} is shown: a YESNO value when yes, others when set. */
  static boolean condition(TemplateValues values, String name) {
    Object value = values.get(name);
    return value instanceof Boolean b ? b : values.has(name);
  }

  /** The blocks shown with {@code values}: [if] resolved to its branch. */
  static List<Block> shown(List<Block> blocks, TemplateValues values) {
    List<Block> result = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.If f) {
        result.addAll(condition(values, f.name()) ? f.then() : f.otherwise());
      } else {
        result.add(block);
      }
    }
    return result;
  }

  /** A placeholder use; {@code condition} for the name of an {@code [if]}. */
  record Ref(String name, int line, boolean condition) {}

  static List<Ref> refs(List<Block> blocks, boolean withConditions) {
    List<Ref> refs = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        addRefs(h.text(), refs);
      } else if (block instanceof Block.Paragraph p) {
        p.lines().forEach(l -> addRefs(l, refs));
      } else if (block instanceof Block.ListBlock l) {
        l.items().forEach(i -> addRefs(i, refs));
      } else if (block instanceof Block.Table t) {
        t.rows().forEach(r -> r.forEach(c -> addRefs(c, refs)));
      } else if (block instanceof Block.Checkboxes c) {
        c.items().forEach(i -> addRefs(i, refs));
      } else if (block instanceof Block.Signature s) {
        s.captions().forEach(c -> addRefs(c, refs));
      } else if (block instanceof Block.PageBreak p) {
      } else if (block instanceof Block.If f) {
        if (withConditions) {
          refs.add(new Ref(f.name(), f.line(), true));
        }
        refs.addAll(refs(f.then(), withConditions));
        refs.addAll(refs(f.otherwise(), withConditions));
      }
    }
    return refs;
  }

  private static void addRefs(Block.Line line, List<Ref> refs) {
    Matcher m = LIST_ONLY.matcher(line.text());
    while (m.find()) {
      refs.add(new Ref(m.group(1), line.line(), false));
    }
  }

  /** The name when {@code text} is exactly one placeholder (a LIST item to expand), else null. */
  static String onlyPlaceholder(String text) {
    Matcher m = LIST_ONLY.matcher(text.strip());
    return m.matches() ? m.group(1) : null;
  }

  // ---------------------------------------------------------------------------------------------

  /** The header while it is parsed. */
  private static final class Header {
    String title;
    String category;
    final StringBuilder description = new StringBuilder();
    String legalBasis;
    boolean docx;
    MemberUse memberUse = MemberUse.NONE;
    String memberLabel;
    final List<InputField> inputs = new ArrayList<>();
    final Map<String, Object> defaults = new LinkedHashMap<>();
    final Set<String> seen = new LinkedHashSet<>();

    static Header parse(String[] lines, int end, List<TemplateProblem> problems) {
      Header h = new Header();
      for (int i = 0; i < end; i++) {
        int line = i + 1;
        String t = lines[i].strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int colon = t.indexOf(':');
        if (colon <= 0) {
          problems.add(problem(line, "template.error.headerLine", t));
          continue;
        }
        String key = t.substring(0, colon).strip();
        String value = t.substring(colon + 1).strip();
        if (!key.equals("input") && !key.equals("description") && !h.seen.add(key)) {
          problems.add(problem(line, "template.error.duplicateKey", key));
          continue;
        }
        switch (key) {
          case "title" -> {
            if (value.isEmpty()) {
              problems.add(problem(line, "template.error.titleMissing"));
            }
            h.title = value;
          }
          case "category" -> {
            if (!CATEGORIES.contains(value)) {
              problems.add(
                  problem(line, "template.error.category", value, String.join(", ", CATEGORIES)));
            }
            h.category = value;
          }
          case "description" -> h.description.append(value).append(' ');
          case "legal-basis" -> h.legalBasis = value.isEmpty() ? null : value;
          case "formats" -> h.formats(value, line, problems);
          case "member" -> h.member(value, line, problems);
          case "input" -> h.input(value, line, problems);
          default -> problems.add(problem(line, "template.error.unknownKey", key));
        }
      }
      if (h.title == null) {
        problems.add(problem(0, "template.error.titleMissing"));
      }
      if (h.category == null) {
        problems.add(problem(0, "template.error.categoryMissing"));
      }
      return h;
    }

    void formats(String value, int line, List<TemplateProblem> problems) {
      List<String> formats =
          List.of(value.toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1)).stream()
              .map(String::strip)
              .toList();
      if (!formats.contains("pdf")
          || formats.stream().anyMatch(f -> !f.equals("pdf") && !f.equals("docx"))) {
        problems.add(problem(line, "template.error.formats", value));
      }
      docx = formats.contains("docx");
    }

    void member(String value, int line, List<TemplateProblem> problems) {
      String[] parts = value.split("\\|", -1);
      String use = parts[0].strip().toLowerCase(Locale.ROOT);
      switch (use) {
        case "none" -> memberUse = MemberUse.NONE;
        case "optional" -> memberUse = MemberUse.OPTIONAL;
        case "required" -> memberUse = MemberUse.REQUIRED;
        default -> {
          problems.add(problem(line, "template.error.member", value));
          return;
        }
      }
      if (parts.length > 2 || (parts.length == 2 && parts[1].isBlank())) {
        problems.add(problem(line, "template.error.member", value));
        return;
      }
      memberLabel =
          parts.length == 2 ? parts[1].strip() : memberUse == MemberUse.NONE ? null : "Mitglied";
    }

    void input(String value, int line, List<TemplateProblem> problems) {
      String[] parts = value.split("\\|", -1);
      if (parts.length < 3) {
        problems.add(problem(line, "template.error.input", value));
        return;
      }
      String key = parts[0].strip();
      String typeName = parts[1].strip();
      String label = parts[2].strip();
      if (!KEY.matcher(key).matches()) {
        problems.add(problem(line, "template.error.inputKey", key));
        return;
      }
      ValueType type;
      try {
        type = ValueType.valueOf(typeName);
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(
                line,
                "template.error.inputType",
                typeName,
                String.join(", ", List.of(ValueType.values()).stream().map(Enum::name).toList())));
        return;
      }
      if (label.isEmpty()) {
        problems.add(problem(line, "template.error.input", value));
        return;
      }
      boolean required = true;
      String defaultValue = null;
      for (int i = 3; i < parts.length; i++) {
        String option = parts[i].strip();
        if (option.equals("optional")) {
          required = false;
        } else if (option.startsWith("default=")) {
          defaultValue = option.substring("default=".length()).strip();
          Object parsed = Formats.parseDefault(type, defaultValue);
          if (parsed == null) {
            problems.add(
                problem(line, "template.error.inputDefault", defaultValue, key, type.name()));
          } else {
            defaults.put("input." + key, parsed);
          }
        } else {
          problems.add(problem(line, "template.error.inputOption", option));
        }
      }
      if (inputs.stream().anyMatch(f -> f.key().equals(key))) {
        problems.add(problem(line, "template.error.inputDuplicate", key));
        return;
      }
      inputs.add(new InputField(key, type, label, required, defaultValue));
    }
  }
}
