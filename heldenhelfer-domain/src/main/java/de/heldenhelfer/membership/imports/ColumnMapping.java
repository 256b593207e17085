package de.heldenhelfer.membership.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of the imported table fills which member field; unmapped columns are not imported. A
 * field is filled from one column at most. As text ({@link #toText}) it is remembered per club by
 * column name, so that next year's list with the same columns is mapped at once.
 */
public final class ColumnMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<Integer, ImportField> byColumn;

  private ColumnMapping(Map<Integer, ImportField> byColumn) {
    this.byColumn = Collections.unmodifiableMap(new LinkedHashMap<>(byColumn));
  }

  /** A mapping from column index (0-based) to field; {@code null} values mean "not imported". */
  public static ColumnMapping of(Map<Integer, ImportField> byColumn) {
    Map<Integer, ImportField> m = new LinkedHashMap<>();
    Set<ImportField> used = EnumSet.noneOf(ImportField.class);
    byColumn.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey() >= 0 && e.getValue() != null)
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              if (used.add(e.getValue())) {
                m.put(e.getKey(), e.getValue());
              }
            });
    return new ColumnMapping(m);
  }

  /**
   * The suggestion for a header: first what the club chose before for a column of that name ({@code
   * remembered}, by normalised name), then the synonyms of {@link ImportField}. Each field goes to
   * the first column that suggests it.
   */
  public static ColumnMapping suggest(List<String> header, Map<String, ImportField> remembered) {
    Map<Integer, ImportField> m = new LinkedHashMap<>();
    Set<ImportField> used = EnumSet.noneOf(ImportField.class);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < header.size(); i++) {
        if (m.containsKey(i)) {
          continue;
        }
        String name = ImportField.normalize(header.get(i));
        ImportField f = pass == 0 ? remembered.get(name) : ImportField.suggest(header.get(i));
        if (f != null && used.add(f)) {
          m.put(i, f);
        }
      }
    }
    return of(m);
  }

  /** The field of column {@code index}, or {@code null} when it is not imported. */
  public ImportField field(int index) {
    return byColumn.get(index);
  }

  /** The column that fills {@code field}, or -1. */
  public int column(ImportField field) {
    for (Map.Entry<Integer, ImportField> e : byColumn.entrySet()) {
      if (e.getValue() == field) {
        return e.getKey();
      }
    }
    return -1;
  }

  public boolean maps(ImportField field) {
    return byColumn.containsValue(field);
  }

  /** Column index → field, in column order. */
  public Map<Integer, ImportField> asMap() {
    return byColumn;
  }

  /** "normalised column name=FIELD" lines, for remembering the mapping. */
  public String toText(List<String> header) {
    List<String> lines = new ArrayList<>();
    byColumn.forEach(
        (i, f) -> {
          String name = i < header.size() ? ImportField.normalize(header.get(i)) : "";
          if (!name.isEmpty()) {
            lines.add(name + "=" + f.name());
          }
        });
    return String.join("\n", lines);
  }

  /** Reads {@link #toText}; unknown fields (of an older version) are left out. */
  public static Map<String, ImportField> rememberedFromText(String text) {
    Map<String, ImportField> m = new HashMap<>();
    if (text == null) {
      return m;
    }
    for (String line : text.split("\n")) {
      int eq = line.lastIndexOf('=');
      if (eq > 0) {
        try {
          m.put(line.substring(0, eq), ImportField.valueOf(line.substring(eq + 1).strip()));
        } catch (IllegalArgumentException e) {
          // a field this version does not know
        }
      }
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMapping c && c.byColumn.equals(byColumn);
  }

  @Override
  public int hashCode() {
    return byColumn.hashCode();
  }

  @Override
  public String toString() {
    return byColumn.toString();
  }
}
