package org.harmledger.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A ReportSearcher answers searches over the report index that a {@link ReportIndex} writes,
 * possibly in another process: before each search it picks up whatever was committed since the
 * last one. An index that does not exist yet answers every search with no hits.
 *
 * <p>Thread-safe: searches run concurrently on a shared searcher (Lucene's
 * {@link SearcherManager}). Looking for a newer commit never blocks a search: while one search
 * reopens the index, the others go on with the searcher they have. (A lock around the reopen made
 * 32 concurrent searches queue behind it for hundreds of milliseconds.)
 */
public final class ReportSearcher implements Closeable {
  private static final int SNIPPET_PASSAGES = 2;

  private final Path folder;
  private final Directory directory;
  private final Analyzer analyzer = ReportFields.analyzer();
  /** Null until the index exists; set once. */
  private volatile SearcherManager manager;
  /** The commit generation the manager was last refreshed to. */
  private volatile long refreshedGeneration = -1;

  private ReportSearcher(Path folder, Directory directory) {
    this.folder = folder;
    this.directory = directory;
  }

  public static ReportSearcher open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    try {
      return new ReportSearcher(folder, FSDirectory.open(folder));
    } catch (IOException e) {
      throw new SearchException("cannot open search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * The page of reports matching {@code query}, with highlighted snippets.
   *
   * @throws IllegalArgumentException with a one-line reason when the query text cannot be parsed
   */
  public SearchResults search(SearchQuery query) {
    Query parsed = parse(query.text());
    IndexSearcher searcher = acquire();
    if (searcher == null) {
      return SearchResults.empty();
    }
    Query filtered = withFilters(parsed, query);
    try {
      TopDocs top = searcher.search(filtered, query.offset() + query.limit());
      ScoreDoc[] all = top.scoreDocs;
      int from = Math.min(query.offset(), all.length);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
      TopDocs pageDocs = new TopDocs(top.totalHits, page);
      Map<String, String[]> snippets = highlighter(searcher).highlightFields(ReportFields.HIGHLIGHTED, parsed, pageDocs,
          new int[] {SNIPPET_PASSAGES, SNIPPET_PASSAGES});
      List<SearchHit> hits = new ArrayList<>(page.length);
      StoredFields fields = searcher.storedFields();
      for (int i = 0; i < page.length; i++) {
        Document doc = fields.document(page[i].doc, ReportFields.SHOWN);
        hits.add(hit(doc, snippet(snippets, i), page[i].score));
      }
      return new SearchResults(total(searcher, filtered, top), hits);
    } catch (IOException e) {
      throw new SearchException("cannot search index " + folder + ": " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  /**
   * How many reports match in all. Lucene stops counting past a thousand hits (the total is then a
   * lower bound); a listing says how many there are, so such a broad query is counted to the end.
   */
  private static long total(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    return top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(query);
  }

  /** How many reports the index holds, as last committed. */
  public int count() {
    IndexSearcher searcher = acquire();
    if (searcher == null) {
      return 0;
    }
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(ReportFields.SEARCHED, analyzer);
    parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      String reason = e.getMessage().lines().findFirst().orElse("syntax error");
      throw new IllegalArgumentException("search query '" + text + "' cannot be parsed: " + reason, e);
    }
  }

  private static Query withFilters(Query parsed, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(ReportFields.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (q.publisher() != null) {
      b.add(new TermQuery(new Term(ReportFields.PUBLISHER_KEY, ReportFields.key(q.publisher()))),
          BooleanClause.Occur.FILTER);
    }
    if (q.admin1() != null) {
      b.add(new TermQuery(new Term(ReportFields.ADMIN1_KEY, ReportFields.key(q.admin1()))),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(1_000_000)
        .build();
  }

  /**
   * The snippet of the report's text (the language's field it has); a text without matches gives
   * its opening passage. Titles are not highlighted: the hit shows the title whole anyway.
   */
  private static String snippet(Map<String, String[]> snippets, int i) {
    for (String field : ReportFields.HIGHLIGHTED) {
      String[] s = snippets.get(field);
      if (s != null && s[i] != null) {
        return s[i];
      }
    }
    return "";
  }

  private static SearchHit hit(Document doc, String snippet, float score) {
    String title = doc.get(ReportFields.TITLE) != null ? doc.get(ReportFields.TITLE) : doc.get(ReportFields.TITLE_AR);
    String published = doc.get(ReportFields.PUBLISHED);
    return new SearchHit(doc.get(ReportFields.ID), title, doc.get(ReportFields.PUBLISHER),
        published == null ? null : LocalDate.parse(published), doc.get(ReportFields.LANGUAGE), snippet, score);
  }

  /**
   * The searcher of the latest commit, with a reference the caller must {@link #release}; null
   * while there is no index.
   */
  private IndexSearcher acquire() {
    SearcherManager m = manager();
    if (m == null) {
      return null;
    }
    try {
      // Listing the folder is far cheaper than reading the latest commit, which reopening does.
      long generation = SegmentInfos.getLastCommitGeneration(directory.listAll());
      // maybeRefresh returns at once when another search is already reopening; that one brings the commit in.
      if (generation != refreshedGeneration && m.maybeRefresh()) {
        refreshedGeneration = generation;
      }
      return m.acquire();
    } catch (IOException e) {
      throw new SearchException("cannot read search index " + folder + ": " + e.getMessage(), e);
    }
  }

  private SearcherManager manager() {
    SearcherManager m = manager;
    if (m != null) {
      return m;
    }
    synchronized (this) {
      try {
        if (manager == null && DirectoryReader.indexExists(directory)) {
          manager = new SearcherManager(directory, null);
        }
        return manager;
      } catch (IOException e) {
        throw new SearchException("cannot read search index " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  private void release(IndexSearcher used) {
    try {
      manager.release(used);
    } catch (IOException e) {
      throw new SearchException("cannot release search index reader: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (manager != null) {
        manager.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new SearchException("cannot close search index " + folder + ": " + e.getMessage(), e);
    }
  }
}
