package de.heldenhelfer.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Times as typed here: 14:00, 9:30 or just 14 (full hour). 25:00 is refused with a message. */
@FacesConverter("hh.time")
public class TimeConverter implements Converter<LocalTime> {
  private static final DateTimeFormatter READ =
      DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("HH:mm");

  /** A time as people here write it (09:30), or an empty text for none. */
  public static String format(LocalTime time) {
    return time == null ? "" : time.format(WRITE);
  }

  @Override
  public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().replace('.', ':');
    if (v.matches("\\d{1,2}")) {
      v = v + ":00";
    }
    try {
      return LocalTime.parse(v, READ);
    } catch (DateTimeParseException e) {
      String text = Texts.get("time.invalid", value.strip());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
    return format(value);
  }
}
