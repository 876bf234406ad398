/**
 * The jurisdiction-neutral contract of the cqui rules: value types, rule interfaces, money,
 * citations, explanations, errors, the editions mechanism, the Jackson modules, and the testing
 * package. Exports only its API packages; the generated implementations of the value types ({@code
 * …internal}) are open to {@code io.github.cqui.core} alone, which builds the results. Both Jackson
 * lines are optional ({@code requires static}); each line's module is a service provider, found by
 * {@code findAndRegisterModules()} / {@code findAndAddModules()}.
 */
@SuppressWarnings(
    "module") // core, the one reader of the internal packages, is compiled after this module
module io.github.cqui.rules {
  requires transitive io.github.cqui.calendar;
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.core;
  requires static tools.jackson.databind;

  exports io.github.cqui.rules;
  exports io.github.cqui.rules.benefit;
  exports io.github.cqui.rules.control;
  exports io.github.cqui.rules.deadline;
  exports io.github.cqui.rules.edition;
  exports io.github.cqui.rules.notice;
  exports io.github.cqui.rules.premium;
  exports io.github.cqui.rules.recovery;
  exports io.github.cqui.rules.ruleset;
  exports io.github.cqui.rules.testing;
  exports io.github.cqui.rules.json.jackson2;
  exports io.github.cqui.rules.json.jackson3;
  exports io.github.cqui.rules.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.benefit.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.control.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.deadline.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.edition.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.notice.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.premium.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.recovery.internal to
      io.github.cqui.core;
  exports io.github.cqui.rules.ruleset.internal to
      io.github.cqui.core;
}
