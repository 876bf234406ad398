package io.github.cqui.rules;

import io.github.cqui.rules.internal.Checks;
import io.github.cqui.rules.internal.ImmutableCitation;
import io.github.cqui.rules.internal.RulesStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule comes from: a document and, optionally, a clause of it.
 *
 * <p>{@link #document()} is the document's number or title exactly as it is written in Chinese
 * legal usage: a document number such as {@code 渝人社办〔2025〕112号} or {@code 国办发明电〔2024〕12号}, or a
 * title in book-title marks such as {@code 《社会保险经办条例》}. {@link #clause()} is the clause in the
 * document's own numbering, e.g. {@code 一(二)} or {@code 第二十四条}. The documents the library cites are
 * constants of {@link LegalDocument}; others, such as the yearly State Council holiday notices,
 * come from {@link #ofDocument(String)}.
 *
 * <p>{@link #toString()} renders the citation as it would be written: the clause follows a title in
 * book-title marks directly ({@code 《社会保险经办条例》第二十四条}) and follows anything else after one space
 * ({@code 渝人社办〔2025〕112号 一(二)}).
 *
 * <p>JSON: {@code {"document":"渝人社办〔2025〕112号","clause":"一(二)"}}, the clause omitted when absent;
 * an unknown property is rejected.
 *
 * <p>Immutable and thread-safe; equal when document and clause are equal.
 */
@Value.Immutable
@RulesStyle
public abstract class Citation {

  /** For the generated implementation only. */
  protected Citation() {}

  /**
   * The document's number or title exactly as written, e.g. {@code 渝人社办〔2025〕112号} or {@code
   * 《社会保险经办条例》}.
   *
   * @return the document, never blank
   */
  public abstract String document();

  /**
   * The clause within the document, in the document's own numbering.
   *
   * @return the clause, e.g. {@code 一(二)} or {@code 第二十四条}; empty when the document as a whole is
   *     cited
   */
  public abstract Optional<String> clause();

  /**
   * A citation of a clause of a document.
   *
   * @param document the document's number or title exactly as written
   * @param clause the clause, e.g. {@code 第二十四条}
   * @return the citation
   * @throws InvalidInputException if either is blank
   */
  public static Citation of(String document, String clause) {
    return ImmutableCitation.builder().document(document).clause(clause).build();
  }

  /**
   * A citation of a whole document that is not a {@link LegalDocument} constant, such as a yearly
   * State Council holiday notice ({@code 国办发明电〔2024〕12号}).
   *
   * @param document the document's number or title exactly as written
   * @return the citation, without a clause
   * @throws InvalidInputException if {@code document} is blank
   */
  public static Citation ofDocument(String document) {
    return ImmutableCitation.builder().document(document).build();
  }

  /**
   * The same document with another clause.
   *
   * @param clause the clause, e.g. {@code 第二十五条}
   * @return a citation of that clause of this document
   * @throws InvalidInputException if {@code clause} is blank
   */
  public Citation withClause(String clause) {
    return of(document(), clause);
  }

  /**
   * Checks the document and the clause; called by the generated implementation when the citation is
   * built.
   *
   * @throws InvalidInputException if the document, or a clause that is given, is blank
   */
  @Value.Check
  protected void check() {
    Checks.requireNonBlank("document", document());
    clause().ifPresent(clause -> Checks.requireNonBlank("clause", clause));
  }

  /**
   * The citation as written: {@code 渝人社办〔2025〕112号 一(二)}, {@code 《社会保险经办条例》第二十四条}, or the document
   * alone. A clause follows a document ending in {@code 》} directly and anything else after one
   * space.
   *
   * @return the rendered citation
   */
  @Override
  public String toString() {
    if (clause().isEmpty()) {
      return document();
    }
    String separator = document().endsWith("》") ? "" : " ";
    return document() + separator + clause().get();
  }
}
