package de.heldenhelfer.reports.templates;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A template that cannot be parsed, or values that cannot fill it; carries all problems. */
public class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<TemplateProblem> problems;

  /** An exception with at least one problem. */
  public TemplateException(List<TemplateProblem> problems) {
    super(problems.stream().map(p -> p.text(Locale.GERMANY)).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a template exception needs a problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** All problems, in the order of the source lines. */
  public List<TemplateProblem> problems() {
    return problems;
  }

  /** All problems as one text per line in {@code locale}. */
  public String localizedMessage(Locale locale) {
    return problems.stream().map(p -> p.text(locale)).collect(Collectors.joining("\n"));
  }
}
