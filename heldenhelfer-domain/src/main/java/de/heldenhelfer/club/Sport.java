package de.heldenhelfer.club;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A sport with its BLSV section number (reference data, read-only). */
@Entity
@Table(name = "sport")
@Cacheable
public class Sport {
  @Id private int code;

  @Column(name = "name_de")
  private String nameDe;

  @Column(name = "name_en")
  private String nameEn;

  protected Sport() {}

  public int code() {
    return code;
  }

  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameDe;
  }
}
