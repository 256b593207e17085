package de.heldenhelfer.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as typed here: 31.12.1980 or 1.2.1980. Strict: 31.02.1980 is refused with a message instead
 * of silently becoming the 29th (what lenient date pickers do).
 */
@FacesConverter("hh.date")
public class DateConverter implements Converter<LocalDate> {
  private static final DateTimeFormatter READ =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** A date as people here write it (01.05.2024), or an empty text for none. */
  public static String format(LocalDate date) {
    return date == null ? "" : date.format(WRITE);
  }

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), READ);
    } catch (DateTimeParseException e) {
      String text = Texts.get("date.invalid", value.strip());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return format(value);
  }
}
