package io.credpath.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains: words are lower-cased, accent-folded, stripped of the taxonomy's stop words
 * ({@code taxonomy/search-stop-words.jsonl}) and of plural endings; the query-side chain also expands taxonomy
 * synonyms before stemming, so aliases need no re-index. The suggest chains keep every word and need no stop words.
 */
final class CatalogAnalyzers {
  private final CharArraySet stopWords;

  /**
   * A word ending in "+" (Security+, A+, C++): the tokenizer would drop the sign, so it is spelled out as below.
   * Anchored at the start of a word and possessive, so a long word costs one pass instead of one per letter.
   */
  static final Pattern PLUS = Pattern.compile("(?<!\\w)(\\w++)\\+(?!\\w)");

  /** The chains that leave out {@code stopWords} (lower case, compared after folding). */
  CatalogAnalyzers(Set<String> stopWords) {
    this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stopWords, false));
  }

  /**
   * "Security+" reads as "security plus securityplus": the word, the spoken form ("comptia security plus") and one
   * rare token that names exactly that credential, so "a+" still finds A+ although "a" is a stop word.
   */
  static Reader spellPlus(Reader reader) {
    // Most text has no "+": it goes to the tokenizer as it is, without the pattern filter's copy and match (a quarter of
    // reopening the index, where every skill name and alias is analysed for the synonym map and the skill phrases).
    String text = readAll(reader);
    Reader whole = new java.io.StringReader(text);
    return text.indexOf('+') < 0 ? whole : new PatternReplaceCharFilter(PLUS, "$1 plus $1plus", whole);
  }

  private static String readAll(Reader reader) {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[1024];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) out.append(buffer, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The analyzer an {@code IndexWriter} uses: text fields stemmed, suggest fields as words and edge n-grams. */
  Analyzer forIndex() {
    Analyzer text = text(Optional.empty());
    return new PerFieldAnalyzerWrapper(text, Map.of(
        CatalogDocuments.SUGGEST_WORD, words(),
        CatalogDocuments.SUGGEST_EDGE, edgeNGrams(),
        CatalogDocuments.SUGGEST_ALT_WORD, words(),
        CatalogDocuments.SUGGEST_ALT_EDGE, edgeNGrams()));
  }

  /** The full-text chain; with a synonym map it is the query-side chain. */
  Analyzer text(Optional<SynonymMap> synonyms) {
    return folded(words -> {
      TokenStream s = new StopFilter(words, stopWords);
      if (synonyms.isPresent()) s = new SynonymGraphFilter(s, synonyms.get(), true);
      return new EnglishMinimalStemFilter(s);
    });
  }

  /** The text chain without stemming: synonym keys are compared at this point of the query chain. */
  Analyzer unstemmed() {
    return folded(words -> new StopFilter(words, stopWords));
  }

  /** Lower-cased, folded whole words with no stop words removed: what suggest prefixes are compared against. */
  static Analyzer words() {
    return folded(words -> words);
  }

  /** Every prefix (1..20 chars) of every word, so a typed prefix is one term lookup and fuzzy matching works on prefixes. */
  static Analyzer edgeNGrams() {
    return folded(words -> new EdgeNGramTokenFilter(words, 1, 20, true));
  }

  /**
   * Every chain starts alike: "Security+" spelled out, standard tokens, lower-cased and accent-folded; {@code rest}
   * adds what the chain does to those words.
   */
  private static Analyzer folded(UnaryOperator<TokenStream> rest) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, rest.apply(new ASCIIFoldingFilter(new LowerCaseFilter(source))));
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return spellPlus(reader);
      }
    };
  }

  /** {@code text} as its stemmed words joined by spaces: the key an exact title match is looked up by. */
  static String exactKey(Analyzer text, String s) {
    return String.join(" ", terms(text, s));
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  /** A term and its position (0-based, counting the gaps removed stop words leave). */
  record Token(String term, int position) {}

  /** The tokens {@code analyzer} makes of {@code text}, in order. */
  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Token(term.toString(), position));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
