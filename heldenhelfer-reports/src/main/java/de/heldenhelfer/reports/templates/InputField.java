package de.heldenhelfer.reports.templates;

/**
 * A value asked when filling a template (header line {@code input: key | TYPE | Label}).
 *
 * @param key the key; the body refers to it as {@code input.<key>}
 * @param type the value type
 * @param label German label shown in the form and in "missing" messages
 * @param required {@code false} when the header says {@code | optional}
 * @param defaultValue the text after {@code default=}, or {@code null}
 */
public record InputField(
    String key, ValueType type, String label, boolean required, String defaultValue) {

  /** The placeholder name of this input, {@code input.<key>}. */
  public String placeholder() {
    return "input." + key;
  }
}
