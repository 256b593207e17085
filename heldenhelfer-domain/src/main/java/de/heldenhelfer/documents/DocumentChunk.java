package de.heldenhelfer.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A piece (at most {@link DocumentService#CHUNK_BYTES}) of a version's content. Kept apart from the
 * metadata, read only for a download. Club-private like everything of the archive.
 */
@Entity
@Table(name = "document_chunk")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class DocumentChunk {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_id")
  private long versionId;

  private int seq;

  @Lob private byte[] data;

  protected DocumentChunk() {}

  DocumentChunk(long versionId, int seq, byte[] data) {
    this.versionId = versionId;
    this.seq = seq;
    this.data = data;
  }

  public byte[] data() {
    return data;
  }
}
