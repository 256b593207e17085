package de.heldenhelfer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One entry of the maintained list of skills volunteers choose from (reference data). */
@Entity
@Table(name = "pool_skill")
public class PoolSkill {
  @Id private String code;

  @Column(name = "label_de")
  private String labelDe;

  @Column(name = "label_en")
  private String labelEn;

  private int sort;

  protected PoolSkill() {}

  public String code() {
    return code;
  }

  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelDe;
  }

  /** Code → label in {@code locale}, in the list's order. */
  static Map<String, String> labels(EntityManager em, Locale locale) {
    Map<String, String> labels = new LinkedHashMap<>();
    em.createQuery("SELECT s FROM PoolSkill s ORDER BY s.sort", PoolSkill.class)
        .getResultList()
        .forEach(s -> labels.put(s.code(), s.label(locale)));
    return labels;
  }
}
