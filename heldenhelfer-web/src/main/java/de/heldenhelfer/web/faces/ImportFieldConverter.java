package de.heldenhelfer.web.faces;

import de.heldenhelfer.membership.imports.ImportField;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Import fields as values of the column mapping (a map loses the enum type without a converter).
 */
@FacesConverter("hh.importField")
public class ImportFieldConverter implements Converter<ImportField> {
  @Override
  public ImportField getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ImportField.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null; // a forged value is ignored, never an error page
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ImportField value) {
    return value == null ? "" : value.name();
  }
}
