package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.RequestCategory;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.servicedesk.RequestStatus;
import de.heldenhelfer.servicedesk.TextBlock;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The service desk's queue: the clubs' requests, oldest first, filtered by status (the active ones,
 * one status or all), topic and "assigned to me", with the number of requests in each status; below
 * it the desk's text blocks (create, change guarded by the version read, delete).
 */
@Named
@ViewScoped
public class DeskQueuePage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status filter's value for "all, done ones too"; empty means "all active". */
  public static final String ALL = "ALL";

  @Inject RequestService requests;

  // queue filter
  private String status;
  private RequestCategory category;
  private boolean mineOnly;
  private int page;
  private transient RequestService.QueuePage queue;
  private transient Map<RequestStatus, Long> counts;

  // text blocks
  private Long blockChoice;
  private Long blockId;
  private long blockVersion;
  private String blockTitle;
  private String blockBody;
  private transient List<TextBlock> blocks;

  // ------------------------------------------------------------------------- queue

  public void apply() {
    page = 0;
    queue = null;
  }

  /** Shows the previous or next page of the queue. */
  public void turn(int delta) {
    page = Math.max(0, getQueue().page() + delta);
    queue = null;
  }

  public void reset() {
    status = null;
    category = null;
    mineOnly = false;
    page = 0;
    queue = null;
  }

  private RequestService.QueueFilter filter() {
    RequestStatus one = null;
    boolean activeOnly = true;
    if (ALL.equals(status)) {
      activeOnly = false;
    } else if (status != null && !status.isBlank()) {
      try {
        one = RequestStatus.valueOf(status);
        activeOnly = false;
      } catch (IllegalArgumentException unknown) {
        status = null;
      }
    }
    return new RequestService.QueueFilter(one, category, mineOnly, activeOnly);
  }

  /** The shown page of the queue, with the total and the number of pages. */
  public RequestService.QueuePage getQueue() {
    if (queue == null) {
      queue = requests.queuePage(filter(), page);
    }
    return queue;
  }

  public List<RequestService.RequestRow> getRows() {
    return getQueue().rows();
  }

  public Map<RequestStatus, Long> getCounts() {
    if (counts == null) {
      counts = requests.counts();
    }
    return counts;
  }

  /** The statuses in their order, for the counts and the filter. */
  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public RequestCategory[] getCategories() {
    return RequestCategory.values();
  }

  /** Whether the queue shows the default selection (all active requests of everybody). */
  public boolean isFiltered() {
    return (status != null && !status.isBlank()) || category != null || mineOnly;
  }

  // ------------------------------------------------------------------------- text blocks

  /** Loads the chosen text block into the form, or empties the form for a new one. */
  public void chooseBlock() {
    TextBlock t = blockChoice == null ? null : block(blockChoice);
    if (t == null) {
      newBlock();
      return;
    }
    blockId = t.id();
    blockVersion = t.version();
    blockTitle = t.title();
    blockBody = t.body();
  }

  public void newBlock() {
    blockChoice = null;
    blockId = null;
    blockVersion = 0;
    blockTitle = null;
    blockBody = null;
  }

  public void saveBlock() {
    boolean created = blockId == null;
    try {
      TextBlock t = requests.saveTextBlock(blockId, blockVersion, blockTitle, blockBody);
      blocks = null;
      TextBlock saved = block(t.id());
      blockChoice = t.id();
      blockId = t.id();
      blockVersion = saved == null ? t.version() : saved.version();
      blockTitle = t.title();
      blockBody = t.body();
      Texts.info(created ? "textBlocks.created" : "textBlocks.saved", t.title());
    } catch (ConcurrentChangeException e) {
      // somebody changed it meanwhile: show what is stored now, nothing was overwritten
      Texts.error(e);
      blocks = null;
      blockChoice = blockId;
      chooseBlock();
    } catch (NotFoundException e) {
      // deleted meanwhile: the text stays in the form and can be saved as a new block
      Texts.errorText(Texts.get("textBlocks.gone"));
      blocks = null;
      blockChoice = null;
      blockId = null;
      blockVersion = 0;
    } catch (DomainException e) {
      Texts.error(e);
      blocks = null;
    }
  }

  public void deleteBlock() {
    if (blockId == null) {
      return;
    }
    String title = blockTitle;
    TextBlock stored = block(blockId);
    try {
      requests.deleteTextBlock(blockId);
      Texts.info("textBlocks.deleted", stored == null ? title : stored.title());
      newBlock();
    } catch (DomainException e) {
      Texts.error(e);
    }
    blocks = null;
  }

  private TextBlock block(long id) {
    return getBlocks().stream().filter(t -> t.id() == id).findFirst().orElse(null);
  }

  public List<TextBlock> getBlocks() {
    if (blocks == null) {
      blocks = requests.textBlocks();
    }
    return blocks;
  }

  public boolean isEditingBlock() {
    return blockId != null;
  }

  // ------------------------------------------------------------------------- properties

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public RequestCategory getCategory() {
    return category;
  }

  public void setCategory(RequestCategory category) {
    this.category = category;
  }

  public boolean isMineOnly() {
    return mineOnly;
  }

  public void setMineOnly(boolean mineOnly) {
    this.mineOnly = mineOnly;
  }

  public Long getBlockChoice() {
    return blockChoice;
  }

  public void setBlockChoice(Long blockChoice) {
    this.blockChoice = blockChoice;
  }

  public String getBlockTitle() {
    return blockTitle;
  }

  public void setBlockTitle(String blockTitle) {
    this.blockTitle = blockTitle;
  }

  public String getBlockBody() {
    return blockBody;
  }

  public void setBlockBody(String blockBody) {
    this.blockBody = blockBody;
  }
}
