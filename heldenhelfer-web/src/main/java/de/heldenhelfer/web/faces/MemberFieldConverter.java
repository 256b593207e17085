package de.heldenhelfer.web.faces;

import de.heldenhelfer.membership.MemberField;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Member columns in forms (a list of enums loses its type to erasure without a converter). */
@FacesConverter("hh.memberField")
public class MemberFieldConverter implements Converter<MemberField> {
  @Override
  public MemberField getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return MemberField.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null; // a forged value is ignored, never an error page
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, MemberField value) {
    return value == null ? "" : value.name();
  }
}
