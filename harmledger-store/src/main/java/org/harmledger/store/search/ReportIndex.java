package org.harmledger.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A ReportIndex writes the Lucene index of reports in {@code <data>/index}. Putting a report
 * replaces whatever the index held under its id, so re-indexing is idempotent. Changes become
 * visible to {@link ReportSearcher}s at {@link #commit}. Only one ReportIndex may be open on a
 * folder at a time (Lucene's write lock); searchers may be open alongside it.
 *
 * <p>Thread-safe: Lucene's IndexWriter accepts concurrent puts.
 */
public final class ReportIndex implements Closeable {
  /** Indexed with offsets so the highlighter need not re-analyze stored text. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Path folder;
  private final IndexWriter writer;

  private ReportIndex(Path folder, IndexWriter writer) {
    this.folder = folder;
    this.writer = writer;
  }

  /**
   * Opens (creating when missing) the index in {@code folder} for writing.
   *
   * @throws SearchException when another process is writing the index or it cannot be opened
   */
  public static ReportIndex open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    try {
      IndexWriterConfig config = new IndexWriterConfig(ReportFields.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new ReportIndex(folder, new IndexWriter(FSDirectory.open(folder), config));
    } catch (LockObtainFailedException e) {
      throw new SearchException("search index " + folder + " is being written by another process", e);
    } catch (IOException e) {
      throw new SearchException("cannot open search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The index folder of the ledger whose data folder is {@code dataDir}. */
  public static Path folderOf(Path dataDir) {
    return dataDir.resolve("index");
  }

  public void put(IndexedReport report) {
    try {
      writer.updateDocument(new Term(ReportFields.ID, report.id()), document(report));
    } catch (IOException e) {
      throw new SearchException("cannot index report " + report.id() + ": " + e.getMessage(), e);
    }
  }

  /** How many reports the index holds, puts not yet committed included. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  /** The ids of the reports the index holds, puts not yet committed included. */
  public Set<String> ids() {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Set<String> ids = new HashSet<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(ReportFields.ID);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          postings = each.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              ids.add(term.utf8ToString());
              break;
            }
          }
        }
      }
      return ids;
    } catch (IOException e) {
      throw new SearchException("cannot read search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Removes every report, before a rebuild. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new SearchException("cannot clear search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Makes every put so far durable and visible to searchers. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new SearchException("cannot commit search index " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new SearchException("cannot close search index " + folder + ": " + e.getMessage(), e);
    }
  }

  private static Document document(IndexedReport r) {
    Document doc = new Document();
    doc.add(new StringField(ReportFields.ID, r.id(), Field.Store.YES));
    String titleField = r.isArabic() ? ReportFields.TITLE_AR : ReportFields.TITLE;
    String textField = r.isArabic() ? ReportFields.TEXT_AR : ReportFields.TEXT;
    if (r.title() != null) {
      doc.add(new Field(titleField, r.title(), TEXT_WITH_OFFSETS));
    }
    doc.add(new Field(textField, r.text(), TEXT_WITH_OFFSETS));
    if (r.publisher() != null) {
      doc.add(new StoredField(ReportFields.PUBLISHER, r.publisher()));
      doc.add(new StringField(ReportFields.PUBLISHER_KEY, ReportFields.key(r.publisher()), Field.Store.NO));
    }
    if (r.published() != null) {
      doc.add(new StoredField(ReportFields.PUBLISHED, r.published().toString()));
      doc.add(new LongPoint(ReportFields.PUBLISHED_DAY, r.published().toEpochDay()));
    }
    if (r.language() != null) {
      doc.add(new StringField(ReportFields.LANGUAGE, r.language(), Field.Store.YES));
    }
    for (String admin1 : r.admin1()) {
      doc.add(new StringField(ReportFields.ADMIN1_KEY, ReportFields.key(admin1), Field.Store.NO));
    }
    return doc;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
