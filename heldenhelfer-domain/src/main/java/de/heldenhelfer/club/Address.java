package de.heldenhelfer.club;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address. */
@Embeddable
public class Address {
  private String street;

  @Column(name = "postal_code")
  private String postalCode;

  private String city;

  protected Address() {}

  public Address(String street, String postalCode, String city) {
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  @Override
  public String toString() {
    return (street == null ? "" : street + ", ")
        + (postalCode == null ? "" : postalCode + " ")
        + (city == null ? "" : city);
  }
}
