package de.heldenhelfer.membership.imports;

import de.heldenhelfer.shared.Messages;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A problem of one imported row in plain words, e.g. "Zeile 17: Geburtsdatum 31.02.1980 ist kein
 * gültiges Datum." The message is a key of the domain bundle; its first argument is always the row
 * number, the others are texts (field names are resolved when the text is made).
 *
 * @param row row number as Excel shows it
 * @param messageKey key in {@code de.heldenhelfer.messages}
 * @param field the field concerned, or {@code null}
 * @param arguments further arguments of the message (after the row number and the field label)
 */
public record RowProblem(int row, String messageKey, ImportField field, List<Object> arguments)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RowProblem {
    arguments = List.copyOf(arguments);
  }

  static RowProblem of(int row, String key, ImportField field, Object... arguments) {
    return new RowProblem(row, key, field, List.of(arguments));
  }

  /** A rule of the membership refused the row (a {@code member.*} key with its arguments). */
  public static RowProblem rule(int row, String ruleKey, Object... arguments) {
    return new RowProblem(row, ruleKey, null, List.of(arguments));
  }

  /** The message in {@code locale}, beginning with "Zeile N: ". */
  public String text(Locale locale) {
    if (!messageKey.startsWith("import.row.")) {
      return Messages.get(
          locale,
          "import.row.rule",
          String.valueOf(row),
          Messages.get(locale, messageKey, arguments.toArray()));
    }
    Object[] args = new Object[arguments.size() + 2];
    args[0] = String.valueOf(row);
    args[1] = field == null ? "" : field.label(locale);
    for (int i = 0; i < arguments.size(); i++) {
      args[i + 2] = arguments.get(i);
    }
    return Messages.get(locale, messageKey, args);
  }

  @Override
  public String toString() {
    return text(Locale.GERMAN);
  }
}
