package de.heldenhelfer.club;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A Gemeinde of the region with its official AGS code (reference data, read-only). */
@Entity
@Table(name = "municipality")
@Cacheable
public class Municipality {
  @Id
  @Column(name = "ags")
  private String ags;

  private String name;
  private String kind;
  private String vgem;
  private int population;
  private BigDecimal lat;
  private BigDecimal lon;

  @Column(name = "postal_codes")
  private String postalCodes;

  protected Municipality() {}

  public String ags() {
    return ags;
  }

  public String name() {
    return name;
  }

  public String kind() {
    return kind;
  }

  public int population() {
    return population;
  }

  public double lat() {
    return lat.doubleValue();
  }

  public double lon() {
    return lon.doubleValue();
  }

  public String postalCodes() {
    return postalCodes;
  }

  /** Great-circle distance in km between the representative points of two municipalities. */
  public double distanceKm(Municipality other) {
    double r = 6371.0;
    double dLat = Math.toRadians(other.lat() - lat());
    double dLon = Math.toRadians(other.lon() - lon());
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat()))
                * Math.cos(Math.toRadians(other.lat()))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }
}
