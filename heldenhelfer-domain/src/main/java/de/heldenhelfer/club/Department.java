package de.heldenhelfer.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A department (Abteilung/Sparte) of a club, optionally tied to a BLSV sport. Club-private. */
@Entity
@Table(name = "department")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class Department {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "club_id", insertable = false, updatable = false)
  private Long clubId;

  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "sport_code")
  private Sport sport;

  protected Department() {}

  public Department(String name, Sport sport) {
    this.name = name;
    this.sport = sport;
  }

  public Long id() {
    return id;
  }

  public Long clubId() {
    return clubId;
  }

  public String name() {
    return name;
  }

  public Sport sport() {
    return sport;
  }
}
